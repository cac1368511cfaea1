package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deadlines across the services: a unit that has not replied by the case's due date is listed as late, the Kabag
 * reminds it by a numbered Nota Dinas that archive-service's agenda book registers, and only that unit (and the
 * bureau) reads it. Who may list and send is the access table's ({@code expected-access.csv}); the object-level rules
 * are checked here.
 */
class LateUnitReminderSystemTest extends SystemTest {

    private static String req(String path) {
        return system.url(Svc.REQUEST) + "/api/v1" + path;
    }

    /** A collecting case whose due date has passed: DISDIK replied, DINKES did not. */
    private static String caseWithDinkesLate() throws Exception {
        officers.agreements();
        String id = given().auth().oauth2(DevTokens.karo()).contentType(ContentType.JSON)
                .body(Map.of("title", "Koreksi dengan unit terlambat", "year", 2026, "period", "Q2",
                        "reason", "Realisasi keliru", "targetUnits", List.of("DINKES", "DISDIK"),
                        "dueDate", LocalDate.now().plusDays(7).toString(), "instruction", "Siapkan Nota Dinas",
                        "urgency", "SEGERA"))
                .post(req("/cases")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.kabag()).contentType(ContentType.JSON)
                .body(Map.of("subject", "Permintaan data", "body", "Mohon data koreksi.", "nature", "SEGERA"))
                .post(req("/cases/" + id + "/memo")).then().statusCode(201);
        given().auth().oauth2(DevTokens.unit("DISDIK")).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Map.of("indicatorCode", "IKU-DISDIK", "indicatorName", "Indikator DISDIK",
                        "year", 2026, "period", "Q2", "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER",
                        "target", "100", "actualReported", "80", "actualCorrected", "90", "reason", "Salah input"))))
                .post(req("/cases/" + id + "/submissions")).then().statusCode(201);
        // The units' time runs out: a due date cannot be opened in the past, so it is moved there.
        try (Connection db = system.database(); PreparedStatement moved = db.prepareStatement(
                "update request_svc.correction_case set due_date = ? where id = ?")) {
            moved.setObject(1, LocalDate.now(ZoneId.of("Asia/Pontianak")).minusDays(2));
            moved.setObject(2, UUID.fromString(id));
            assertEquals(1, moved.executeUpdate());
        }
        return id;
    }

    @Test
    void theLateUnitIsRemindedByANumberedMemoTheAgendaBookRegistersAndOnlyItReads() throws Exception {
        String id = caseWithDinkesLate();
        given().auth().oauth2(DevTokens.karo()).get(req("/cases/" + id + "/late-units")).then().statusCode(200)
                .body("pastDue", equalTo(true)).body("lateUnits.unitCode", contains("DINKES"));

        LocalDate by = LocalDate.now(ZoneId.of("Asia/Pontianak")).plusDays(3);
        long started = System.nanoTime();
        var sent = given().auth().oauth2(DevTokens.kabag()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("replyBy", by.toString()))
                .post(req("/cases/" + id + "/reminders")).then().statusCode(201)
                .body("memo.addressees.unitCode", contains("DINKES")).extract();
        String number = sent.path("memo.number");
        String memoId = sent.path("memo.id");

        Map<String, Object> entry = Officers.await("agenda entry of reminder " + number, () -> {
            List<Map<String, Object>> items = given().auth().oauth2(DevTokens.auditor())
                    .get(system.url(Svc.ARCHIVE) + "/api/v1/agenda?caseId=" + id + "&size=100").path("items");
            return items == null ? null : items.stream().filter(e -> number.equals(e.get("documentNumber")))
                    .findFirst().orElse(null);
        });
        System.out.printf("reminder %s registered in the agenda book after %d ms%n", number,
                (System.nanoTime() - started) / 1_000_000);
        assertEquals("OUT", entry.get("direction"));
        assertEquals(2, entry.get("step"));
        given().auth().oauth2(DevTokens.auditor()).get(req("/cases/" + id + "/timeline")).then()
                .body("events.find { it.kind == 'LATE_UNITS_REMINDED' }.actorRole", equalTo("kabag"));
        given().auth().oauth2(DevTokens.kasubbag()).get(req("/cases/" + id + "/late-units")).then()
                .body("lateUnits[0].reminders", equalTo(1)).body("lateUnits[0].lastReminderNumber", equalTo(number));

        // object level: the late unit reads and downloads it; the unit that replied and a unit not addressed do not
        Response pdf = given().auth().oauth2(DevTokens.unit("DINKES")).get(req("/cases/" + id + "/reminders/" + memoId
                + "/pdf"));
        assertEquals(200, pdf.statusCode());
        String text = PdfChecks.text(pdf.asByteArray()).replaceAll("\\s+", " ");
        assertTrue(text.contains("Nomor: " + number), text);
        assertFalse(text.contains("NIP "), "a unit's copy carries no official's NIP: " + text);
        given().auth().oauth2(DevTokens.unit("DISDIK")).get(req("/cases/" + id + "/reminders")).then()
                .statusCode(200).body("", hasSize(0));
        for (String other : List.of("DISDIK", "BAPPEDA")) {
            given().auth().oauth2(DevTokens.unit(other)).get(req("/cases/" + id + "/reminders/" + memoId + "/pdf"))
                    .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        }
        given().auth().oauth2(DevTokens.pelaksana()).get(req("/cases/" + id + "/reminders")).then().statusCode(403)
                .body("code", equalTo("NOT_ASSIGNED"));
        // role level: only the Kabag sends; a unit does not list late units
        given().auth().oauth2(DevTokens.karo()).contentType(ContentType.JSON).body(Map.of("replyBy", by.toString()))
                .post(req("/cases/" + id + "/reminders")).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(DevTokens.unit("DINKES")).get(req("/cases/" + id + "/late-units")).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));

        // once the late unit has replied, nobody is late and a second reminder is refused
        given().auth().oauth2(DevTokens.unit("DINKES")).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Map.of("indicatorCode", "IKU-DINKES", "indicatorName", "Indikator DINKES",
                        "year", 2026, "period", "Q2", "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER",
                        "target", "100", "actualReported", "80", "actualCorrected", "90", "reason", "Terlambat"))))
                .post(req("/cases/" + id + "/submissions")).then().statusCode(201);
        given().auth().oauth2(DevTokens.kabag()).contentType(ContentType.JSON).body(Map.of("replyBy", by.toString()))
                .post(req("/cases/" + id + "/reminders")).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("NO_LATE_UNITS"));
    }
}
