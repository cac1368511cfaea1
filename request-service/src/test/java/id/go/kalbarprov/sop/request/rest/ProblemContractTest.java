package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.rest.ProblemContract;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** request-service answers bad input as every service does. */
@QuarkusTest
class ProblemContractTest extends ProblemContract {

    @Override
    protected String bodyPath() {
        return "/api/v1/cases";
    }

    @Override
    protected String bodyToken() {
        return Tokens.karo();
    }

    @Override
    protected String listPath() {
        return "/api/v1/cases";
    }

    @Override
    protected String enumParameter() {
        return "state";
    }

    @Override
    protected String itemPath() {
        return "/api/v1/cases/%s";
    }

    @Override
    protected String readToken() {
        return Tokens.karo();
    }
}
