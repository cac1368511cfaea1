package id.go.kalbarprov.sop.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsafeSettingsTest {

    private static final String DEV_JWT = "32061c22af771f8c6cf3d982f8403e645e1a361b9956318508a08aa848291982";
    private static final String DEV_SEAL = "8160543ec139e285e4192a302140e30ab87cb5f33a5c99923567188e183115a5";
    private static final String USERS = "aa".repeat(32);
    private static final String SERVICES = "bb".repeat(32);

    private static UnsafeSettings safe() {
        return new UnsafeSettings(Optional.of("https://sso.kalbarprov.go.id/realms/sop"), Optional.of("sop-services"),
                Optional.empty(), false, Optional.empty(), Map.of("sop.review.seal.private-key-location", "cc".repeat(32)),
                false, false);
    }

    @Test
    void providerTokensWithOwnKeysStart() {
        assertEquals(List.of(), safe().refusals());
    }

    @Test
    void blankIssuerOrAudienceIsRefused() {
        UnsafeSettings s = safe();
        assertRefused(new UnsafeSettings(Optional.of(" "), s.audiences(), s.usersKey(), false, Optional.empty(),
                Map.of(), false, false), "JWT_ISSUER");
        assertRefused(new UnsafeSettings(Optional.empty(), s.audiences(), s.usersKey(), false, Optional.empty(),
                Map.of(), false, false), "JWT_ISSUER");
        assertRefused(new UnsafeSettings(s.issuer(), Optional.of(""), s.usersKey(), false, Optional.empty(),
                Map.of(), false, false), "JWT_AUDIENCE");
        assertRefused(new UnsafeSettings(Optional.empty(), s.audiences(), s.usersKey(), false, Optional.empty(),
                Map.of(), true, true), "JWT_ISSUER");
    }

    @Test
    void committedKeysAreRefusedUnlessALocalRunAllowsThem() {
        UnsafeSettings s = safe();
        assertRefused(new UnsafeSettings(s.issuer(), s.audiences(), Optional.of(DEV_JWT), false, Optional.empty(),
                Map.of(), false, false), "JWT_PUBLIC_KEY_LOCATION");
        assertRefused(new UnsafeSettings(s.issuer(), s.audiences(), Optional.of(USERS), false, Optional.empty(),
                Map.of("sop.review.seal.private-key-location", DEV_SEAL), false, false), "seal");
        assertRefused(new UnsafeSettings(s.issuer(), s.audiences(), Optional.of(USERS), true, Optional.of(DEV_JWT),
                Map.of(), true, false), "SERVICE_TOKEN_KEY_LOCATION");
        assertEquals(List.of(), new UnsafeSettings(s.issuer(), s.audiences(), Optional.of(DEV_JWT), true,
                Optional.of(DEV_JWT), Map.of("sop.review.seal.private-key-location", DEV_SEAL), true, true).refusals(),
                "a local run with the committed keys");
    }

    @Test
    void selfSignedServiceTokensNeedAnExplicitAllowanceAndAKeyOfTheirOwn() {
        UnsafeSettings s = safe();
        assertRefused(new UnsafeSettings(s.issuer(), s.audiences(), Optional.of(USERS), true, Optional.of(SERVICES),
                Map.of(), false, false), "self-signed");
        assertEquals(List.of(), new UnsafeSettings(s.issuer(), s.audiences(), Optional.of(USERS), true,
                Optional.of(SERVICES), Map.of(), true, false).refusals());
        assertRefused(new UnsafeSettings(s.issuer(), s.audiences(), Optional.of(USERS), true, Optional.of(USERS),
                Map.of(), true, false), "Karo");
    }

    @Test
    void everyReasonIsNamed() {
        assertEquals(4, new UnsafeSettings(Optional.empty(), Optional.empty(), Optional.of(DEV_JWT), true,
                Optional.of(USERS), Map.of(), false, false).refusals().size());
    }

    private static void assertRefused(UnsafeSettings settings, String reason) {
        List<String> refusals = settings.refusals();
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains(reason), refusals.get(0));
    }
}
