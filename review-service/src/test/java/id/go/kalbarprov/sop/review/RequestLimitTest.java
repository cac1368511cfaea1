package id.go.kalbarprov.sop.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.go.kalbarprov.sop.platform.openapi.RequestLimitContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

/** Every limit the committed document states for a request field is the limit the code enforces. */
@QuarkusTest
class RequestLimitTest extends RequestLimitContract {

    /**
     * A decimal text as long as one may be (IndonesianDecimal.MAX_LENGTH, 40 characters): the longest number the
     * numeric(20,4) columns hold, 16 digits grouped and 4 decimals with a sign (27 characters), and the blanks
     * around it that the reading strips.
     */
    private static final TextNode LONGEST_DECIMAL = TextNode.valueOf(" ".repeat(13) + "-1.234.567.890.123.456,1234");

    RequestLimitTest() {
        super("review-service");
    }

    @Override
    protected Map<String, JsonNode> knownValues() {
        return Map.of("target", LONGEST_DECIMAL, "actualCorrected", LONGEST_DECIMAL);
    }
}
