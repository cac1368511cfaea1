package id.go.kalbarprov.sop.request;

import id.go.kalbarprov.sop.platform.openapi.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

/** The live OpenAPI document is the committed one, and breaks the released one only where accepted. */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super("request-service");
    }
}
