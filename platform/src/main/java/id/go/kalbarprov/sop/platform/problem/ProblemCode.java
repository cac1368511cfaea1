package id.go.kalbarprov.sop.platform.problem;

/**
 * A stable code a service answers with, and its HTTP status. {@link CommonProblem} holds the codes every service
 * shares; each service adds its own in an enum implementing this interface. Texts live in {@code problems*.properties}
 * (a service's own) and {@code platform-problems*.properties} (the shared ones).
 */
public interface ProblemCode {

    /** The code as integrators see it, e.g. {@code ILLEGAL_TRANSITION}. */
    String name();

    int status();
}
