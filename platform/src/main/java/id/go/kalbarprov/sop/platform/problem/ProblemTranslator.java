package id.go.kalbarprov.sop.platform.problem;

import java.util.Optional;

/**
 * Turns a service's own domain exception (an illegal transition, a refusal of the review chain) into a problem, so
 * that domain classes stay free of the web layer. A service declares one as a CDI bean; the platform's mappers ask
 * every translator about each exception in a failure's cause chain.
 */
public interface ProblemTranslator {

    Optional<ProblemException> translate(Throwable failure);
}
