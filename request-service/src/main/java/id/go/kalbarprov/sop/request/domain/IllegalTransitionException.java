package id.go.kalbarprov.sop.request.domain;

/** An action the case's current state does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final CaseState state;
    private final CaseAction action;

    public IllegalTransitionException(CaseState state, CaseAction action) {
        super(action + " is not allowed in state " + state);
        this.state = state;
        this.action = action;
    }

    public CaseState state() {
        return state;
    }

    public CaseAction action() {
        return action;
    }
}
