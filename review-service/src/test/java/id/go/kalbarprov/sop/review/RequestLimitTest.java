package id.go.kalbarprov.sop.review;

import id.go.kalbarprov.sop.platform.openapi.RequestLimitContract;
import io.quarkus.test.junit.QuarkusTest;

/** Every limit the committed document states for a request field is the limit the code enforces. */
@QuarkusTest
class RequestLimitTest extends RequestLimitContract {

    RequestLimitTest() {
        super("review-service");
    }
}
