package id.go.kalbarprov.sop.review.outbox;

import id.go.kalbarprov.sop.platform.event.Officer;

import id.go.kalbarprov.sop.platform.event.CaseStatus;

import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operators see undelivered handoffs: counts in readiness, stuck events listed for the auditor role only. */
@QuarkusTest
class OutboxOperationsTest {

    /** Health, metrics and the OpenAPI document are on the management interface (/q on its own port, a free one in tests). */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    /** Records a handoff and tries it once: request-service is unreachable in tests, so it fails and is kept. */
    private UUID failedHandoff() {
        UUID caseId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.record(caseId, eventId -> new CaseStatus(eventId,
                CaseStatus.TYPE, caseId, 5, "PARAF", null, Instant.now(), null, null,
                new Officer("kasubbag.test", null, null, false), 1, null, null, null)));
        relay.relay();
        return caseId;
    }

    @Test
    void aHandoffThatCannotBeDeliveredIsListedAsStuckWithoutItsPayload() {
        UUID caseId = failedHandoff();
        String ofThisCase = "items.find { it.caseId == '" + caseId + "' }";
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/outbox/stuck?size=100").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body(ofThisCase + ".type", equalTo(CaseStatus.TYPE))
                .body(ofThisCase + ".destination", equalTo("request-service"))
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
            given().auth().oauth2(Tokens.role(role)).get("/api/v1/outbox/stuck").then().statusCode(403);
        }
    }

    @Test
    void aMalformedAgeIsRefused() {
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/outbox/stuck?olderThan=yesterday").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/outbox/stuck?olderThan=-PT5M").then().statusCode(400);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/outbox/stuck?olderThan=PT9999999999999H").then().statusCode(400);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/outbox/stuck?size=1000").then().statusCode(400);
    }
}
