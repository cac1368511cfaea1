package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query or path parameter longer than {@link Limits#PARAMETER} characters with a 400 naming it, so every
 * parameter of the API has a length the document can state ({@link OpenApiLimits}); parameters with a limit of their
 * own (a pattern, a format) stay within this one.
 */
public class ParameterLengthLimit {

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.codePointCount(0, value.length()) > Limits.PARAMETER) {
                    throw ProblemException.invalid(parameter.getKey(), "invalid-parameter", parameter.getKey(),
                            "longer than " + Limits.PARAMETER + " characters");
                }
            }
        }
    }
}
