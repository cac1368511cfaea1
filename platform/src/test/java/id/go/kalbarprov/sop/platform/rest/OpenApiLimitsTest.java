package id.go.kalbarprov.sop.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.idempotency.IdempotencyInterceptor;
import org.junit.jupiter.api.Test;

class OpenApiLimitsTest {

    @Test
    void aBoundedPatternIsALengthLimit() {
        assertEquals(64, OpenApiLimits.longestMatch(Limits.SHA256));
        assertEquals(19, OpenApiLimits.longestMatch(Limits.CLASSIFICATION));
        assertEquals(22, OpenApiLimits.longestMatch(Limits.VERIFICATION_ID));
        assertEquals(200, OpenApiLimits.longestMatch(IdempotencyInterceptor.KEY_PATTERN));
        assertEquals(50, OpenApiLimits.longestMatch("^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$"));
        assertEquals(9, OpenApiLimits.longestMatch("^(karo|kabag|kasubbag|pelaksana)$"));
    }

    @Test
    void anUnboundedOrUnanchoredPatternIsNone() {
        assertNull(OpenApiLimits.longestMatch("^[^\\s]+$"));
        assertNull(OpenApiLimits.longestMatch("CaseWithdrawn"));
        assertNull(OpenApiLimits.longestMatch("^a{2,}$"));
        assertNull(OpenApiLimits.longestMatch("^\\p{L}{1,3}$"));
    }
}
