package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Files;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A unit's reply that came on paper or by e-mail, entered by the pelaksana or the Kasubbag for the unit with its
 * letter's number, date and file: recorded as theirs for the unit, in the timeline, the agenda book and the draft.
 */
@QuarkusTest
class OnBehalfTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LETTER = "800/123/DINKES/2026";
    private static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 3);

    @Inject
    EntityManager em;

    static String collecting() {
        String id = Cases.open();
        Cases.issueMemo(id);
        return id;
    }

    static Map<String, Object> reply(String unit, String letterFile) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("letterNumber", LETTER);
        body.put("letterDate", LETTER_DATE.toString());
        body.put("letterAttachmentId", letterFile);
        body.put("attachments", 1);
        body.put("note", "Diterima melalui pos");
        body.put("rows", List.of(Cases.row("IKU-1", 100, 80, 90)));
        return body;
    }

    static Response enter(String token, String caseId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/submissions/on-behalf");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> registration(String caseId, String document) throws Exception {
        Object payload = em.createNativeQuery("select cast(payload as text) from outbox_event where aggregate_id = ?1 "
                        + "and type = 'AgendaRegistration' and payload->>'sourceRef' = ?2")
                .setParameter(1, UUID.fromString(caseId)).setParameter(2, caseId + "/" + document).getSingleResult();
        return JSON.readValue((String) payload, Map.class);
    }

    @Test
    void theKasubbagEntersAPaperReplyWithItsLetterAndItIsRecordedAsEnteredForTheUnit() throws Exception {
        String caseId = collecting();
        String letter = Files.letterOnCase(caseId);
        String photo = Files.upload(Tokens.kasubbag(), caseId, "/attachments", Files.jpeg(), "image/jpeg",
                "lampiran.jpg");
        Map<String, Object> body = reply(Cases.UNIT_A, letter);
        body.put("attachmentIds", List.of(photo));
        Response done = given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", "paper-" + caseId)
                .contentType(ContentType.JSON).body(body).post("/api/v1/cases/" + caseId + "/submissions/on-behalf");
        done.then().statusCode(201).body("unitCode", equalTo(Cases.UNIT_A)).body("onBehalf", equalTo(true))
                .body("enteredBy.upn", equalTo("kasubbag.one")).body("enteredBy.role", equalTo("kasubbag"))
                .body("letterNumber", equalTo(LETTER)).body("letterDate", equalTo(LETTER_DATE.toString()))
                .body("letterAttachmentId", equalTo(letter))
                .body("files.id", equalTo(List.of(letter, photo)))
                .body("files[0].belongsTo", equalTo("SUBMISSION"))
                .body("rows[0].indicatorCode", equalTo("IKU-1"));
        String submissionId = done.path("id");
        // a retry with the key: the first answer
        given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", "paper-" + caseId)
                .contentType(ContentType.JSON).body(body).post("/api/v1/cases/" + caseId + "/submissions/on-behalf")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(submissionId));

        // the unit reads its reply and the letter the bureau entered for it
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + caseId + "/submissions").then()
                .statusCode(200).body("[0].onBehalf", equalTo(true)).body("[0].files.id", hasItem(letter));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/attachments/" + letter).then().statusCode(200);
        given().auth().oauth2(Tokens.unit(Cases.UNIT_B)).get("/api/v1/attachments/" + letter).then().statusCode(404);

        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + caseId + "/timeline").then().statusCode(200)
                .body("events.find { it.kind == 'UNIT_SUBMITTED_ON_BEHALF' }.actorUpn", equalTo("kasubbag.one"))
                .body("events.find { it.kind == 'UNIT_SUBMITTED_ON_BEHALF' }.actorRole", equalTo("kasubbag"))
                .body("events.find { it.kind == 'UNIT_SUBMITTED_ON_BEHALF' }.detail",
                        containsString("on its behalf, letter " + LETTER + " of 3 Nov 2026"));

        Map<String, Object> agenda = registration(caseId, "Reply-DINKES-1");
        assertEquals("IN", agenda.get("direction"));
        assertEquals(Cases.UNIT_A, agenda.get("from"));
        assertEquals(LETTER, agenda.get("documentNumber"));
        assertEquals(LETTER_DATE.toString(), agenda.get("documentDate"));
        // two files (the letter, the photo) and one enclosure on paper only
        assertEquals(3, agenda.get("attachments"));
        assertTrue(((String) agenda.get("remarks")).contains("entered by the kasubbag"), agenda.toString());
    }

    @Test
    void theDraftCarriesWhoEnteredTheReplyForWhichUnitAndWhichLetter() {
        String caseId = collecting();
        String letter = Files.letterOnCase(caseId);
        List<String> rowsA = enter(Tokens.pelaksana(), caseId, reply(Cases.UNIT_A, letter)).then().statusCode(201)
                .body("enteredBy.role", equalTo("pelaksana")).extract().path("rows.id");
        List<String> rowsB = Cases.submit(caseId, Cases.UNIT_B, List.of(Cases.row("IKU-3", 10, 5, 6)));
        Cases.forward(caseId);
        Cases.assign(caseId, "pelaksana.one");
        Cases.compose(caseId, List.of(rowsA.get(0), rowsB.get(0)), null);
        Cases.submitDraft(caseId);
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + caseId + "/drafts/1").then().statusCode(200)
                .body("content.replies.find { it.unitCode == 'DINKES' }.onBehalf", equalTo(true))
                .body("content.replies.find { it.unitCode == 'DINKES' }.enteredBy.role", equalTo("pelaksana"))
                .body("content.replies.find { it.unitCode == 'DINKES' }.letterAttachmentId", equalTo(letter))
                .body("content.replies.find { it.unitCode == 'DINKES' }.statement",
                        equalTo("entered by the pelaksana Test pelaksana.one on behalf of DINKES, letter " + LETTER
                                + " of 3 Nov 2026"))
                // the unit that sent its own reply is not listed: only replies entered on a unit's behalf are
                .body("content.replies.unitCode", equalTo(List.of("DINKES")));
    }

    @Test
    void onlyTheBureauWhileCollectingForATargetUnitWithTheLettersNumberDateAndFile() {
        String caseId = collecting();
        String letter = Files.letterOnCase(caseId);
        // a unit cannot use it; an officer cannot use the unit's own endpoint
        enter(Tokens.unit(Cases.UNIT_A), caseId, reply(Cases.UNIT_A, letter)).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Cases.row("IKU-1", 1, 1, 1))))
                .post("/api/v1/cases/" + caseId + "/submissions").then().statusCode(403);
        given().auth().oauth2(Tokens.holding("kasubbag.unit", null, "kasubbag", "unit")).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Cases.row("IKU-1", 1, 1, 1))))
                .post("/api/v1/cases/" + caseId + "/submissions").then().statusCode(403);
        enter(Tokens.kabag(), caseId, reply(Cases.UNIT_A, letter)).then().statusCode(403);
        // a unit the case is not addressed to
        enter(Tokens.kasubbag(), caseId, reply("DISHUB", letter)).then().statusCode(400)
                .contentType("application/problem+json");
        // number, date and file are required
        for (String field : List.of("letterNumber", "letterDate", "letterAttachmentId")) {
            Map<String, Object> body = reply(Cases.UNIT_A, letter);
            body.remove(field);
            enter(Tokens.kasubbag(), caseId, body).then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem(containsString(field)));
        }
        // a file that is not this case's, or not a file at all
        enter(Tokens.kasubbag(), caseId, reply(Cases.UNIT_A, UUID.randomUUID().toString())).then().statusCode(400);
        String otherCase = collecting();
        String otherLetter = Files.letterOnCase(otherCase);
        enter(Tokens.kasubbag(), caseId, reply(Cases.UNIT_A, otherLetter)).then().statusCode(400);
        // a letter dated in the future
        Map<String, Object> future = reply(Cases.UNIT_A, letter);
        future.put("letterDate", LocalDate.now().plusDays(30).toString());
        enter(Tokens.kasubbag(), caseId, future).then().statusCode(400);
        // nothing of the above was stored
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + caseId + "/submissions").then()
                .body("size()", equalTo(0));

        // the letter is taken once
        enter(Tokens.kasubbag(), caseId, reply(Cases.UNIT_A, letter)).then().statusCode(201);
        enter(Tokens.kasubbag(), caseId, reply(Cases.UNIT_A, letter)).then().statusCode(400)
                .body("violations.field", hasItem("letterAttachmentId"));
        // a resubmission by the unit itself supersedes the paper one as any revision does
        Cases.submit(caseId, Cases.UNIT_A, List.of(Cases.row("IKU-1", 100, 80, 91)));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + caseId + "/submissions?unit=DINKES").then()
                .body("current", equalTo(List.of(false, true))).body("onBehalf", equalTo(List.of(true, false)));

        // after the material is forwarded: no more replies, on paper or not
        String next = Files.letterOnCase(caseId);
        Cases.forward(caseId);
        enter(Tokens.kasubbag(), caseId, reply(Cases.UNIT_B, next)).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
    }
}
