package id.go.kalbarprov.sop.platform.idempotency;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.problem.ProblemCode;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Implements {@link Idempotent}. The key is claimed by an insert in the same transaction as the effect, so two
 * concurrent requests with one key serialise on the row: exactly one effect, and the other returns its answer.
 * A request that fails rolls its claim back, so it can be retried.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** A key: 1 to 200 visible ASCII characters (stated in the OpenAPI document by {@code OpenApiLimits}). */
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]{1,200}$";

    private static final Pattern VALID_KEY = Pattern.compile(KEY_PATTERN);

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentCaller caller;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return ctx.proceed();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "idempotency-key-invalid");
        }
        String requestHash = hash(ctx);
        return QuarkusTransaction.joiningExisting().call(() -> {
            int claimed = em.createNativeQuery("""
                            INSERT INTO idempotency_record (principal, idem_key, request_hash, status, created_at)
                            VALUES (?1, ?2, ?3, 0, now()) ON CONFLICT DO NOTHING""")
                    .setParameter(1, caller.get().upn()).setParameter(2, key).setParameter(3, requestHash)
                    .executeUpdate();
            if (claimed == 0) {
                Response first = replay(key, requestHash);
                return ctx.getMethod().getReturnType() == Response.class ? first : entityOf(first, ctx);
            }
            Object result = proceed(ctx);
            // A method may answer a Response or just its entity (200, or 204 without one): either is remembered.
            remember(key, result instanceof Response response ? response
                    : result == null ? Response.noContent().build() : Response.ok(result).build());
            return result;
        });
    }

    private Response replay(String key, String requestHash) {
        IdempotencyRecord first = em.find(IdempotencyRecord.class, keyOf(key));
        if (first == null || first.status == 0) {
            throw new ProblemException(CommonProblem.IDEMPOTENCY_IN_PROGRESS, "idempotency-in-progress");
        }
        if (!first.requestHash.equals(requestHash)) {
            throw new ProblemException(CommonProblem.IDEMPOTENCY_KEY_REUSED, "idempotency-key-reused");
        }
        Response.ResponseBuilder builder = Response.status(first.status).header(REPLAYED_HEADER, "true");
        if (first.body != null) {
            builder.entity(first.body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (first.location != null) {
            builder.location(URI.create(first.location));
        }
        return builder.build();
    }

    /** The first answer's entity, for a method that answers its entity rather than a Response. */
    private Object entityOf(Response first, InvocationContext ctx) throws JsonProcessingException {
        return first.hasEntity() ? json.readValue((String) first.getEntity(), ctx.getMethod().getReturnType()) : null;
    }

    private void remember(String key, Response response) throws JsonProcessingException {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, keyOf(key));
        record.status = response.getStatus();
        record.body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
    }

    private IdempotencyRecord.Key keyOf(String key) {
        IdempotencyRecord.Key id = new IdempotencyRecord.Key();
        id.principal = caller.get().upn();
        id.idemKey = key;
        return id;
    }

    private static Object proceed(InvocationContext ctx) {
        try {
            return ctx.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(InvocationContext ctx) throws JsonProcessingException, NoSuchAlgorithmException {
        String fingerprint = request.method().name() + ' ' + request.path() + '\n'
                + json.writeValueAsString(ctx.getParameters());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(fingerprint.getBytes(StandardCharsets.UTF_8)));
    }
}
