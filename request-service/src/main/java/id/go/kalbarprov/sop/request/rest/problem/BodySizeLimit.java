package id.go.kalbarprov.sop.request.rest.problem;

import id.go.kalbarprov.sop.request.problem.ProblemCode;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a declared body above the limit with problem+json before anything reads it. */
public class BodySizeLimit {

    @ConfigProperty(name = "sop.http.max-body-size", defaultValue = "256K")
    MemorySize limit;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request, HttpHeaders headers) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return null;
        }
        try {
            if (Long.parseLong(declared.trim()) <= limit.asLongValue()) {
                return null;
            }
        } catch (NumberFormatException e) {
            return ProblemResponses.of(ProblemCode.INVALID_PARAMETER, "bad-request", headers,
                    request.getUriInfo().getPath());
        }
        return ProblemResponses.of(ProblemCode.PAYLOAD_TOO_LARGE, "payload-too-large", headers,
                request.getUriInfo().getPath(), limit.asLongValue());
    }
}
