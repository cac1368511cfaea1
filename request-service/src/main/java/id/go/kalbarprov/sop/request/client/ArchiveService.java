package id.go.kalbarprov.sop.request.client;

import id.go.kalbarprov.sop.request.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls to archive-service as this service. Failures propagate: the outbox relay retries them later. */
@ApplicationScoped
public class ArchiveService {

    @Inject
    @RestClient
    ArchiveServiceApi api;

    @Inject
    ServiceTokens tokens;

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public void register(Map<String, Object> entry) {
        api.register(tokens.bearer(), entry);
    }
}
