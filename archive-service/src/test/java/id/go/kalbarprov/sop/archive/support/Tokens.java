package id.go.kalbarprov.sop.archive.support;

import id.go.kalbarprov.sop.platform.testing.TestTokens;

/** Test tokens (platform's {@link TestTokens}), and the service that calls this one: review-service, which hands over signed corrections and registers documents. */
public final class Tokens extends TestTokens {

    private Tokens() {
    }

    public static String service() {
        return reviewService();
    }
}
