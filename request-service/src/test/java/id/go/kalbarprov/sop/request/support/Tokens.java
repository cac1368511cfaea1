package id.go.kalbarprov.sop.request.support;

import id.go.kalbarprov.sop.platform.testing.TestTokens;

/** Test tokens (platform's {@link TestTokens}), and the service that calls this one: review-service, which returns drafts and reports steps 5–7. */
public final class Tokens extends TestTokens {

    private Tokens() {
    }

    public static String service() {
        return reviewService();
    }
}
