package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemCode;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a declared body above the limit (the upload limit on upload paths, {@link BodyLimits}) with problem+json before anything reads it. */
public class BodySizeLimit {

    @Inject
    HttpLimitsConfig limits;

    private volatile BodyLimits byPath;

    private long limitFor(String path) {
        BodyLimits current = byPath;
        if (current == null) {
            current = BodyLimits.of(limits);
            byPath = current;
        }
        return current.limitFor(path);
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request, HttpHeaders headers) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return null;
        }
        long max = limitFor(request.getUriInfo().getPath());
        try {
            if (Long.parseLong(declared.trim()) <= max) {
                return null;
            }
        } catch (NumberFormatException e) {
            return ProblemResponses.of(CommonProblem.INVALID_PARAMETER, "bad-request", headers,
                    request.getUriInfo().getPath());
        }
        return ProblemResponses.of(CommonProblem.PAYLOAD_TOO_LARGE, "payload-too-large", headers,
                request.getUriInfo().getPath(), max);
    }
}
