package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Units and officers as reference data: seeded units, the admin's create-or-replace with versions and history, and
 * the rules that use them — a case's units, the memo's addressees, the pelaksana at step 3.
 */
@QuarkusTest
class ReferenceDataTest {

    @Inject
    EntityManager em;

    static RequestSpecification admin() {
        return given().auth().oauth2(Cases.admin()).contentType(ContentType.JSON);
    }

    static Map<String, Object> officer(String nip, String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nip", nip);
        body.put("name", "Rina Wulandari");
        body.put("post", "Analis Kebijakan Ahli Pertama");
        body.put("role", role);
        body.put("unitCode", "BIRO-ORG");
        body.put("section", "Bagian Tata Laksana");
        body.put("activeFrom", "2024-01-01");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Test
    void aFreshSystemKnowsTheProvincesUnitsWithTheirOfficialNamesAndHeadsPosts() {
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/units/DINKES").then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Dinas Kesehatan"))
                .body("headPost", equalTo("Kepala Dinas Kesehatan Provinsi Kalimantan Barat"))
                .body("active", equalTo(true));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/units?active=true&size=100").then().statusCode(200)
                .body("items.code", hasItem("BAPPEDA")).body("items.code", hasItem("BIRO-ORG"))
                .body("items.code", hasItem("DISDIK"));
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/units/DINKES/history").then().statusCode(200)
                .body("[0].version", equalTo(1)).body("[0].before", nullValue())
                .body("[0].after.name", equalTo("Dinas Kesehatan"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/units/NOPE").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theAdminRegistersAndReplacesAUnitWithItsVersionAndEveryChangeIsKept() {
        Map<String, Object> body = new HashMap<>(Map.of("name", "UPT Balai Latihan Kerja",
                "headPost", "Kepala UPT Balai Latihan Kerja", "address", "Jl. Adisucipto, Pontianak", "active", true));
        admin().body(body).put("/api/v1/units/UPT-BLK").then().statusCode(201).header("ETag", "\"1\"")
                .body("code", equalTo("UPT-BLK")).body("version", equalTo(1));
        // Replacing needs the current version.
        body.put("name", "UPT Balai Latihan Kerja Pontianak");
        admin().body(body).put("/api/v1/units/UPT-BLK").then().statusCode(428)
                .contentType("application/problem+json").body("currentVersion", equalTo(1));
        admin().header("If-Match", "\"7\"").body(body).put("/api/v1/units/UPT-BLK").then().statusCode(412);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/units/UPT-BLK").then()
                .body("name", equalTo("UPT Balai Latihan Kerja"));
        admin().header("If-Match", "\"1\"").body(body).put("/api/v1/units/UPT-BLK").then().statusCode(200)
                .header("ETag", "\"2\"").body("name", equalTo("UPT Balai Latihan Kerja Pontianak"));
        // The same record again changes nothing.
        admin().header("If-Match", "\"2\"").body(body).put("/api/v1/units/UPT-BLK").then().statusCode(200)
                .body("version", equalTo(2));

        given().auth().oauth2(Tokens.auditor()).get("/api/v1/units/UPT-BLK/history").then().statusCode(200)
                .body("version", contains(1, 2)).body("[0].before", nullValue())
                .body("[1].before.name", equalTo("UPT Balai Latihan Kerja"))
                .body("[1].after.name", equalTo("UPT Balai Latihan Kerja Pontianak"))
                .body("changedByUpn", everyItem(equalTo("admin.one")))
                .body("changedByName", everyItem(equalTo("Test admin.one")));
        // An If-Match for a unit that does not exist is stale, and nothing is created.
        admin().header("If-Match", "\"1\"").body(body).put("/api/v1/units/UPT-NEW").then().statusCode(412);
        assertEquals(0, count("select count(*) from unit where code = 'UPT-NEW'"));
    }

    @Test
    void aBadUnitIsRefusedAndNothingStored() {
        long before = count("select count(*) from reference_change");
        admin().body(Map.of("headPost", "Kepala", "active", true)).put("/api/v1/units/UPT-X").then().statusCode(400)
                .body("violations.field", hasItem(containsString("name")));
        admin().body(Map.of("name", "N", "headPost", "Kepala", "active", "ya")).put("/api/v1/units/UPT-X").then()
                .statusCode(400);
        admin().body(Map.of("name", "N", "headPost", "Kepala", "active", true)).put("/api/v1/units/-bad code")
                .then().statusCode(400).body("violations[0].field", equalTo("code"));
        // a new unit's code is upper case, as the unit claim carries it: no "dinkes" beside "DINKES"
        for (String code : List.of("dinkes", "1.5", "99999999999999999999", "not-a-uuid")) {
            admin().body(Map.of("name", "N", "headPost", "Kepala", "active", true)).put("/api/v1/units/" + code)
                    .then().statusCode(400).body("violations[0].field", equalTo("code"));
        }
        admin().body(Map.of("name", "N", "headPost", "K".repeat(201), "active", true)).put("/api/v1/units/UPT-X")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON)
                .body(Map.of("name", "N", "headPost", "Kepala", "active", true)).put("/api/v1/units/UPT-X").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertEquals(before, count("select count(*) from reference_change"));
        assertEquals(0, count("select count(*) from unit where code = 'UPT-X'"));
    }

