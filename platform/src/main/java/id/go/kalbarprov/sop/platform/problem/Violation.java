package id.go.kalbarprov.sop.platform.problem;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offending field of a request: a JSON path or parameter name, and what is wrong with it. */
public record Violation(@Schema(maxLength = Limits.PROBLEM_TEXT) String field,
                        @Schema(maxLength = Limits.PROBLEM_DETAIL) String message) {

    /** Cut to the lengths the OpenAPI document states. */
    public Violation {
        field = Problem.cut(field, Limits.PROBLEM_TEXT);
        message = Problem.cut(message, Limits.PROBLEM_DETAIL);
    }
}
