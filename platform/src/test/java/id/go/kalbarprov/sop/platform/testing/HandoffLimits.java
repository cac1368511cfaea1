package id.go.kalbarprov.sop.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.event.HandoffEvent;
import id.go.kalbarprov.sop.platform.event.Limits;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every sender's event-limits test needs: values at the longest the events hold, officers whose tokens carry
 * them, and the receiver's view of a recorded payload (the strict mapper into the platform record, then its
 * constraints, within the receiver's body limit).
 */
public final class HandoffLimits {

    private HandoffLimits() {
    }

    /** Text of exactly n characters, none of them whitespace (the API strips some fields), one not ASCII. */
    public static String text(int n) {
        return "é" + "Kinerja-data.".repeat(n / 13 + 1).substring(0, n - 1);
    }

    /** A login of the longest an event holds ({@link Limits#UPN}), starting with {@code seed}. */
    public static String upnOf(String seed) {
        return (seed + ".").concat("o".repeat(Limits.UPN)).substring(0, Limits.UPN);
    }

    /** An officer at the longest the token path allows into an event: upn 100, NIP as given, name {@code name}. */
    public static String officer(String role, String nip, int name, boolean acting) {
        return TestTokens.builder(role, upnOf(role), nip, null).claim("name", text(name)).claim("acting", acting)
                .sign();
    }

    /** The payload as its receiver reads it; fails the test when the receiver would refuse it. */
    public static <E extends HandoffEvent> E accepted(ObjectMapper json, Validator validator, String payload,
                                                      Class<E> type) throws IOException {
        E event = json.readValue(payload, type);
        Set<ConstraintViolation<E>> violations = validator.validate(event);
        assertTrue(violations.isEmpty(), () -> type.getSimpleName() + " refused by its receiver: " + violations
                .stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        return event;
    }

    /** The relay sends the payload as compact JSON; the receiver reads at most {@code maxBytes}. */
    public static void fitsTheReceiversBody(ObjectMapper json, String payload, int maxBytes, String what)
            throws IOException {
        int bytes = json.writeValueAsBytes(json.readTree(payload)).length;
        assertTrue(bytes <= maxBytes, what + " of " + bytes + " bytes, the receiver reads " + maxBytes);
    }
}
