package id.go.kalbarprov.sop.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser Quarkus' JWT mechanism calls for every request, with the verified tokens remembered for
 * their lifetime ({@link VerifiedTokenCache}): a front-end or a service sends the same token for many requests, and
 * parsing plus RS256 verification was ≈ 7–8 % of each service's CPU under load. A token is cached only after the
 * full verification (signature, issuer, audience, times) passed, and only until its {@code exp} — or until
 * {@code iat} plus the configured maximum token age, if that comes first. Every other method goes to the default
 * parser unchanged.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser delegate;
    private final VerifiedTokenCache<JsonWebToken> cache;
    private final Long maxTokenAgeSeconds;

    @Inject
    public CachingJwtParser(DefaultJWTParser delegate, JWTAuthContextInfo authContext,
            @ConfigProperty(name = "sop.security.verified-token-cache.max-entries", defaultValue = "10000") int maxEntries) {
        this(delegate, authContext.getTokenAge(), new VerifiedTokenCache<>(maxEntries, Clock.systemUTC()));
    }

    CachingJwtParser(DefaultJWTParser delegate, Long maxTokenAgeSeconds, VerifiedTokenCache<JsonWebToken> cache) {
        this.delegate = delegate;
        this.maxTokenAgeSeconds = maxTokenAgeSeconds;
        this.cache = cache;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        JsonWebToken verified = delegate.parse(token);
        long until = verified.getExpirationTime();
        if (maxTokenAgeSeconds != null && verified.getIssuedAtTime() > 0) {
            until = Math.min(until, verified.getIssuedAtTime() + maxTokenAgeSeconds);
        }
        if (until > 0) {
            cache.put(token, verified, until);
        }
        return verified;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
