package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/** Strong ETags carry a resource's version number: {@code "7"}. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** The longest If-Match this API takes: a weak ETag of the largest version, {@code W/"2147483647"}. */
    public static final int IF_MATCH_LENGTH = 14;

    /** The version in an If-Match header, or null when none was sent (or "*"). */
    public static Integer fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.length() > IF_MATCH_LENGTH) {
            throw ProblemException.invalid("If-Match", "invalid-parameter", "If-Match", "not an ETag of this API");
        }
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
