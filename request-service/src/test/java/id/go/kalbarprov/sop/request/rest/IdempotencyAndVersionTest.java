package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Retries with an Idempotency-Key, stale versions and concurrent changes. */
@QuarkusTest
class IdempotencyAndVersionTest {

    @Inject
    EntityManager em;

    private long cases(String title) {
        return ((Number) em.createNativeQuery("select count(*) from correction_case where title = ?1")
                .setParameter(1, title).getSingleResult()).longValue();
    }

    private Map<String, Object> openBody(String title) {
        Map<String, Object> body = new HashMap<>(Cases.openCaseBody());
        body.put("title", title);
        return body;
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndCreatesNothingMore() {
        String title = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(Tokens.karo()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(openBody(title)).post("/api/v1/cases");
        first.then().statusCode(201);
        Response retry = given().auth().oauth2(Tokens.karo()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(openBody(title)).post("/api/v1/cases");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).header("Location", first.header("Location"));
        assertEquals(1, cases(title));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String title = "idem-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.karo()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(openBody(title)).post("/api/v1/cases").then().statusCode(201);
        given().auth().oauth2(Tokens.karo()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(openBody(title + "-changed")).post("/api/v1/cases").then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(0, cases(title + "-changed"));
    }

    @Test
    void aFailedRequestDoesNotConsumeItsKey() {
        String key = UUID.randomUUID().toString();
        String title = "idem-" + UUID.randomUUID();
        Map<String, Object> bad = openBody(title);
        bad.put("dueDate", "2000-01-01");
        given().auth().oauth2(Tokens.karo()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(bad).post("/api/v1/cases").then().statusCode(400);
        given().auth().oauth2(Tokens.karo()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(openBody(title)).post("/api/v1/cases").then().statusCode(201);
    }

    @Test
    void theSameKeySentInParallelHasExactlyOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        String title = "idem-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> given().auth().oauth2(Tokens.karo()).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(openBody(title)).post("/api/v1/cases")));
        }
        Set<String> ids = new HashSet<>();
        for (Future<Response> answer : answers) {
            Response r = answer.get();
            assertEquals(201, r.statusCode(), r.body().asString());
            ids.add(r.path("id"));
        }
        pool.shutdown();
        assertEquals(1, ids.size());
        assertEquals(1, cases(title));
    }

    @Test
    void aKeyIsPerCaller() {
        String key = UUID.randomUUID().toString();
        String title = "idem-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.karo()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(openBody(title)).post("/api/v1/cases").then().statusCode(201);
        given().auth().oauth2(Tokens.of("karo", "karo.two", null, null)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(openBody(title)).post("/api/v1/cases").then().statusCode(201);
        assertEquals(2, cases(title));
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String id = Cases.open();
        String etag = given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id).header("ETag");
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 1, 1, 1)));
        given().auth().oauth2(Tokens.kabag()).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/cases/" + id + "/forward").then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        String current = given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id).then()
                .body("state", equalTo("COLLECTING")).extract().header("ETag");
        given().auth().oauth2(Tokens.kabag()).header("If-Match", current).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
    }

    @Test
    void changingAnExistingDraftNeedsItsCurrentVersion() {
        Cases.Drafting c = Cases.drafting();
        int v = Cases.compose(c.id(), c.rowsA(), null);
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON).body(Map.of("rowIds", c.allRows()))
                .put("/api/v1/cases/" + c.id() + "/draft").then().statusCode(428)
                .body("code", equalTo("PRECONDITION_REQUIRED"));
        Cases.compose(c.id(), c.allRows(), v);
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON).header("If-Match", "\"" + v + "\"")
                .body(Map.of("rowIds", c.rowsB())).put("/api/v1/cases/" + c.id() + "/draft").then().statusCode(412);
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + c.id() + "/draft").then()
                .body("rowIds.size()", equalTo(c.allRows().size())).header("ETag", "\"" + (v + 1) + "\"");
    }

    @Test
    void twoConcurrentAssignmentsWithTheSameVersionLetExactlyOneWin() throws Exception {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 1, 1, 1)));
        Cases.forward(id);
        String etag = given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + id).header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String upn : List.of("pelaksana.one", "pelaksana.two")) {
            calls.add(() -> given().auth().oauth2(Tokens.kasubbag()).header("If-Match", etag)
                    .contentType(ContentType.JSON).body(Map.of("upn", upn))
                    .post("/api/v1/cases/" + id + "/assignment").statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        statuses.sort(Integer::compareTo);
        assertEquals(200, statuses.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(statuses.get(1) == 409 || statuses.get(1) == 412,
                "the loser gets a conflict, got " + statuses);
        Number assigned = (Number) em.createNativeQuery(
                        "select count(*) from task where case_id = ?1 and kind = 'ASSIGNMENT' and done_at is not null")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertEquals(1, assigned.intValue());
    }
}
