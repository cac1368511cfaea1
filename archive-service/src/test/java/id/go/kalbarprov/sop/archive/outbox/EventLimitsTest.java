package id.go.kalbarprov.sop.archive.outbox;

import static id.go.kalbarprov.sop.platform.testing.HandoffLimits.officer;
import static id.go.kalbarprov.sop.platform.testing.HandoffLimits.text;
import static id.go.kalbarprov.sop.platform.testing.HandoffLimits.upnOf;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.testing.HandoffLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What archive-service builds at the largest values its own API accepts (officers' tokens, notes, a signed
 * correction at its limits) is accepted by request-service (CaseStatus); an officer the event cannot name is refused
 * at the source, with nothing committed.
 */
@QuarkusTest
class EventLimitsTest {

    /** request-service's sop.http.max-body-size. */
    static final int RECEIVER_MAX_BODY = 256 * 1024;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    static final String KABAG = officer("kabag", "197001011995031001", Limits.NAME, true);
    static final String KASUBBAG = officer("kasubbag", "197502022000032002", Limits.NAME, true);
    static final String ARSIPARIS = officer("arsiparis", "198504042010012004", Limits.NAME, true);

    /** A signed correction as review-service sends it, at the largest version and title; returns the order id. */
    static String received(UUID caseId) {
        Map<String, Object> body = Archive.signedCorrection(caseId, Limits.VERSION);
        body.put("title", text(Limits.TITLE));
        return given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/signed-corrections").then().statusCode(201).extract().path("id");
    }

    static List<String> payloads(UUID caseId) {
        try (Connection c = Db.connect(); PreparedStatement s = c.prepareStatement(
                "select payload::text from outbox_event where aggregate_id = ? and type = ? order by created_at")) {
            s.setObject(1, caseId);
            s.setString(2, CaseStatus.TYPE);
            List<String> payloads = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
            return payloads;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    CaseStatus accepted(String payload) throws Exception {
        HandoffLimits.fitsTheReceiversBody(json, payload, RECEIVER_MAX_BODY, "CaseStatus");
        return HandoffLimits.accepted(json, validator, payload, CaseStatus.class);
    }

    static String state(String order) {
        return given().auth().oauth2(Tokens.auditor()).get("/api/v1/archive-orders/" + order).then().statusCode(200)
                .extract().path("state");
    }

    @Test
    void stepsEightToTenByTheLongestOfficersAreAcceptedByRequestService() throws Exception {
        UUID caseId = UUID.randomUUID();
        String order = received(caseId);
        given().auth().oauth2(KABAG).contentType(ContentType.JSON).body(Map.of("note", text(2000)))
                .post("/api/v1/archive-orders/" + order + "/order").then().statusCode(200);
        given().auth().oauth2(KASUBBAG).contentType(ContentType.JSON)
                .body(Map.of("upn", upnOf("arsiparis"), "note", text(2000)))
                .post("/api/v1/archive-orders/" + order + "/delegation").then().statusCode(200);
        Map<String, Object> filing = Archive.filing("PUBLIC");
        filing.put("description", text(2000));
        filing.put("dispositionNote", text(2000));
        given().auth().oauth2(ARSIPARIS).contentType(ContentType.JSON).body(filing)
                .post("/api/v1/archive-orders/" + order + "/filing").then().statusCode(201);

        List<String> payloads = payloads(caseId);
        assertEquals(3, payloads.size());
        List<CaseStatus> events = new ArrayList<>();
        for (String payload : payloads) {
            events.add(accepted(payload));
        }
        assertEquals(List.of(8, 9, 10), events.stream().map(CaseStatus::step).toList());
        assertTrue(events.stream().allMatch(e -> e.actor().upn().length() == Limits.UPN
                && text(Limits.NAME).equals(e.actor().name()) && e.actor().nip().length() == Limits.NIP
                && Limits.VERSION == e.version()));
        assertEquals(CaseStatus.ARCHIVED, events.get(2).status());
    }

    @Test
    void anOfficerTheEventCannotNameIsRefusedAtTheSource() {
        // (a NIP longer than 18 digits never gets this far: OfficerNip refuses the login)
        for (String token : List.of(officer("kabag", "197001011995031001", Limits.NAME + 1, true),
                Tokens.builder("kabag", upnOf("kabag") + "x", null, null).sign())) {
            UUID caseId = UUID.randomUUID();
            String order = received(caseId);
            Response r = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("note", "Arsipkan"))
                    .post("/api/v1/archive-orders/" + order + "/order");
            assertEquals(400, r.statusCode(), r::asString);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertEquals("VALIDATION_FAILED", r.jsonPath().getString("code"), r::asString);
            assertEquals("RECEIVED", state(order));
            assertEquals(List.of(), payloads(caseId));
        }
    }
}
