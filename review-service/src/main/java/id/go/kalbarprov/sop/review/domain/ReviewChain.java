package id.go.kalbarprov.sop.review.domain;

import static id.go.kalbarprov.sop.review.domain.ChainRefusal.Reason.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review chain of SOP 45 steps 5–7 as a state machine: Kasubbag (paraf) → Kabag (paraf) → Karo (signature),
 * with amendments at the current level, returns exactly one level down, and any number of rounds.
 * <p>
 * A round ends with every return; the acts of one round decide each level at most once. One person never acts at
 * two levels of the chain (counting the pelaksana who compiled the draft as step 4), whatever post they act in.
 */
public final class ReviewChain {

    private ReviewStatus status;
    private Level level;
    private int round;
    private int currentVersion;
    private final List<PastAct> history;
    /** The move being tried, named in a refusal. */
    private String attempted;

    private ReviewChain(ReviewStatus status, Level level, int round, int currentVersion, List<PastAct> history) {
        this.status = status;
        this.level = level;
        this.round = round;
        this.currentVersion = currentVersion;
        this.history = new ArrayList<>(history);
    }

    /** A first draft arrived from the pelaksana: version 1, round 1, at level 5. */
    public static ReviewChain start(String submitterUpn, String submitterNip) {
        return new ReviewChain(ReviewStatus.IN_REVIEW, Level.first(), 1, 1,
                List.of(PastAct.submission(1, submitterUpn, submitterNip, 1)));
    }

    /** The chain as stored, with the acts (and submissions) recorded so far. */
    public static ReviewChain restore(ReviewStatus status, Level level, int round, int currentVersion,
                                      List<PastAct> history) {
        return new ReviewChain(status, level, round, currentVersion, history);
    }

    /** What a decision did: the act to record and where the review went. */
    public record Move(ActKind act, Level decidedAt, int round, ReviewStatus nextStatus, Optional<Level> nextLevel) {
    }

    /** "Reviews and corrects": the current level makes a new version of the draft. Returns the new version number. */
    public int amend(Person reviewer, int baseVersion) {
        attempted = "AMEND";
        requireTurn(reviewer);
        requireCurrent(baseVersion);
        currentVersion += 1;
        history.add(new PastAct(round, level.number, ActKind.AMENDED, reviewer.upn(), reviewer.nip(),
                currentVersion));
        return currentVersion;
    }

    /**
     * Paraf at levels 5 and 6 passes the review up; the signature at level 7 ends it. A level approves a version
     * once: after a return it amends the draft or returns it further down, it does not send the same version up
     * again.
     */
    public Move approve(Person reviewer, int version) {
        attempted = Decision.APPROVE.name();
        requireTurn(reviewer);
        requireCurrent(version);
        Level decided = level;
        boolean approvedBefore = history.stream().anyMatch(past -> past.step() == decided.number
                && past.kind() != null && past.kind().isApproval() && past.version() == version);
        if (approvedBefore) {
            throw refusal(ALREADY_APPROVED);
        }
        ActKind act = decided.approval == ApprovalAct.SIGNATURE ? ActKind.SIGNED : ActKind.INITIALLED;
        history.add(new PastAct(round, decided.number, act, reviewer.upn(), reviewer.nip(), version));
        Optional<Level> up = decided.above();
        if (up.isPresent()) {
            level = up.get();
        } else {
            status = ReviewStatus.SIGNED;
        }
        return new Move(act, decided, round, status, up);
    }

    /** Back exactly one level down with a reason; from level 5 back to the pelaksana. Starts a new round. */
    public Move returnDown(Person reviewer, int version, String reason) {
        attempted = Decision.RETURN.name();
        if (reason == null || reason.isBlank()) {
            throw refusal(REASON_REQUIRED);
        }
        requireTurn(reviewer);
        requireCurrent(version);
        Level decided = level;
        int decidedRound = round;
        history.add(new PastAct(round, decided.number, ActKind.RETURNED, reviewer.upn(), reviewer.nip(), version));
        round += 1;
        Optional<Level> down = decided.below();
        if (down.isPresent()) {
            level = down.get();
        } else {
            status = ReviewStatus.RETURNED_TO_PELAKSANA;
        }
        return new Move(ActKind.RETURNED, decided, decidedRound, status, down);
    }

