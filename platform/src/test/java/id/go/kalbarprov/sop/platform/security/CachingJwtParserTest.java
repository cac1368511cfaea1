package id.go.kalbarprov.sop.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CachingJwtParserTest {

    private static final long NOW = 1_800_000_000L;
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJrYXJvIn0.c2lnbmF0dXJl";

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        long epochSecond = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(epochSecond);
        }
    }

    /** Stands for the real parser: answers the tokens it was told are valid (and counts calls), refuses others. */
    private static final class CountingParser extends DefaultJWTParser {
        final Map<String, JsonWebToken> valid = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        MovableClock clock;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.add(token);
            JsonWebToken jwt = valid.get(token);
            if (jwt == null || clock.instant().getEpochSecond() >= jwt.getExpirationTime()) {
                throw new ParseException("refused");
            }
            return jwt;
        }
    }

    private static JsonWebToken jwt(long issuedAt, long expiresAt) {
        Map<String, Object> claims = Map.of(Claims.iat.name(), issuedAt, Claims.exp.name(), expiresAt,
                Claims.sub.name(), "karo");
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "karo";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    private final MovableClock clock = new MovableClock();
    private final CountingParser real = new CountingParser();

    private CachingJwtParser parser(int maxEntries, Long maxTokenAge) {
        real.clock = clock;
        return new CachingJwtParser(real, maxTokenAge, new VerifiedTokenCache<>(maxEntries, clock));
    }

    @Test
    void theSameTokenIsVerifiedOnceWhileItLives() throws Exception {
        JsonWebToken token = jwt(NOW, NOW + 300);
        real.valid.put(TOKEN, token);
        CachingJwtParser parser = parser(10, null);

        assertSame(token, parser.parse(TOKEN));
        assertSame(token, parser.parse(TOKEN));
        assertSame(token, parser.parse(TOKEN));

        assertEquals(1, real.calls.size());
    }

    @Test
    void anExpiredTokenIsRefusedEvenThoughItWasCached() throws Exception {
        real.valid.put(TOKEN, jwt(NOW, NOW + 300));
        CachingJwtParser parser = parser(10, null);
        parser.parse(TOKEN);

        clock.epochSecond = NOW + 299;
        parser.parse(TOKEN);
        assertEquals(1, real.calls.size());

        clock.epochSecond = NOW + 300;
        assertThrows(ParseException.class, () -> parser.parse(TOKEN));
        assertEquals(2, real.calls.size(), "at its expiry the token goes back to the real verification");
    }

    @Test
    void theMaximumTokenAgeEndsTheEntryBeforeExp() throws Exception {
        real.valid.put(TOKEN, jwt(NOW, NOW + 3600));
        CachingJwtParser parser = parser(10, 60L);
        parser.parse(TOKEN);

        clock.epochSecond = NOW + 59;
        parser.parse(TOKEN);
        assertEquals(1, real.calls.size());
        clock.epochSecond = NOW + 60;
        parser.parse(TOKEN);
        assertEquals(2, real.calls.size());
    }

    @Test
    void aTokenThatDiffersByOneByteIsNotAHit() throws Exception {
        real.valid.put(TOKEN, jwt(NOW, NOW + 300));
        CachingJwtParser parser = parser(10, null);
        parser.parse(TOKEN);

        String forged = TOKEN.substring(0, TOKEN.length() - 1) + (TOKEN.endsWith("l") ? "m" : "l");
        assertThrows(ParseException.class, () -> parser.parse(forged));
        assertEquals(List.of(TOKEN, forged), real.calls);
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        CachingJwtParser parser = parser(10, null);
        assertThrows(ParseException.class, () -> parser.parse(TOKEN));
        real.valid.put(TOKEN, jwt(NOW, NOW + 300));
        assertThrows(ParseException.class, () -> parser.parse("x" + TOKEN));
        assertEquals(2, real.calls.size());
    }

    @Test
    void theCacheIsBoundedAndDropsTheLeastRecentlyUsed() throws Exception {
        CachingJwtParser parser = parser(2, null);
        for (String t : List.of("a.a.a", "b.b.b", "c.c.c")) {
            real.valid.put(t, jwt(NOW, NOW + 300));
        }
        parser.parse("a.a.a");
        parser.parse("b.b.b");
        parser.parse("a.a.a"); // a is now the most recently used
        parser.parse("c.c.c"); // b goes
        assertEquals(3, real.calls.size());

        parser.parse("a.a.a");
        parser.parse("c.c.c");
        assertEquals(3, real.calls.size());
        parser.parse("b.b.b");
        assertEquals(4, real.calls.size());
    }

    @Test
    void theCacheHoldsNoMoreThanItsBoundAndNothingExpired() {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(3, clock);
        for (int i = 0; i < 10; i++) {
            cache.put("token-" + i, "v" + i, NOW + 10);
        }
        assertEquals(3, cache.size());
        cache.put("old", "v", NOW);
        assertNull(cache.get("old"), "a token already expired is not kept");
        assertEquals("v9", cache.get("token-9"));
    }
}
