package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.rest.BrowserAccessContract;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** request-service answers a browser front-end on another origin as every service does. */
@QuarkusTest
class BrowserAccessTest extends BrowserAccessContract {

    @Override
    protected String readPath() {
        return "/api/v1/cases";
    }

    @Override
    protected String readToken() {
        return Tokens.karo();
    }
}
