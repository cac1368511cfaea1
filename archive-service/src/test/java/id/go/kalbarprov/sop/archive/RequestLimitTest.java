package id.go.kalbarprov.sop.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.go.kalbarprov.sop.platform.openapi.RequestLimitContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

/** Every limit the committed document states for a request field is the limit the code enforces. */
@QuarkusTest
class RequestLimitTest extends RequestLimitContract {

    RequestLimitTest() {
        super("archive-service");
    }

    /** An arsiparis in the fake officer register whose login is as long as a delegation may name, and a real NIP. */
    @Override
    protected Map<String, JsonNode> knownValues() {
        return Map.of("upn", TextNode.valueOf("arsiparis." + "o".repeat(90)),
                "nip", TextNode.valueOf("198808082013012008"));
    }
}
