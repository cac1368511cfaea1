package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Two reviewers at one level at once: exactly one act is recorded, the other gets 409. */
@QuarkusTest
class ConcurrencyTest {

    private static List<Integer> together(List<IntSupplier> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> answers = requests.stream().map(request ->
                    CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return request.getAsInt();
                    }, pool)).toList();
            start.countDown();
            return answers.stream().map(CompletableFuture::join).sorted().toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static IntSupplier approve(UUID id, String token) {
        return () -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", 1))
                .post("/api/v1/reviews/" + id + "/decisions").statusCode();
    }

    @Test
    void twoKasubbagsApprovingLevel5AtOnceGiveOneParafAndOne409() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            UUID id = ReviewApi.open();
            List<Integer> statuses = together(List.of(approve(id, Tokens.kasubbag()),
                    approve(id, Tokens.person("kasubbag", "kasubbag.two", "197502022000032099", false))));
            assertEquals(List.of(201, 409), statuses);
            assertEquals(1, Db.count("SELECT count(*) FROM review_act WHERE review_id = ?", id));
            assertEquals(1, Db.count("SELECT count(*) FROM review_seal WHERE review_id = ?", id));
            assertEquals(2, Db.count("SELECT count(*) FROM review_task WHERE review_id = ?", id));
            assertEquals(6, ((Number) Db.rows("SELECT level FROM review WHERE id = ?", id).get(0).get("level")).intValue());
        }
    }

    @Test
    void twoKarosSigningAtOnceGiveOneSignatureAndOneHandoff() throws Exception {
        UUID id = ReviewApi.atLevel7();
        UUID caseId = ReviewApi.caseOf(id);
        List<Integer> statuses = together(IntStream.range(0, 3).mapToObj(i ->
                approve(id, Tokens.person("karo", "karo.one", "196609211986031004", false))).toList());
        assertEquals(List.of(201, 409, 409), statuses);
        assertEquals(1, Db.count("SELECT count(*) FROM review_act WHERE review_id = ? AND kind = 'SIGNED'", id));
        ReviewApi.awaitSignedDocument(id);
        assertEquals(1, Db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND type = 'CorrectionSigned'",
                caseId));
        assertEquals(1, Db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND type = 'CaseStatus'"
                + " AND payload->>'status' = 'SIGNED'", caseId));
    }

    @Test
    void twoAmendmentsOnTheSameVersionAtOnceGiveOneNewVersion() throws Exception {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        List<Integer> statuses = together(List.of(
                () -> ReviewApi.amend(id, Tokens.kasubbag(), ReviewApi.correction(caseId, 1, "81"))
                        .extract().statusCode(),
                () -> ReviewApi.amend(id, Tokens.kasubbag(), ReviewApi.correction(caseId, 1, "82"))
                        .extract().statusCode()));
        assertEquals(List.of(201, 409), statuses);
        assertEquals(2, Db.count("SELECT count(*) FROM review_version WHERE review_id = ?", id));
    }

    @Test
    void theSameDraftDeliveredTwiceAtOnceOpensOneReview() throws Exception {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = ReviewApi.arrival(caseId, 1);
        IntSupplier deliver = () -> given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").statusCode();
        assertEquals(List.of(200, 201), together(List.of(deliver, deliver)));
        assertEquals(1, Db.count("SELECT count(*) FROM review WHERE case_id = ?", caseId));
    }
}
