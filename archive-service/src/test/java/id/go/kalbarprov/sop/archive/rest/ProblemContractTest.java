package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.rest.ProblemContract;
import io.quarkus.test.junit.QuarkusTest;

/** archive-service answers bad input as every service does. */
@QuarkusTest
class ProblemContractTest extends ProblemContract {

    @Override
    protected String bodyPath() {
        return "/api/v1/agenda";
    }

    @Override
    protected String bodyToken() {
        return Tokens.service();
    }

    @Override
    protected String listPath() {
        return "/api/v1/agenda";
    }

    @Override
    protected String enumParameter() {
        return "direction";
    }

    @Override
    protected String itemPath() {
        return "/api/v1/records/%s";
    }

    @Override
    protected String readToken() {
        return Tokens.kabag();
    }
}
