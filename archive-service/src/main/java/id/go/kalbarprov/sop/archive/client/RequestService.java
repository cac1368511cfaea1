package id.go.kalbarprov.sop.archive.client;

import id.go.kalbarprov.sop.archive.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls to request-service as this service. Failures propagate: the outbox relay retries them later. */
@ApplicationScoped
public class RequestService {

    @Inject
    @RestClient
    RequestServiceApi api;

    @Inject
    ServiceTokens tokens;

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public void reportStatus(Map<String, Object> event) {
        api.reportStatus(tokens.bearer(), String.valueOf(event.get("caseId")), event);
    }
}
