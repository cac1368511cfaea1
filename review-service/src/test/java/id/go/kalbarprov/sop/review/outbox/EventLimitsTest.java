package id.go.kalbarprov.sop.review.outbox;

import static id.go.kalbarprov.sop.platform.testing.HandoffLimits.officer;
import static id.go.kalbarprov.sop.platform.testing.HandoffLimits.text;
import static id.go.kalbarprov.sop.platform.testing.HandoffLimits.upnOf;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.event.DraftReturned;
import id.go.kalbarprov.sop.platform.event.DraftSubmitted;
import id.go.kalbarprov.sop.platform.event.HandoffEvent;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.testing.HandoffLimits;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What review-service builds at the largest values its own API accepts (the draft it receives, the reviewers'
 * tokens, reasons) is accepted by the receivers: request-service (DraftReturned, CaseStatus) and archive-service
 * (CorrectionSigned, AgendaRegistration). What its API accepts and a receiver would refuse is refused at the source.
 */
@QuarkusTest
class EventLimitsTest {

    /** The receivers' sop.http.max-body-size: request-service 256K, archive-service 1M. */
    static final Map<Class<?>, Integer> RECEIVER_MAX_BODY = Map.of(DraftReturned.class, 256 * 1024,
            CaseStatus.class, 256 * 1024, AgendaRegistration.class, 3 * 1024 * 1024, CorrectionSigned.class, 3 * 1024 * 1024);

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    static final String KASUBBAG = officer("kasubbag", "197502022000032002", Limits.NAME, true);
    static final String KABAG = officer("kabag", "197001011995031001", Limits.NAME, true);
    static final String KARO = officer("karo", "196609211986031004", Limits.NAME, true);

    /** A draft arrives as request-service sends it: title 200, content {@code length} characters of canonical JSON. */
    static UUID arrive(UUID caseId, int length) {
        return arrive(caseId, length, false);
    }

    /** {@code accented}: the notes in a letter that takes two bytes in UTF-8 (é), as Indonesian names may. */
    static UUID arrive(UUID caseId, int length, boolean accented) {
        Map<String, Object> content = ReviewApi.content(caseId, 1, "80");
        content.put("notes", "");
        int frame = CanonicalJson.write(content).length();
        content.put("notes", accented ? "é".repeat(length - frame) : text(length - frame));
        String canonical = CanonicalJson.write(content);
        assertEquals(length, canonical.length());
        Map<String, Object> body = ReviewApi.arrival(caseId, 1, content);
        body.put("title", text(Limits.TITLE));
        return UUID.fromString(given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(201).extract().path("id"));
    }

