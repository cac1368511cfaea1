package id.go.kalbarprov.sop.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void theSignatureIsTheHmacSha256OfTimestampDotBodyInHex() {
        // Computed independently (Python: hmac.new(b"secret", b"1700000000.{}", hashlib.sha256).hexdigest()).
        assertEquals("sha256=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163",
                WebhookSignature.sign("secret", 1700000000L, "{}"));
    }

    @Test
    void aReceiverAcceptsOnlyTheBodyAndTimestampThatWereSignedWithItsSecret() {
        String signature = WebhookSignature.sign("secret", 1700000000L, "{\"a\":1}");
        assertTrue(WebhookSignature.verify("secret", "1700000000", "{\"a\":1}", signature));
        assertFalse(WebhookSignature.verify("secret", "1700000000", "{\"a\":2}", signature));
        assertFalse(WebhookSignature.verify("secret", "1700000001", "{\"a\":1}", signature));
        assertFalse(WebhookSignature.verify("other", "1700000000", "{\"a\":1}", signature));
        assertFalse(WebhookSignature.verify("secret", "not a number", "{\"a\":1}", signature));
        assertFalse(WebhookSignature.verify("secret", "1700000000", "{\"a\":1}", null));
    }
}
