package id.go.kalbarprov.sop.request.outbox;

import id.go.kalbarprov.sop.platform.event.AgendaRegistration;

import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Operators see undelivered handoffs: counts in readiness, stuck events listed for the auditor role only. */
@QuarkusTest
class OutboxOperationsTest {

    /** Health, metrics and the OpenAPI document are on the management interface (/q on its own port, a free one in tests). */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @Inject
    OutboxRelay relay;

    @Test
    void aHandoffThatCannotBeDeliveredIsListedAsStuckWithoutItsPayload() {
        String caseId = Cases.open();
        relay.relay(); // archive-service is unreachable in tests: the agenda registration fails once

        String ofThisCase = "items.find { it.caseId == '" + caseId + "' }";
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/outbox/stuck?size=100").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body(ofThisCase + ".type", equalTo(AgendaRegistration.TYPE))
                .body(ofThisCase + ".destination", equalTo("archive-service"))
                .body(ofThisCase + ".attempts", greaterThanOrEqualTo(1))
                .body(ofThisCase + ".lastError", not(nullValue()))
                .body(ofThisCase + ".payload", nullValue());
    }

    @Test
    void readinessCarriesTheOutboxCountsAndStaysUp() {
        Cases.open();
        relay.relay();
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
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("olderThan"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/outbox/stuck?olderThan=-PT5M").then().statusCode(400);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/outbox/stuck?olderThan=PT9999999999999H").then().statusCode(400);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/outbox/stuck?size=1000").then().statusCode(400);
    }
}