    static Response decide(UUID review, String token, String decision, String reason) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("decision", decision);
        body.put("version", 1);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews/" + review + "/decisions");
    }

    static List<String> payloads(UUID caseId, String type) {
        return Db.rows("select payload::text as p from outbox_event where aggregate_id = ? and type = ? "
                + "order by created_at", caseId, type).stream().map(r -> String.valueOf(r.get("p"))).toList();
    }

    <E extends HandoffEvent> E accepted(String payload, Class<E> type) throws Exception {
        return HandoffLimits.accepted(json, validator, payload, type);
    }

    /** The relay sends the payload as compact JSON; the receiver reads at most its body limit. */
    void fitsTheReceiversBody(String payload, Class<?> type) throws Exception {
        HandoffLimits.fitsTheReceiversBody(json, payload, RECEIVER_MAX_BODY.get(type), type.getSimpleName());
    }

    static void refusedAtTheSource(Response r) {
        assertEquals(400, r.statusCode(), r::asString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("VALIDATION_FAILED", r.jsonPath().getString("code"), r::asString);
    }

    static String status(UUID review) {
        return given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + review).then().statusCode(200)
                .extract().path("status");
    }

    @Test
    void theLongestReturnIsAcceptedByRequestAndArchiveService() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID review = arrive(caseId, 10_000);
        String reason = text(Limits.REASON);
        decide(review, KASUBBAG, "RETURN", reason).then().statusCode(201);

        List<String> returned = payloads(caseId, DraftReturned.TYPE);
        assertEquals(1, returned.size());
        DraftReturned event = accepted(returned.get(0), DraftReturned.class);
        fitsTheReceiversBody(returned.get(0), DraftReturned.class);
        assertEquals(reason, event.reason(), "the reason is not clipped");
        assertEquals(upnOf("kasubbag"), event.returnedBy().upn());
        assertEquals(text(Limits.NAME), event.returnedBy().name());

        List<String> statuses = payloads(caseId, CaseStatus.TYPE);
        assertEquals(1, statuses.size());
        CaseStatus status = accepted(statuses.get(0), CaseStatus.class);
        fitsTheReceiversBody(statuses.get(0), CaseStatus.class);
        assertTrue(status.detail().endsWith(reason), "the whole reason is in the step's detail");

        List<String> agenda = payloads(caseId, AgendaRegistration.TYPE);
        assertEquals(1, agenda.size());
        AgendaRegistration entry = accepted(agenda.get(0), AgendaRegistration.class);
        fitsTheReceiversBody(agenda.get(0), AgendaRegistration.class);
        assertEquals(reason, entry.remarks());
        assertEquals(text(Limits.NAME), entry.from());
    }

    @Test
    void anOfficerTheEventsCannotNameIsRefusedAtTheSource() {
        // (a NIP longer than 18 digits never gets this far: OfficerNip refuses the login, TokenSecurityTest)
        for (String token : List.of(officer("kasubbag", "197502022000032002", Limits.NAME + 1, true),
                Tokens.builder("kasubbag", upnOf("kasubbag") + "x", null, null).sign())) {
            UUID caseId = UUID.randomUUID();
            UUID review = arrive(caseId, 1000);
            for (String decision : List.of("RETURN", "APPROVE")) {
                refusedAtTheSource(decide(review, token, decision, text(100)));
                assertEquals("IN_REVIEW", status(review));
                assertEquals(0L, Db.count("select count(*) from outbox_event where aggregate_id = ?", caseId));
                assertEquals(0L, Db.count("select count(*) from review_act where review_id = ?", review));
            }
        }
    }

    @Test
    void theLargestSignedCorrectionIsAcceptedByArchiveService() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID review = arrive(caseId, Limits.DRAFT_CONTENT);
        decide(review, KASUBBAG, "APPROVE", text(Limits.REASON)).then().statusCode(201);
        decide(review, KABAG, "APPROVE", text(Limits.REASON)).then().statusCode(201);
        decide(review, KARO, "APPROVE", text(Limits.REASON)).then().statusCode(201);
        ReviewApi.awaitSignedDocument(review);

        List<String> signed = payloads(caseId, CorrectionSigned.TYPE);
        assertEquals(1, signed.size());
        CorrectionSigned event = accepted(signed.get(0), CorrectionSigned.class);
        assertEquals(Limits.DRAFT_CONTENT, event.content().length(), "the signed content is not clipped");
        assertEquals(ContentHash.sha256(event.content()), event.contentHash(), "the content is what was hashed");
        assertEquals(3, event.seals().size());
        assertTrue(event.seals().stream().allMatch(s -> s.contentHash().equals(event.contentHash())
                && text(Limits.NAME).equals(s.name()) && s.upn().length() == Limits.UPN));
        assertEquals(text(Limits.TITLE), event.title());

        for (String payload : payloads(caseId, CaseStatus.TYPE)) {
            fitsTheReceiversBody(payload, CaseStatus.class);
            accepted(payload, CaseStatus.class);
        }
        for (String payload : payloads(caseId, AgendaRegistration.TYPE)) {
            fitsTheReceiversBody(payload, AgendaRegistration.class);
            accepted(payload, AgendaRegistration.class);
        }
    }

    /**
     * review-service takes a draft of Limits.DRAFT_CONTENT characters (its DraftSubmitted endpoint reads up
     * to 2M, so up to 900000 two-byte characters) and sends it signed as CorrectionSigned, but archive-service reads a
     * body of at most sop.http.max-body-size (1M until now: the relay was answered 413 for ever; now 3M). The limits are
     * in characters, the body limits in bytes.
     */
    @Test
    void theLargestSignedCorrectionFitsArchiveServicesBodyLimit() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID review = arrive(caseId, Limits.DRAFT_CONTENT, true);
        decide(review, KASUBBAG, "APPROVE", null).then().statusCode(201);
        decide(review, KABAG, "APPROVE", null).then().statusCode(201);
        decide(review, KARO, "APPROVE", null).then().statusCode(201);
        ReviewApi.awaitSignedDocument(review);
        fitsTheReceiversBody(payloads(caseId, CorrectionSigned.TYPE).get(0), CorrectionSigned.class);
    }
}
