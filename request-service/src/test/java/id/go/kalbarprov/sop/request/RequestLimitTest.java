package id.go.kalbarprov.sop.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.openapi.RequestLimitContract;
import id.go.kalbarprov.sop.request.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** Every limit the committed document states for a request field is the limit the code enforces. */
@QuarkusTest
class RequestLimitTest extends RequestLimitContract {

    /** A registered unit whose code is as long as a unit code may be (an officer's unit must be registered). */
    static final String LONGEST_UNIT = "LIMIT-" + "U".repeat(Limits.UNIT_CODE - 6);

    RequestLimitTest() {
        super("request-service");
    }

    @BeforeEach
    void registerTheLongestUnit() {
        Cases.registerUnit(LONGEST_UNIT, "Unit dengan kode terpanjang", "Kepala Unit");
    }

    /** A NIP's digits encode its holder's birth and appointment dates (one no other officer holds); a known unit. */
    @Override
    protected Map<String, JsonNode> knownValues() {
        return Map.of("nip", TextNode.valueOf("197502022000032999"), "unitCode", TextNode.valueOf(LONGEST_UNIT));
    }
}
