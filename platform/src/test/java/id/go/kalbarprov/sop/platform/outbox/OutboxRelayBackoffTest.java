package id.go.kalbarprov.sop.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutboxRelayBackoffTest {

    @Test
    void backoffDoublesFromOneSecondAndIsCappedAtFiveMinutes() {
        assertEquals(1, OutboxRelay.backoff(1).toSeconds());
        assertEquals(2, OutboxRelay.backoff(2).toSeconds());
        assertEquals(64, OutboxRelay.backoff(7).toSeconds());
        assertEquals(300, OutboxRelay.backoff(10).toSeconds());
        assertEquals(300, OutboxRelay.backoff(Integer.MAX_VALUE).toSeconds());
    }
}
