package id.go.kalbarprov.sop.review.domain;

/** The review chain refuses a move; {@link Reason} says why, so the caller can answer 403, 409 or 400. */
public class ChainRefusal extends RuntimeException {

    public enum Reason {
        /** The review is not in a state that allows the move (returned to the pelaksana, or signed). */
        WRONG_STATE,
        /** The caller does not hold the role of the review's current level. */
        NOT_YOUR_LEVEL,
        /** The caller's level has already decided in this round; the review has moved on. */
        LEVEL_ALREADY_DECIDED,
        /** This level already approved this very version, in an earlier round. */
        ALREADY_APPROVED,
        /** The caller already acted at another level of this chain (or compiled the draft). */
        SAME_PERSON,
        /** The decision or amendment is against a version that is no longer the current one. */
        STALE_VERSION,
        /** A return, a closure or a withdrawal needs a reason. */
        REASON_REQUIRED,
        /** "No correction needed" is the signer's decision: only at level 7. */
        NOT_AT_SIGNER_LEVEL
    }

    private final Reason reason;
    private final ReviewStatus status;
    private final Level level;
    private final int currentVersion;
    private final String action;

    public ChainRefusal(Reason reason, ReviewStatus status, Level level, int currentVersion) {
        this(reason, status, level, currentVersion, null);
    }

    /** With the move that was refused ({@code APPROVE}, {@code RETURN}, {@code AMEND}, ...). */
    public ChainRefusal(Reason reason, ReviewStatus status, Level level, int currentVersion, String action) {
        super(reason + " (status " + status + ", level " + (level == null ? "-" : level.number)
                + ", version " + currentVersion + (action == null ? "" : ", action " + action) + ")");
        this.reason = reason;
        this.status = status;
        this.level = level;
        this.currentVersion = currentVersion;
        this.action = action;
    }

    /** The move that was refused, or null when not named. */
    public String action() {
        return action;
    }

    public Reason reason() {
        return reason;
    }

    public ReviewStatus status() {
        return status;
    }

    public Level level() {
        return level;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
