package id.go.kalbarprov.sop.platform.rest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.problem.Violation;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the one error shape of this service. {@code code} is stable: front-ends translate by it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<Violation> violations, @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Cut to the lengths the OpenAPI document states ({@link OpenApiProblems}). */
    public Problem {
        type = cut(type, Limits.PROBLEM_TEXT);
        title = cut(title, Limits.PROBLEM_TEXT);
        detail = cut(detail, Limits.PROBLEM_DETAIL);
        instance = cut(instance, Limits.PROBLEM_TEXT);
        code = cut(code, Limits.PROBLEM_TEXT);
        if (violations != null && violations.size() > Limits.VIOLATIONS) {
            violations = List.copyOf(violations.subList(0, Limits.VIOLATIONS));
        }
    }

    /** The first {@code max} characters (code points) of {@code text}. */
    public static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
