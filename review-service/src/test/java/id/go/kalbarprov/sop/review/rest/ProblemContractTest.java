package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.rest.ProblemContract;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** review-service answers bad input as every service does. */
@QuarkusTest
class ProblemContractTest extends ProblemContract {

    @Override
    protected String bodyPath() {
        return "/api/v1/reviews";
    }

    @Override
    protected String bodyToken() {
        return Tokens.service();
    }

    @Override
    protected String listPath() {
        return "/api/v1/reviews";
    }

    @Override
    protected String enumParameter() {
        return "status";
    }

    @Override
    protected String itemPath() {
        return "/api/v1/reviews/%s";
    }

    @Override
    protected String readToken() {
        return Tokens.auditor();
    }
}