    /**
     * "No correction needed": the signer (level 7, whose turn it is) closes the case over the current version with a
     * reason, instead of signing it. The review ends; nothing is signed or numbered.
     */
    public Move closeNoCorrection(Person reviewer, int version, String reason) {
        attempted = Decision.NO_CORRECTION.name();
        if (reason == null || reason.isBlank()) {
            throw refusal(REASON_REQUIRED);
        }
        if (status == ReviewStatus.IN_REVIEW && level != Level.KARO && reviewer.roles().contains(level.role)) {
            throw refusal(NOT_AT_SIGNER_LEVEL);
        }
        requireTurn(reviewer);
        requireCurrent(version);
        Level decided = level;
        history.add(new PastAct(round, decided.number, ActKind.NO_CORRECTION, reviewer.upn(), reviewer.nip(),
                version));
        status = ReviewStatus.CLOSED_NO_CORRECTION;
        return new Move(ActKind.NO_CORRECTION, decided, round, status, Optional.empty());
    }

    /**
     * The Karo withdraws the case while it is in review, at whichever level: the review ends. The act is the Karo's
     * (level 7) in the current round, whose turn it may not be: a withdrawal is no decision on the draft.
     */
    public Move withdraw(Person karo, String reason) {
        attempted = "WITHDRAW";
        if (reason == null || reason.isBlank()) {
            throw refusal(REASON_REQUIRED);
        }
        if (status != ReviewStatus.IN_REVIEW) {
            throw refusal(WRONG_STATE);
        }
        return withdrawn(karo);
    }

    /**
     * request-service reports that the Karo withdrew the case while the draft was back with the pelaksana: the
     * review waiting for the resubmission ends.
     */
    public Move withdrawWhileReturned(Person karo) {
        attempted = "WITHDRAW";
        if (status != ReviewStatus.RETURNED_TO_PELAKSANA) {
            throw refusal(WRONG_STATE);
        }
        return withdrawn(karo);
    }

    private Move withdrawn(Person karo) {
        Level at = status == ReviewStatus.IN_REVIEW ? level : Level.KARO;
        history.add(new PastAct(round, Level.KARO.number, ActKind.WITHDRAWN, karo.upn(), karo.nip(), currentVersion));
        status = ReviewStatus.WITHDRAWN;
        return new Move(ActKind.WITHDRAWN, at, round, status, Optional.empty());
    }

    /** The pelaksana's revised draft arrived after a return: a new version, reviewed again from level 5. */
    public int resubmit(String submitterUpn, String submitterNip) {
        attempted = "RESUBMIT";
        if (status != ReviewStatus.RETURNED_TO_PELAKSANA) {
            throw refusal(WRONG_STATE);
        }
        status = ReviewStatus.IN_REVIEW;
        level = Level.first();
        currentVersion += 1;
        history.add(PastAct.submission(round, submitterUpn, submitterNip, currentVersion));
        return currentVersion;
    }

    private void requireTurn(Person reviewer) {
        if (status != ReviewStatus.IN_REVIEW) {
            throw refusal(WRONG_STATE);
        }
        if (!reviewer.roles().contains(level.role)) {
            throw refusal(hasDecidedThisRound(reviewer) ? LEVEL_ALREADY_DECIDED : NOT_YOUR_LEVEL);
        }
        for (PastAct past : history) {
            if (past.step() != level.number && reviewer.isSamePersonAs(past.upn(), past.nip())) {
                throw refusal(SAME_PERSON);
            }
        }
    }

    /** True when a level whose role the caller holds has already approved in this round: they came too late. */
    private boolean hasDecidedThisRound(Person reviewer) {
        return history.stream().anyMatch(past -> past.round() == round && past.kind() != null
                && past.kind().isDecision() && reviewer.roles().contains(Level.of(past.step()).role));
    }

    private void requireCurrent(int version) {
        if (version != currentVersion) {
            throw refusal(STALE_VERSION);
        }
    }

    private ChainRefusal refusal(ChainRefusal.Reason reason) {
        return new ChainRefusal(reason, status, status == ReviewStatus.IN_REVIEW ? level : null, currentVersion,
                attempted);
    }

    public ReviewStatus status() {
        return status;
    }

    /** The level whose turn it is; meaningful while {@link ReviewStatus#IN_REVIEW}. */
    public Level level() {
        return level;
    }

    public int round() {
        return round;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
