package id.go.kalbarprov.sop.review.support;

import static io.restassured.RestAssured.given;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drives reviews through the API the way request-service and the reviewers do. */
public final class ReviewApi {

    public static final String PELAKSANA_UPN = "pelaksana.one";

    private ReviewApi() {
    }

    /** The id of the one row of {@link #content}. */
    public static String rowId(UUID caseId) {
        return UUID.nameUUIDFromBytes(caseId.toString().getBytes()).toString();
    }

    /** A draft's content as request-service composes it, with its figures computed by the shared rule. */
    public static Map<String, Object> content(UUID caseId, int draftVersion, String actualCorrected) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rowId", rowId(caseId));
        row.put("unitCode", "DINKES");
        row.put("indicatorCode", "IKU-1");
        row.put("indicatorName", "Persentase layanan");
        row.put("year", 2026);
        row.put("period", "Q1");
        row.put("unitOfMeasure", "%");
        row.put("direction", "HIGHER_IS_BETTER");
        row.put("target", "90");
        row.put("actualReported", "70");
        row.put("actualCorrected", actualCorrected);
        row.put("reason", "Recounted");
        DraftFigures.recompute(row, LowerIsBetterConvention.INVERSE_RATIO);
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("upn", PELAKSANA_UPN);
        by.put("nip", "199003032015031003");
        by.put("name", "Pelaksana Satu");
        by.put("acting", false);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("caseId", caseId.toString());
        content.put("title", "Koreksi data kinerja Q1");
        content.put("year", 2026);
        content.put("period", "Q1");
        content.put("version", draftVersion);
        content.put("lowerIsBetterConvention", "INVERSE_RATIO");
        content.put("rows", List.of(row));
        content.put("notes", "Draft " + draftVersion);
        content.put("compiledBy", by);
        content.put("compiledAt", "2026-03-01T02:00:00Z");
        return content;
    }

    /** The DraftSubmitted body for draft version {@code draftVersion} of a case. */
    public static Map<String, Object> arrival(UUID caseId, int draftVersion, Map<String, Object> content) {
        String text = CanonicalJson.write(content);
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("upn", PELAKSANA_UPN);
        by.put("nip", "199003032015031003");
        by.put("name", "Pelaksana Satu");
        by.put("acting", false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", UUID.randomUUID().toString());
        body.put("type", "DraftSubmitted");
        body.put("caseId", caseId.toString());
        body.put("version", draftVersion);
        body.put("title", "Koreksi data kinerja Q1 2026");
        body.put("year", 2026);
        body.put("period", "Q1");
        body.put("content", text);
        body.put("contentHash", ContentHash.sha256(text));
        body.put("submittedBy", by);
        body.put("submittedAt", "2026-03-01T02:00:00Z");
        return body;
    }

    public static Map<String, Object> arrival(UUID caseId, int draftVersion) {
        return arrival(caseId, draftVersion, content(caseId, draftVersion, "80"));
    }

    /** A new case's first draft arrives; returns the review id. */
    public static UUID open() {
        return open(UUID.randomUUID());
    }

    public static UUID open(UUID caseId) {
        return UUID.fromString(given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(arrival(caseId, 1)).post("/api/v1/reviews")
                .then().statusCode(201).extract().path("id"));
    }

    public static UUID caseOf(UUID reviewId) {
        return UUID.fromString(given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + reviewId)
                .then().statusCode(200).extract().path("caseId"));
    }

    public static io.restassured.response.ValidatableResponse decide(UUID reviewId, String token, String decision,
                                                                     int version, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("version", version);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews/" + reviewId + "/decisions").then();
    }

    public static void approve(UUID reviewId, String token, int version) {
        decide(reviewId, token, "APPROVE", version, null).statusCode(201);
    }

    public static void returnDown(UUID reviewId, String token, int version, String reason) {
        decide(reviewId, token, "RETURN", version, reason).statusCode(201);
    }

    /** An amendment body correcting the actual of the one row of {@link #content}. */
    public static Map<String, Object> correction(UUID caseId, int baseVersion, Object actualCorrected) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rowId", rowId(caseId));
        row.put("unitCode", "DINKES");
        row.put("actualCorrected", actualCorrected);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("baseVersion", baseVersion);
        body.put("rows", new java.util.ArrayList<>(List.of(row)));
        body.put("note", "Corrected the actual value");
        return body;
    }

    public static io.restassured.response.ValidatableResponse amend(UUID reviewId, String token,
                                                                    Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews/" + reviewId + "/amendments").then();
    }

    /** Corrects the actual of the review's one row on top of {@code baseVersion}. */
    public static io.restassured.response.ValidatableResponse amend(UUID reviewId, String token, int baseVersion,
                                                                    String actualCorrected) {
        return amend(reviewId, token, correction(caseOf(reviewId), baseVersion, actualCorrected));
    }

    /** A review approved at levels 5 and 6, waiting for the Karo's signature on version 1. */
    public static UUID atLevel7() {
        UUID id = open();
        approve(id, Tokens.kasubbag(), 1);
        approve(id, Tokens.kabag(), 1);
        return id;
    }

    /**
     * Waits until the signed document of a signed review is stored, with its handoff to archive-service: it is made
     * after the Karo's answer. The limit is generous: the largest correction takes tens of seconds to render on a
     * busy machine.
     */
    public static void awaitSignedDocument(UUID reviewId) {
        Eventually.await("the signed document of review " + reviewId, java.time.Duration.ofMinutes(2),
                () -> SignedDocuments.stored(reviewId) == 1);
    }

    /** A fully signed review (its signed document may still be in the making: {@link #awaitSignedDocument}). */
    public static UUID signed() {
        UUID id = atLevel7();
        approve(id, Tokens.karo(), 1);
        return id;
    }
}
