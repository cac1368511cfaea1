package id.go.kalbarprov.sop.platform.domain;

/** An action that the current state of a case, review or archive order does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final Enum<?> state;
    private final Enum<?> action;

    public IllegalTransitionException(Enum<?> state, Enum<?> action) {
        super(action + " is not allowed in state " + state);
        this.state = state;
        this.action = action;
    }

    public Enum<?> state() {
        return state;
    }

    public Enum<?> action() {
        return action;
    }
}
