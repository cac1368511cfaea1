package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A list endpoint answers its rows as a spreadsheet when the caller asks for one ({@code Accept:} the .xlsx media
 * type): same access rules, same filters, the JSON stays the default.
 */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Bytes of the largest spreadsheet or CSV download: a larger one is refused, asking for less. */
    public static final int LARGEST = 20 * 1024 * 1024;
    private static final MediaType XLSX_TYPE = MediaType.valueOf(XLSX);

    private Spreadsheets() {
    }

    /**
     * Whether the caller prefers the spreadsheet: the first type of its {@code Accept} (by quality, then
     * specificity) that either answer satisfies names .xlsx itself — a wildcard keeps the JSON.
     */
    public static boolean wanted(HttpHeaders headers) {
        return prefers(headers, XLSX_TYPE);
    }

    /**
     * Whether the first type of the caller's {@code Accept} that either {@code type} or JSON satisfies names
     * {@code type} itself (a wildcard keeps the JSON).
     */
    public static boolean prefers(HttpHeaders headers, MediaType type) {
        java.util.List<MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (RuntimeException malformedHeader) {
            return false;
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype()) {
                return false;
            }
            if (accepted.isCompatible(type)) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** The workbook as a download named {@code fileName} (a plain name: letters, digits, dot, hyphen). */
    public static Response attachment(byte[] workbook, String fileName) {
        requireDownloadable(workbook);
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** Refuses a download above {@link #LARGEST}: the caller asks for less (a shorter period, fewer rows). */
    public static void requireDownloadable(byte[] bytes) {
        if (bytes.length > LARGEST) {
            throw new ProblemException(CommonProblem.RULE_VIOLATED, "download-too-large", LARGEST);
        }
    }
}