    @Test
    void theAdminRegistersAnOfficerAndEveryChangeIsKeptWithWhoAndWhen() {
        Map<String, Object> body = officer("198807072012122001", "pelaksana");
        admin().body(body).put("/api/v1/officers/rina.w").then().statusCode(201).header("ETag", "\"1\"")
                .body("upn", equalTo("rina.w")).body("nip", equalTo("198807072012122001"))
                .body("role", equalTo("pelaksana")).body("activeTo", nullValue());
        Map<String, Object> moved = with(body, "post", "Analis Kebijakan Ahli Muda");
        moved.put("activeTo", "2030-12-31");
        admin().body(moved).put("/api/v1/officers/rina.w").then().statusCode(428);
        admin().header("If-Match", "\"1\"").body(moved).put("/api/v1/officers/rina.w").then().statusCode(200)
                .header("ETag", "\"2\"").body("post", equalTo("Analis Kebijakan Ahli Muda"));
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/officers/rina.w/history").then().statusCode(200)
                .body("version", contains(1, 2)).body("[1].before.post", equalTo("Analis Kebijakan Ahli Pertama"))
                .body("[1].after.post", equalTo("Analis Kebijakan Ahli Muda"))
                .body("[1].after.activeTo", equalTo("2030-12-31")).body("[1].changedByUpn", equalTo("admin.one"));
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/officers?role=pelaksana&active=true&size=100").then()
                .statusCode(200).body("items.upn", hasItem("rina.w")).body("items.upn", not(hasItem("pelaksana.retired")))
                .body("items.role", everyItem(equalTo("pelaksana")));
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/officers?role=pelaksana&active=false&size=100").then()
                .statusCode(200).body("items.upn", hasItem("pelaksana.retired")).body("items.upn", not(hasItem("rina.w")));
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/officers?role=bupati").then().statusCode(400);
    }

    @Test
    void aBadOfficerIsRefusedNamingTheFieldAndNothingStored() {
        long before = count("select count(*) from reference_change");
        Map<String, Object> good = officer("198908082013031002", "pelaksana");
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("nip", with(good, "nip", "198913082013031002"));
        bad.put("role", with(good, "role", "bupati"));
        bad.put("unitCode", with(good, "unitCode", "NOPE"));
        bad.put("activeTo", with(good, "activeTo", "2023-12-31"));
        for (var entry : bad.entrySet()) {
            admin().body(entry.getValue()).put("/api/v1/officers/budi.s").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo(entry.getKey()));
        }
        // Another officer's NIP.
        admin().body(with(good, "nip", "199003032015031003")).put("/api/v1/officers/budi.s").then().statusCode(400)
                .body("violations[0].field", equalTo("nip"));
        admin().body(with(good, "activeFrom", 20240101)).put("/api/v1/officers/budi.s").then().statusCode(400);
        admin().body(good).put("/api/v1/officers/has space").then().statusCode(400)
                .body("violations[0].field", equalTo("upn"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(good)
                .put("/api/v1/officers/budi.s").then().statusCode(403);
        assertEquals(before, count("select count(*) from reference_change"));
        assertEquals(0, count("select count(*) from officer where upn = 'budi.s'"));
    }

    @Test
    void archiveServiceReadsOfficersWithItsOwnTokenAndChangesNothing() {
        given().auth().oauth2(Tokens.archiveService()).get("/api/v1/officers/arsiparis.one").then().statusCode(200)
                .body("role", equalTo("arsiparis")).body("nip", equalTo("198504042010012004"));
        given().auth().oauth2(Tokens.archiveService()).get("/api/v1/officers?nip=198504042010012004").then()
                .statusCode(200).body("items.upn", contains("arsiparis.one"));
        given().auth().oauth2(Tokens.archiveService()).contentType(ContentType.JSON).body(Map.of())
                .put("/api/v1/officers/arsiparis.one").then().statusCode(403);
        given().auth().oauth2(Tokens.reviewService()).get("/api/v1/officers/arsiparis.one").then().statusCode(403);
        given().auth().oauth2(Tokens.unit("DINKES")).get("/api/v1/officers/arsiparis.one").then().statusCode(403);
    }

    @Test
    void aCaseAddressedToAnUnknownOrInactiveUnitIsRefusedAndNothingStored() {
        admin().body(Map.of("name", "Unit Lama", "headPost", "Kepala Unit Lama", "active", false))
                .put("/api/v1/units/UNIT-LAMA").then().statusCode(201);
        long cases = count("select count(*) from correction_case");
        for (String unknown : List.of("NOPE", "UNIT-LAMA")) {
            Map<String, Object> body = new HashMap<>(Cases.openCaseBody());
            body.put("targetUnits", List.of(Cases.UNIT_A, unknown));
            given().auth().oauth2(Tokens.karo()).header("Accept-Language", "id").contentType(ContentType.JSON)
                    .body(body).post("/api/v1/cases").then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("targetUnits[1]"))
                    .body("detail", containsString("bukan unit aktif"));
        }
        assertEquals(cases, count("select count(*) from correction_case"));
    }

