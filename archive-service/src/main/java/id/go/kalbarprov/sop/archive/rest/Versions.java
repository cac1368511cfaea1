package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.archive.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/** Strong ETags carry a resource's version number: {@code "7"}. */
final class Versions {

    private Versions() {
    }

    static EntityTag etag(int version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version in an If-Match header, or null when none was sent (or "*"). */
    static Integer fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "invalid-parameter", "If-Match", "not an ETag of this API");
        }
    }
}
