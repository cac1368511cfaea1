package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Nota Dinas numbers are unique and gap-free within the year, also when issued at the same moment. */
@QuarkusTest
class MemoNumberingTest {

    @Inject
    EntityManager em;

    @Test
    @SuppressWarnings("unchecked")
    void concurrentIssuesGetDistinctGapFreeNumbers() throws Exception {
        int n = 16;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Cases.open());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String id : ids) {
            calls.add(() -> given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON)
                    .body(Cases.memoBody()).post("/api/v1/cases/" + id + "/memo").statusCode());
            // The same case twice at once: exactly one of the two may take a number.
            calls.add(() -> given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON)
                    .body(Cases.memoBody()).post("/api/v1/cases/" + id + "/memo").statusCode());
        }
        int created = 0;
        for (Future<Integer> f : pool.invokeAll(calls)) {
            int status = f.get();
            if (status == 201) {
                created++;
            } else {
                assertEquals(409, status);
            }
        }
        pool.shutdown();
        assertEquals(n, created);

        List<Number> sequences = em.createNativeQuery(
                "select sequence from memo where year = (select max(year) from memo) order by sequence").getResultList();
        for (int i = 0; i < sequences.size(); i++) {
            assertEquals(i + 1, sequences.get(i).intValue(), "sequence " + sequences);
        }
        Number counter = (Number) em.createNativeQuery(
                "select last_used from memo_counter where year = (select max(year) from memo)").getSingleResult();
        assertEquals(sequences.size(), counter.intValue());
        Number distinct = (Number) em.createNativeQuery("select count(distinct number) from memo").getSingleResult();
        Number all = (Number) em.createNativeQuery("select count(*) from memo").getSingleResult();
        assertEquals(all.longValue(), distinct.longValue());
    }
}