    private String forwarded() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 1, 1, 1)));
        Cases.forward(id);
        return id;
    }

    @Test
    void onlyAnOfficerInPostAsPelaksanaCanBeAssignedAndNothingChangesOtherwise() {
        String id = forwarded();
        String etag = given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + id).header("ETag");
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("nobody.here", "upn");
        refused.put("pelaksana.retired", "upn");
        refused.put("arsiparis.one", "upn");
        for (var entry : refused.entrySet()) {
            given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("upn", entry.getKey()))
                    .post("/api/v1/cases/" + id + "/assignment").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                    .body("violations[0].field", equalTo(entry.getValue()))
                    .body("detail", containsString(entry.getKey()));
        }
        given().auth().oauth2(Tokens.kasubbag()).header("Accept-Language", "id").contentType(ContentType.JSON)
                .body(Map.of("upn", "nobody.here")).post("/api/v1/cases/" + id + "/assignment").then()
                .statusCode(400).body("detail", containsString("tidak terdaftar"));
        // By a NIP nobody holds: the field named is the NIP.
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("nip", "199512122020121001"))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(400)
                .body("violations[0].field", equalTo("nip"));
        // A upn with another officer's NIP.
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("upn", "pelaksana.one", "nip", "199104042016032004"))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(400)
                .body("violations[0].field", equalTo("nip"));
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + id).then().body("state", equalTo("FORWARDED"))
                .body("assigneeUpn", nullValue()).header("ETag", etag);
        assertEquals(0, count("select count(*) from task where case_id = '" + id + "' and kind = 'DRAFT'"));

        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("nip", "199003032015031003"))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(200)
                .body("assigneeUpn", equalTo("pelaksana.one")).body("assigneeNip", equalTo("199003032015031003"))
                .body("assigneeName", equalTo("Pelaksana Satu"))
                .body("assigneePost", equalTo("Analis Kebijakan Ahli Pertama"));
    }

    @Test
    void anOfficerWhoseTermHasEndedCanNoLongerBeAssigned() {
        Map<String, Object> body = officer("199306062018012001", "pelaksana");
        body.put("activeTo", LocalDate.now().minusDays(2).toString());
        admin().body(body).put("/api/v1/officers/dewi.ended").then().statusCode(201);
        String id = forwarded();
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("upn", "dewi.ended"))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(400)
                .body("violations[0].field", equalTo("upn")).body("detail", containsString("pelaksana"));
        body.put("activeTo", LocalDate.now().plusYears(1).toString());
        admin().header("If-Match", "\"1\"").body(body).put("/api/v1/officers/dewi.ended").then().statusCode(200);
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("upn", "dewi.ended"))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(200)
                .body("assigneeName", equalTo("Rina Wulandari"));
    }

    @Test
    void theMemoKeepsItsAddresseesAsIssuedWhenAUnitIsRenamedLater() {
        admin().body(Map.of("name", "Badan Contoh", "headPost", "Kepala Badan Contoh", "active", true))
                .put("/api/v1/units/BADAN-CONTOH").then().statusCode(201);
        Map<String, Object> body = new HashMap<>(Cases.openCaseBody());
        body.put("targetUnits", List.of("BADAN-CONTOH"));
        String id = given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        Cases.issueMemo(id);
        admin().header("If-Match", "\"1\"")
                .body(Map.of("name", "Badan Baru", "headPost", "Kepala Badan Baru", "active", true))
                .put("/api/v1/units/BADAN-CONTOH").then().statusCode(200);
        given().auth().oauth2(Tokens.unit("BADAN-CONTOH")).get("/api/v1/cases/" + id + "/memo").then()
                .statusCode(200).body("to", contains("Kepala Badan Contoh"))
                .body("addressees[0].unitCode", equalTo("BADAN-CONTOH"))
                .body("addressees[0].unitName", equalTo("Badan Contoh"));
    }
}
