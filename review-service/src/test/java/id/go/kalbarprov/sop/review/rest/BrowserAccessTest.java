package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.rest.BrowserAccessContract;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** review-service answers a browser front-end on another origin as every service does. */
@QuarkusTest
class BrowserAccessTest extends BrowserAccessContract {

    @Override
    protected String readPath() {
        return "/api/v1/reviews";
    }

    @Override
    protected String readToken() {
        return Tokens.auditor();
    }
}
