package id.go.kalbarprov.sop.archive.problem;

import id.go.kalbarprov.sop.platform.problem.ProblemCode;

/** The codes of archive-service beyond the shared ones; texts in {@code problems*.properties}. */
public enum ArchiveProblem implements ProblemCode {
    UNKNOWN_CLASSIFICATION(422);

    private final int status;

    ArchiveProblem(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }
}
