package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemCode;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import jakarta.inject.Inject;

/**
 * The body-size limit for a body sent without Content-Length (chunked), which {@link BodySizeLimit} cannot see
 * before it arrives: counted as it is read, and refused with 413 once it passes the limit.
 */
@Provider
public class StreamedBodyLimit implements ReaderInterceptor {

    @Inject
    HttpLimitsConfig limits;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    private volatile BodyLimits byPath;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) == null) {
            BodyLimits current = byPath;
            if (current == null) {
                current = BodyLimits.of(limits);
                byPath = current;
            }
            long max = current.limitFor(request.path());
            byte[] body = context.getInputStream().readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (body.length > max) {
                throw new ProblemException(CommonProblem.PAYLOAD_TOO_LARGE, "payload-too-large", max);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
