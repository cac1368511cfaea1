package id.go.kalbarprov.sop.archive.support;

import static io.restassured.RestAssured.given;

import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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

    /**
     * A CorrectionSigned event as review-service sends it: content matching its hash, sealed by the seal fixtures' key
     * (which the archive trusts in tests) with paraf at 5 and 6, the signature at 7 and the amendments between.
     */
    public static Map<String, Object> signedCorrection(UUID caseId, int version) {
        return SealFixtures.asJson(SealFixtures.signedCorrection(caseId, version));
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
