package id.go.kalbarprov.sop.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;

/** The unexpected failures that are known after all, answered without a container (no translators injected). */
class ProblemMappersTest {

    private static Problem problem(Response response) {
        return (Problem) response.getEntity();
    }

    private static void answers(Throwable failure, int status, String code) {
        Response response = new ProblemMappers().unexpected(failure, null, null);
        assertEquals(status, response.getStatus());
        assertEquals(code, problem(response).code());
    }

    @Test
    void aRowCommittedMeanwhileIsAConflict() {
        answers(new EntityExistsException("x"), 409, "CONFLICT");
        answers(new RuntimeException(new EntityExistsException("x")), 409, "CONFLICT");
    }

    @Test
    void aLostVersionCheckIsAConflict() {
        answers(new OptimisticLockException("x"), 409, "CONFLICT");
        answers(new StaleStateException("x"), 409, "CONFLICT");
        answers(new IllegalStateException(new StaleStateException("x")), 409, "CONFLICT");
    }

    @Test
    void aWrappedProblemIsAnsweredAsItself() {
        ProblemException inner = ProblemException.notFound("Case", "1");
        Response direct = new ProblemMappers().problem(inner, null, null);
        Response wrapped = new ProblemMappers().unexpected(new RuntimeException(inner), null, null);
        assertEquals(direct.getStatus(), wrapped.getStatus());
        assertEquals(404, wrapped.getStatus());
        assertEquals(problem(direct).code(), problem(wrapped).code());
        assertEquals(problem(direct).detail(), problem(wrapped).detail());
        assertEquals(CommonProblem.NOT_FOUND.name(), problem(wrapped).code());
    }

    @Test
    void anythingElseIsAnIncidentWithoutItsMessage() {
        Response response = new ProblemMappers().unexpected(new IllegalStateException("secret SQL"), null, null);
        assertEquals(500, response.getStatus());
        assertEquals("INTERNAL_ERROR", problem(response).code());
        assertEquals(false, String.valueOf(problem(response)).contains("secret SQL"));
    }

    @Test
    void noDatabaseConnectionIsABusyServiceNotAnIncident() {
        answers(new RuntimeException(new java.sql.SQLException("Sorry, acquisition timeout!")), 503, "SERVICE_BUSY");
        answers(new java.sql.SQLException("the connection attempt failed", "08001"), 503, "SERVICE_BUSY");
        answers(new java.sql.SQLException("too many clients", "53300"), 503, "SERVICE_BUSY");
        answers(new java.sql.SQLException("terminating connection due to administrator command", "57P01"), 503,
                "SERVICE_BUSY");
        Response busy = new ProblemMappers().unexpected(new java.sql.SQLException("x", "08006"), null, null);
        assertEquals(ProblemResponses.RETRY_AFTER_SECONDS, busy.getHeaderString("Retry-After"));
        answers(new java.sql.SQLException("syntax error", "42601"), 500, "INTERNAL_ERROR");
    }

    @Test
    void anUnavailableServiceSaysWhenToTryAgain() {
        id.go.kalbarprov.sop.platform.problem.ProblemCode unavailable =
                new id.go.kalbarprov.sop.platform.problem.ProblemCode() {
                    @Override
                    public String name() {
                        return "SOMETHING_UNAVAILABLE";
                    }

                    @Override
                    public int status() {
                        return 503;
                    }
                };
        Response response = ProblemResponses.of(new ProblemException(unavailable, "not-found", "x", "y"), null, null);
        assertEquals(503, response.getStatus());
        assertEquals(ProblemResponses.RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
        assertEquals(null, new ProblemMappers().problem(ProblemException.notFound("Case", "1"), null, null)
                .getHeaderString("Retry-After"));
    }
}
