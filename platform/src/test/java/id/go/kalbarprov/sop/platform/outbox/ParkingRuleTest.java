package id.go.kalbarprov.sop.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures park an event at once, which are retried, and when retrying ends. */
class ParkingRuleTest {

    private final ParkingRule rule = new ParkingRule(20);

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 405, 410, 413, 415, 422})
    void aRefusalForGoodParksAtTheFirstAttempt(int status) {
        Optional<String> reason = rule.parkReason(status, 1, "review-service answered " + status + ": {\"detail\":\"x\"}");
        assertTrue(reason.isPresent());
        assertEquals("refused with " + status + ": review-service answered " + status + ": {\"detail\":\"x\"}",
                reason.get());
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 408, 409, 429, 500, 502, 503, 504, 302})
    void aTransientAnswerIsRetried(int status) {
        assertFalse(ParkingRule.refusedForGood(status));
        assertEquals(Optional.empty(), rule.parkReason(status, 1, "busy"));
        assertEquals(Optional.empty(), rule.parkReason(status, 19, "busy"));
    }

    @Test
    void noAnswerIsRetried() {
        assertEquals(Optional.empty(), rule.parkReason(null, 19, "archive-service unreachable"));
    }

    @Test
    void anyFailureParksAtTheConfiguredAttempt() {
        assertEquals(Optional.of("gave up after 20 attempts: archive-service unreachable"),
                rule.parkReason(null, 20, "archive-service unreachable"));
        assertEquals(Optional.of("gave up after 20 attempts: 503"), rule.parkReason(503, 20, "503"));
        assertTrue(new ParkingRule(1).parkReason(500, 1, null).isPresent());
    }

    @Test
    void theReasonIsAbbreviated() {
        String reason = rule.parkReason(422, 1, "x".repeat(5000)).orElseThrow();
        assertEquals(ParkingRule.REASON, reason.length());
        assertTrue(reason.endsWith("…"));
    }

    @Test
    void atLeastOneAttempt() {
        assertThrows(IllegalArgumentException.class, () -> new ParkingRule(0));
    }
}
