package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A list endpoint answers its rows as a spreadsheet when the caller asks for one ({@code Accept:} the .xlsx media
 * type): same access rules, same filters, the JSON stays the default.
 */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The largest spreadsheet or CSV download, in bytes: a larger one is refused (422), the caller narrows it. */
    public static final int MAX_DOWNLOAD_BYTES = 50_000_000;
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

    /** {@code download}, unless it is larger than {@link #MAX_DOWNLOAD_BYTES}. */
    public static byte[] bounded(byte[] download) {
        if (download.length > MAX_DOWNLOAD_BYTES) {
            throw ProblemException.rule("download-too-large", MAX_DOWNLOAD_BYTES);
        }
        return download;
    }

    /** The workbook as a download named {@code fileName} (a plain name: letters, digits, dot, hyphen). */
    public static Response attachment(byte[] workbook, String fileName) {
        return Response.ok(bounded(workbook), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

}
