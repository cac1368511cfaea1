package id.go.kalbarprov.sop.platform.rest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
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
}
