package id.go.kalbarprov.sop.review.client;

import id.go.kalbarprov.sop.review.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls to request-service and archive-service as this service. Failures propagate: the relay retries them. */
@ApplicationScoped
public class OtherServices {

    @Inject
    @RestClient
    RequestServiceApi request;

    @Inject
    @RestClient
    ArchiveServiceApi archive;

    @Inject
    ServiceTokens tokens;

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public void returnDraft(String caseId, Map<String, Object> returned) {
        request.returnDraft(tokens.bearer(), caseId, returned);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public void reportStatus(String caseId, Map<String, Object> event) {
        request.reportStatus(tokens.bearer(), caseId, event);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public void deliverSigned(Map<String, Object> signed) {
        archive.deliverSigned(tokens.bearer(), signed);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public void register(Map<String, Object> entry) {
        archive.register(tokens.bearer(), entry);
    }
}
