package id.go.kalbarprov.sop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The services' logs as an operator's log store receives them in production: one JSON object per line, the lines of
 * request and handoff work with a trace id, and never a token, a NIP or a name, after a case went up the whole chain
 * (refusals included).
 */
class LogPrivacySystemTest extends SystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyLineIsJsonWithATraceIdWhereThereIsOneAndNoPersonalDataOrToken() throws Exception {
        String caseId = officers.caseSubmittedForReview("Log tanpa data pribadi");
        String reviewId = officers.reviewId(caseId);
        officers.decide(DevTokens.kasubbag(), reviewId, "RETURN", "Mohon perbaiki angka Pelaksana Sistem");
        officers.resubmit(caseId);
        officers.awaitResubmission(caseId, 1);
        officers.approveChain(officers.reviewId(caseId));
        officers.archive(officers.orderId(caseId));
        officers.awaitCaseState(caseId, "ARCHIVED");

        List<String> personal = List.of(DevTokens.karo(), DevTokens.pelaksana(), DevTokens.arsiparis(),
                "196609211986031004", "197001011995031001", "197502022000032002", "199003032015031003",
                "198804042010012004", "Pelaksana Sistem", "Arsiparis Sistem", "System test ");
        int traced = 0;
        for (Svc svc : Svc.values()) {
            List<String> lines = Files.readAllLines(SystemUnderTest.logOf(svc));
            List<String> notJson = new ArrayList<>();
            for (String line : lines) {
                for (String secret : personal) {
                    assertFalse(line.contains(secret), svc.module + " logged personal data or a token: " + line);
                }
                assertFalse(line.matches(".*eyJ[A-Za-z0-9_-]{10,}\\.eyJ.*"), svc.module + " logged a token: " + line);
                if (line.isBlank() || line.startsWith("Picked up JAVA_TOOL_OPTIONS")) {
                    continue;
                }
                JsonNode entry;
                try {
                    entry = JSON.readTree(line);
                } catch (Exception e) {
                    notJson.add(line);
                    continue;
                }
                assertTrue(entry.hasNonNull("message") && entry.hasNonNull("level"), line);
                if (entry.path("mdc").hasNonNull("traceId")) {
                    traced++;
                }
                if (entry.path("mdc").hasNonNull("eventId") || entry.path("mdc").hasNonNull("caseId")) {
                    assertTrue(entry.path("mdc").hasNonNull("traceId"), "work on a case is traced: " + line);
                }
            }
            assertEquals(List.of(), notJson, svc.module + ": every line is JSON");
        }
        assertTrue(traced > 0, "request and handoff lines carry their trace id");
    }
}
