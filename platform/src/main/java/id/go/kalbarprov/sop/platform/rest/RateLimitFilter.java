package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.rest.RateLimitPolicy.EndpointClass;
import io.github.bucket4j.TimeMeter;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rate limits on every REST request ({@link RateLimits}): the caller is the token's subject, or the client address
 * without a token; over the budget the answer is 429 problem+json with Retry-After. Every answer carries the
 * RateLimit and RateLimit-Policy headers of its budget.
 */
public class RateLimitFilter {

    static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    @Inject
    RateLimitConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    private volatile RateLimits limits;

    private RateLimits limits() {
        RateLimits current = limits;
        if (current == null) {
            current = new RateLimits(new RateLimitPolicy(config), TimeMeter.SYSTEM_MILLISECONDS, config.maxCallers());
            limits = current;
        }
        return current;
    }

    /**
     * Authentication is lazy here (quarkus.http.auth.proactive=false): the token is read for the limit even where the
     * endpoint needs none; a token that does not verify counts as none.
     */
    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http, HttpHeaders headers) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? null : identity.getPrincipal())
                .onFailure().recoverWithNull()
                .map(user -> decide(request, http, headers, user));
    }

    private Response decide(ContainerRequestContext request, HttpServerRequest http, HttpHeaders headers,
            Principal user) {
        boolean anonymous = user == null || user.getName() == null || user.getName().isEmpty();
        String path = request.getUriInfo().getPath();
        EndpointClass endpointClass = limits().policy().classify(request.getMethod(), path, anonymous);
        String caller = anonymous ? clientAddress(http) : user.getName();
        RateLimits.Decision decision = limits().acquire(caller, endpointClass);
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        Response refused = ProblemResponses.of(new ProblemException(CommonProblem.TOO_MANY_REQUESTS,
                "too-many-requests", decision.retryAfterSeconds()), headers, path);
        return Response.fromResponse(refused).header("Retry-After", decision.retryAfterSeconds()).build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimits.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Policy", decision.budget().policyHeader());
            response.getHeaders().putSingle("RateLimit", decision.rateLimitHeader());
            if (!decision.allowed()) {
                response.getHeaders().putSingle("Retry-After", decision.retryAfterSeconds());
            }
        }
    }

    /** The client's address; behind the ingress, the forwarded one where quarkus.http.proxy trusts it. */
    private static String clientAddress(HttpServerRequest http) {
        return http == null || http.remoteAddress() == null ? "-" : http.remoteAddress().host();
    }
}
