package id.go.kalbarprov.sop.request.domain;

import id.go.kalbarprov.sop.platform.domain.IllegalTransitionException;

import static id.go.kalbarprov.sop.request.domain.CaseAction.*;
import static id.go.kalbarprov.sop.request.domain.CaseState.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.EnumMap;
import java.util.Map;

/**
 * The correction case as a state machine: every legal move of SOP steps 1–4, the revision loop, and the outcomes
 * reported back by review and archive, and the Karo's withdrawal and "no correction needed". WITHDRAWN,
 * CLOSED_NO_CORRECTION and ARCHIVED are final. Anything not listed is illegal.
 */
public final class CaseWorkflow {

    private static final Map<CaseState, Map<CaseAction, CaseState>> MOVES = new EnumMap<>(CaseState.class);

    /** Where collection may be reopened for one unit: forwarded, drafting, or in revision after a return. */
    public static final Set<CaseState> REOPENABLE = Collections.unmodifiableSet(
            EnumSet.of(FORWARDED, DRAFTING, REVISION));

    static {
        move(OPEN, ISSUE_MEMO, COLLECTING);
        move(COLLECTING, SUBMIT_UNIT_DATA, COLLECTING);
        move(COLLECTING, FORWARD, FORWARDED);
        // A reminder to the units late with their reply: only while the bureau still collects from all of them.
        move(COLLECTING, REMIND_LATE_UNITS, COLLECTING);
        move(FORWARDED, ASSIGN, DRAFTING);
        // A kasubbag may reassign while the draft is being composed or revised (staff fall ill, leave, move).
        move(DRAFTING, ASSIGN, DRAFTING);
        move(REVISION, ASSIGN, REVISION);
        move(DRAFTING, EDIT_DRAFT, DRAFTING);
        move(DRAFTING, SUBMIT_DRAFT, IN_REVIEW);
        move(IN_REVIEW, RETURN_FOR_REVISION, REVISION);
        move(REVISION, EDIT_DRAFT, REVISION);
        move(REVISION, SUBMIT_DRAFT, IN_REVIEW);
        move(IN_REVIEW, RECORD_SIGNATURE, SIGNED);
        move(SIGNED, RECORD_FILING, ARCHIVED);
        // Outcomes without a signed correction. This service owns the case until the draft is in review, and again
        // when review returns it; while it is in review, review-service owns it and reports its outcome.
        for (CaseState owned : new CaseState[] {OPEN, COLLECTING, FORWARDED, DRAFTING, REVISION, REOPENED}) {
            move(owned, WITHDRAW, WITHDRAWN);
        }
        move(IN_REVIEW, RECORD_WITHDRAWAL, WITHDRAWN);
        move(IN_REVIEW, RECORD_NO_CORRECTION, CLOSED_NO_CORRECTION);
        // Collection reopened for one unit: while the material is with the bureau (steps 2-4), never while a
        // version is with the reviewers (they hold it frozen; a return brings it back to REVISION) nor after signing.
        for (CaseState from : REOPENABLE) {
            move(from, REOPEN_COLLECTION, REOPENED);
        }
        move(REOPENED, SUBMIT_UNIT_DATA, REOPENED);
        // Forwarding again resumes the state the case was reopened from (resume); FORWARDED is the first of them.
        move(REOPENED, FORWARD, FORWARDED);
    }

    private CaseWorkflow() {
    }

    private static void move(CaseState from, CaseAction action, CaseState to) {
        MOVES.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** The state after {@code action}, or {@link IllegalTransitionException} with the current state. */
    public static CaseState next(CaseState current, CaseAction action) {
        CaseState next = MOVES.getOrDefault(current, Map.of()).get(action);
        if (next == null) {
            throw new IllegalTransitionException(current, action);
        }
        return next;
    }

    /**
     * The state a reopened case takes when the Kabag forwards again: the one it was reopened from. The assigned
     * pelaksana stays assigned; a draft in revision stays in revision.
     */
    public static CaseState resume(CaseState current, CaseState reopenedFrom) {
        if (current != REOPENED) {
            throw new IllegalTransitionException(current, FORWARD);
        }
        if (reopenedFrom == null || !REOPENABLE.contains(reopenedFrom)) {
            throw new IllegalStateException("a reopened case must name a reopenable state: " + reopenedFrom);
        }
        return reopenedFrom;
    }

    public static boolean allows(CaseState current, CaseAction action) {
        return MOVES.getOrDefault(current, Map.of()).containsKey(action);
    }

    /** The actions allowed in a state, for clients that show what can be done next. */
    public static Map<CaseAction, CaseState> movesFrom(CaseState current) {
        return Collections.unmodifiableMap(MOVES.getOrDefault(current, Map.of()));
    }
}
