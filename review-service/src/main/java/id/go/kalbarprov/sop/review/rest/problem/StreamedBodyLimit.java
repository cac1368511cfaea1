package id.go.kalbarprov.sop.review.rest.problem;

import id.go.kalbarprov.sop.review.problem.ProblemCode;
import id.go.kalbarprov.sop.review.problem.ProblemException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The body-size limit for a body sent without Content-Length (chunked), which {@link BodySizeLimit} cannot see
 * before it arrives: counted as it is read, and refused with 413 once it passes the limit.
 */
@Provider
public class StreamedBodyLimit implements ReaderInterceptor {

    @ConfigProperty(name = "sop.http.max-body-size", defaultValue = "256K")
    MemorySize limit;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) == null) {
            long max = limit.asLongValue();
            byte[] body = context.getInputStream().readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (body.length > max) {
                throw new ProblemException(ProblemCode.PAYLOAD_TOO_LARGE, "payload-too-large", max);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
