package id.go.kalbarprov.sop.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tags each request's span with what an operator follows a case by: the case id (also in the log lines' MDC as
 * {@code caseId}) and the caller's SOP roles. Never names, NIPs or tokens: those stay out of traces and logs.
 */
public class TraceTags {

    static final String CASE_ID = "caseId";
    private static final Pattern CASE_PATH = Pattern.compile("^/?api/v1/cases/([0-9a-fA-F-]{36})(/.*)?$");

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void tag(UriInfo uri) {
        Span span = Span.current();
        if (!identity.isAnonymous()) {
            span.setAttribute("sop.roles", String.join(",", new TreeSet<>(identity.getRoles())));
        }
        caseIdIn(uri.getPath()).ifPresent(caseId -> {
            span.setAttribute("sop.case_id", caseId);
            MDC.put(CASE_ID, caseId);
        });
    }

    @ServerResponseFilter
    public void untag() {
        MDC.remove(CASE_ID);
    }

    /** The case a request path is about, when it is one of request-service's case paths. */
    static Optional<String> caseIdIn(String path) {
        Matcher matcher = CASE_PATH.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(matcher.group(1)).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Tags the current span with the SOP step it completes. */
    public static void step(int step) {
        Span.current().setAttribute("sop.step", step);
    }
}
