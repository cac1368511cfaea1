package id.go.kalbarprov.sop.request.problem;

import id.go.kalbarprov.sop.platform.problem.ProblemCode;

/** The codes of request-service beyond the shared ones; texts in {@code problems*.properties}. */
public enum RequestProblem implements ProblemCode {
    OTHER_UNIT(403),
    /** A reminder to late units while no unit is late (the due date has not passed, or every unit replied). */
    NO_LATE_UNITS(409),
    /** An uploaded spreadsheet is well-formed but its cells (or the case and unit it names) are not: named per cell. */
    WORKBOOK_INVALID(422),
    /** The store answered with bytes that are not the file uploaded (or none): never served as the original. */
    ATTACHMENT_UNREADABLE(502);

    private final int status;

    RequestProblem(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }
}
