package id.go.kalbarprov.sop.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.kalbarprov.sop.platform.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Operators see undelivered handoffs: counts in readiness, stuck events listed for the auditor and operator roles
 * only. A service's test is a {@code @QuarkusTest} subclass that records one of its handoffs, to a receiver that is
 * unreachable in tests.
 */
public abstract class OutboxOperationsContract {

    /** Health, metrics and the OpenAPI document are on the management interface (/q on its own port, a free one in tests). */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @Inject
    OutboxRelay relay;

    private final String handoffType;
    private final String destination;

    /** For a service whose {@link #recordHandoff()} records a handoff of {@code handoffType} to {@code destination}. */
    protected OutboxOperationsContract(String handoffType, String destination) {
        this.handoffType = handoffType;
        this.destination = destination;
    }

    /** Records a handoff in its own transaction; returns its case. */
    protected abstract UUID recordHandoff();

    /** A handoff tried once: its receiver is unreachable, so it fails and is kept. */
    private UUID failedHandoff() {
        UUID caseId = recordHandoff();
        relay.relay();
        return caseId;
    }

    @Test
    void aHandoffThatCannotBeDeliveredIsListedAsStuckWithoutItsPayload() {
        UUID caseId = failedHandoff();
        String ofThisCase = "items.find { it.caseId == '" + caseId + "' }";
        given().auth().oauth2(TestTokens.auditor()).get("/api/v1/outbox/stuck?size=100").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body(ofThisCase + ".type", equalTo(handoffType))
                .body(ofThisCase + ".destination", equalTo(destination))
                .body(ofThisCase + ".attempts", greaterThanOrEqualTo(1))
                .body(ofThisCase + ".lastError", not(nullValue()))
                .body(ofThisCase + ".payload", nullValue());
    }

    @Test
    void readinessCarriesTheOutboxCountsAndStaysUp() {
        failedHandoff();
        given().get(ready).then().statusCode(200)
                .body("checks.name", hasItem("outbox"))
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.pending", greaterThanOrEqualTo(1))
                .body("checks.find { it.name == 'outbox' }.data.failing", greaterThanOrEqualTo(1));
    }

    @Test
    void onlyTheAuditorAndOperatorRolesMayListStuckEvents() {
        given().get("/api/v1/outbox/stuck").then().statusCode(401);
        for (String role : new String[] {"karo", "kabag", "kasubbag", "pelaksana", "arsiparis", "unit", "service"}) {
            given().auth().oauth2(TestTokens.role(role)).get("/api/v1/outbox/stuck").then().statusCode(403);
        }
    }

    @Test
    void aMalformedAgeIsRefused() {
        given().auth().oauth2(TestTokens.auditor()).get("/api/v1/outbox/stuck?olderThan=yesterday").then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("olderThan"));
        given().auth().oauth2(TestTokens.auditor()).get("/api/v1/outbox/stuck?olderThan=-PT5M").then().statusCode(400);
        given().auth().oauth2(TestTokens.auditor()).get("/api/v1/outbox/stuck?olderThan=PT9999999999999H").then()
                .statusCode(400);
        given().auth().oauth2(TestTokens.auditor()).get("/api/v1/outbox/stuck?size=1000").then().statusCode(400);
    }
}
