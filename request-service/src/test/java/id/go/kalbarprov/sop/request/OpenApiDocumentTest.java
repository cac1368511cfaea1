package id.go.kalbarprov.sop.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.kalbarprov.sop.platform.openapi.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The live OpenAPI document is the committed one, and breaks the released one only where accepted. */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiContract {

    /**
     * The operations that change a versioned resource only with If-Match and answer 428 without it (their 428 is
     * tested where the resource is: IdempotencyAndVersionTest, CorrectionsAfterForwardingTest, ReferenceDataTest,
     * AgreementResourceTest, WorkingTimeTest). Where If-Match is optional (forward, assign, memo, submit) none is.
     */
    static final Set<String> IF_MATCH_REQUIRED = Set.of("composeDraft", "correctDraft", "putAgreement", "putOfficer",
            "putUnit", "putCalendarYear", "putCalendarDay", "deleteCalendarDay", "putHoursChange", "deleteHoursChange");

    OpenApiDocumentTest() {
        super("request-service");
    }

    @Test
    void exactlyTheOperationsThatRequireIfMatchDocument428AsAProblem() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("src/main/openapi/request-service.yaml").toFile());
        Set<String> documented = new TreeSet<>();
        document.get("paths").forEach(item -> item.forEach(operation -> {
            JsonNode answer = operation.path("responses").path("428");
            if (!answer.isMissingNode()) {
                assertEquals("#/components/schemas/Problem",
                        answer.path("content").path("application/problem+json").path("schema").path("$ref").asText(),
                        operation.path("operationId").asText());
                documented.add(operation.path("operationId").asText());
            }
        }));
        assertEquals(new TreeSet<>(IF_MATCH_REQUIRED), documented);
    }

    @Test
    void theStepOperationsCarryARequestExample() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("src/main/openapi/request-service.yaml").toFile());
        Set<String> withExample = new TreeSet<>();
        document.get("paths").forEach(item -> item.forEach(operation -> {
            JsonNode examples = operation.path("requestBody").path("content").path("application/json")
                    .path("examples");
            examples.forEach(example -> {
                if (example.path("value").isObject()) {
                    withExample.add(operation.path("operationId").asText());
                }
            });
        }));
        assertEquals(new TreeSet<>(Set.of("openCase", "issueMemo", "submitUnitInput", "assignCase",
                "composeDraft")), withExample);
    }
}
