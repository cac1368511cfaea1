package id.go.kalbarprov.sop.platform.problem;

/** One offending field of a request: a JSON path or parameter name, and what is wrong with it. */
public record Violation(String field, String message) {
}
