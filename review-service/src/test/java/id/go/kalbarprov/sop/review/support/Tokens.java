package id.go.kalbarprov.sop.review.support;

import id.go.kalbarprov.sop.platform.testing.TestTokens;

/** Test tokens (platform's {@link TestTokens}), and the service that calls this one: request-service, which submits drafts. */
public final class Tokens extends TestTokens {

    private Tokens() {
    }

    public static String service() {
        return requestService();
    }
}
