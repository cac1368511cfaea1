package id.go.kalbarprov.sop.review.domain;

import java.util.Optional;

/** A level of the review chain (SOP 45 steps 5–7), the role that acts there and the act that approves. */
public enum Level {
    /** Step 5: Kasubbag TU reviews, corrects and initials (paraf). */
    KASUBBAG(5, "kasubbag", "Kasubbag TU", ApprovalAct.PARAF),
    /** Step 6: Kabag Tatalaksana reviews, corrects and initials (paraf). */
    KABAG(6, "kabag", "Kabag Tatalaksana", ApprovalAct.PARAF),
    /** Step 7: Karo Organisasi reviews, corrects and signs (tanda tangan). */
    KARO(7, "karo", "Karo Organisasi", ApprovalAct.SIGNATURE);

    /** How many levels there are: the rows of the per-level report at most. */
    public static final int COUNT = 3;

    public final int number;
    public final String role;
    public final String post;
    public final ApprovalAct approval;

    Level(int number, String role, String post, ApprovalAct approval) {
        this.number = number;
        this.role = role;
        this.post = post;
        this.approval = approval;
    }

    public static Level first() {
        return KASUBBAG;
    }

    public static Level of(int number) {
        for (Level level : values()) {
            if (level.number == number) {
                return level;
            }
        }
        throw new IllegalArgumentException("No review level " + number);
    }

    public static Optional<Level> ofRole(String role) {
        for (Level level : values()) {
            if (level.role.equals(role)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The level above, or empty at the signer's level. */
    public Optional<Level> above() {
        return number == 7 ? Optional.empty() : Optional.of(of(number + 1));
    }

    /** The level below, or empty at level 5, below which is the pelaksana in request-service. */
    public Optional<Level> below() {
        return number == 5 ? Optional.empty() : Optional.of(of(number - 1));
    }
}
