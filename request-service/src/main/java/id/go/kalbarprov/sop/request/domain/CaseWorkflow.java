package id.go.kalbarprov.sop.request.domain;

import id.go.kalbarprov.sop.platform.domain.IllegalTransitionException;

import static id.go.kalbarprov.sop.request.domain.CaseAction.*;
import static id.go.kalbarprov.sop.request.domain.CaseState.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The correction case as a state machine: every legal move of SOP steps 1–4, the revision loop, and the outcomes
 * reported back by review and archive, and the Karo's withdrawal and "no correction needed". WITHDRAWN,
 * CLOSED_NO_CORRECTION and ARCHIVED are final. Anything not listed is illegal.
 */
public final class CaseWorkflow {

    private static final Map<CaseState, Map<CaseAction, CaseState>> MOVES = new EnumMap<>(CaseState.class);

    static {
        move(OPEN, ISSUE_MEMO, COLLECTING);
        move(COLLECTING, SUBMIT_UNIT_DATA, COLLECTING);
        move(COLLECTING, FORWARD, FORWARDED);
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
        for (CaseState owned : new CaseState[] {OPEN, COLLECTING, FORWARDED, DRAFTING, REVISION}) {
            move(owned, WITHDRAW, WITHDRAWN);
        }
        move(IN_REVIEW, RECORD_WITHDRAWAL, WITHDRAWN);
        move(IN_REVIEW, RECORD_NO_CORRECTION, CLOSED_NO_CORRECTION);
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

    public static boolean allows(CaseState current, CaseAction action) {
        return MOVES.getOrDefault(current, Map.of()).containsKey(action);
    }

    /** The actions allowed in a state, for clients that show what can be done next. */
    public static Map<CaseAction, CaseState> movesFrom(CaseState current) {
        return Collections.unmodifiableMap(MOVES.getOrDefault(current, Map.of()));
    }
}
