package id.go.kalbarprov.sop.archive.domain;

import id.go.kalbarprov.sop.platform.domain.IllegalTransitionException;

import static id.go.kalbarprov.sop.archive.domain.ArchiveAction.*;
import static id.go.kalbarprov.sop.archive.domain.ArchiveOrderState.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The archive order as a state machine: every legal move of SOP steps 8–10. Anything not listed is illegal. */
public final class ArchiveOrderWorkflow {

    private static final Map<ArchiveOrderState, Map<ArchiveAction, ArchiveOrderState>> MOVES =
            new EnumMap<>(ArchiveOrderState.class);

    static {
        move(RECEIVED, ORDER, ORDERED);
        move(ORDERED, DELEGATE, DELEGATED);
        // The Kasubbag may name another arsiparis until it is filed (staff fall ill, go on leave, move).
        move(DELEGATED, DELEGATE, DELEGATED);
        move(DELEGATED, FILE, FILED);
    }

    private ArchiveOrderWorkflow() {
    }

    private static void move(ArchiveOrderState from, ArchiveAction action, ArchiveOrderState to) {
        MOVES.computeIfAbsent(from, s -> new EnumMap<>(ArchiveAction.class)).put(action, to);
    }

    /** The state after {@code action}, or {@link IllegalTransitionException} with the current state. */
    public static ArchiveOrderState next(ArchiveOrderState current, ArchiveAction action) {
        ArchiveOrderState next = MOVES.getOrDefault(current, Map.of()).get(action);
        if (next == null) {
            throw new IllegalTransitionException(current, action);
        }
        return next;
    }

    /** The actions allowed in a state, for clients that show what can be done next. */
    public static Map<ArchiveAction, ArchiveOrderState> movesFrom(ArchiveOrderState current) {
        return Collections.unmodifiableMap(MOVES.getOrDefault(current, Map.of()));
    }
}
