package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.rest.BrowserAccessContract;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** archive-service answers a browser front-end on another origin as every service does. */
@QuarkusTest
class BrowserAccessTest extends BrowserAccessContract {

    @Override
    protected String readPath() {
        return "/api/v1/agenda";
    }

    @Override
    protected String readToken() {
        return Tokens.kabag();
    }
}
