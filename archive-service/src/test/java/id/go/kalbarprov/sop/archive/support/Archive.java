package id.go.kalbarprov.sop.archive.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drives archive orders through the API: a signed correction arrives, then steps 8, 9 and 10. */
public final class Archive {

    public static final String ARSIPARIS_UPN = "arsiparis.one";
    public static final String ARSIPARIS_NIP = "198504042010012004";

    private Archive() {
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CorrectionSigned event as review-service sends it, with a content that matches its hash. */
    public static Map<String, Object> signedCorrection(UUID caseId, int version) {
        String content = "{\"caseId\":\"" + caseId + "\",\"rows\":[{\"actualCorrected\":\"87.5\","
                + "\"indicatorCode\":\"IKU-1\"}],\"title\":\"Koreksi data kinerja Q1\",\"version\":" + version + "}";
        String hash = sha256(content);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", UUID.randomUUID().toString());
        body.put("type", "CorrectionSigned");
        body.put("caseId", caseId.toString());
        body.put("reviewId", UUID.randomUUID().toString());
        body.put("version", version);
        body.put("draftVersion", 1);
        body.put("title", "Koreksi data kinerja Q1 2026");
        body.put("year", 2026);
        body.put("period", "Q1");
        body.put("content", content);
        body.put("contentHash", hash);
        body.put("seals", List.of(seal(5, "PARAF", "kasubbag.one", version, hash),
                seal(6, "PARAF", "kabag.one", version, hash), seal(7, "SIGNATURE", "karo.one", version, hash)));
        body.put("signedAt", Instant.now().toString());
        return body;
    }

    public static Map<String, Object> seal(int level, String act, String upn, int version, String hash) {
        Map<String, Object> seal = new LinkedHashMap<>();
        seal.put("level", level);
        seal.put("act", act);
        seal.put("upn", upn);
        seal.put("nip", "196609211986031004");
        seal.put("name", "Test " + upn);
        seal.put("post", "Post of " + upn);
        seal.put("acting", false);
        seal.put("at", Instant.now().toString());
        seal.put("version", version);
        seal.put("contentHash", hash);
        seal.put("algorithm", "SHA256withRSA");
        seal.put("keyId", "local-seal-1");
        seal.put("signature", "c2lnbmF0dXJl");
        return seal;
    }

    /** A new signed correction received; returns the archive order id. */
    public static String received() {
        return given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(signedCorrection(UUID.randomUUID(), 3))
                .post("/api/v1/signed-corrections").then().statusCode(201).extract().path("id");
    }

    /** Received and ordered by the Kabag (step 8). */
    public static String ordered() {
        String id = received();
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body("{\"note\":\"Arsipkan\"}")
                .post("/api/v1/archive-orders/" + id + "/order").then().statusCode(200);
        return id;
    }

    /** Ordered and delegated to the standard test arsiparis (step 9). */
    public static String delegated() {
        String id = ordered();
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("upn", ARSIPARIS_UPN, "note", "Mohon diarsipkan"))
                .post("/api/v1/archive-orders/" + id + "/delegation").then().statusCode(200);
        return id;
    }

    /** The body of a valid filing (step 10). */
    public static Map<String, Object> filing(String accessClass) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("classificationCode", "000.8.6.3");
        body.put("fileNumber", "B-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("itemNumber", 1);
        body.put("processingUnit", "ORG");
        body.put("description", "Koreksi data kinerja triwulan I 2026, Biro Organisasi");
        body.put("periodCovered", Map.of("from", "2026-01-01", "to", "2026-03-31"));
        body.put("closingYear", 2026);
        body.put("quantity", 1);
        body.put("medium", "ELECTRONIC");
        body.put("authenticity", "ORIGINAL");
        body.put("accessClass", accessClass);
        body.put("location", Map.of("folder", "F-01", "box", "BX-2026-01", "shelf", "R1-A"));
        return body;
    }

    /** Filed by the delegated arsiparis; returns the record id. */
    public static String filed(String accessClass) {
        return filed(filing(accessClass));
    }

    public static String filed(Map<String, Object> filing) {
        String id = delegated();
        return given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON).body(filing)
                .post("/api/v1/archive-orders/" + id + "/filing").then().statusCode(201).extract().path("id");
    }
}
