package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The full walk reads the chain in windows and checks each window's links by themselves on other threads while it
 * reads the next: with windows of two records, a chain of many windows still verifies as one, and of two altered
 * records in different windows the walk names the first in filing order, then, with that one restored, the other;
 * and a fact tampered to a value the service never writes is an altered record, not an error of the walk.
 */
@QuarkusTest
@TestProfile(ChainWindowsTest.TinyWindows.class)
class ChainWindowsTest {

    public static class TinyWindows implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.archive.chain.walk-window", "2");
        }
    }

    @Test
    void ofTwoAlteredRecordsInDifferentWindowsTheFirstInFilingOrderIsNamed() {
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            filed.add(Archive.filed("PUBLIC"));
        }
        long head = Db.count("SELECT last_sequence FROM chain_head");
        walk().body("intact", equalTo(true)).body("checked", equalTo((int) head));

        String earlier = filed.get(1);
        String later = filed.get(5);
        alter(later, " (diubah)");
        alter(earlier, " (diubah)");
        try {
            walk().body("intact", equalTo(false)).body("firstBroken.fault", equalTo("RECORD_ALTERED"))
                    .body("firstBroken.recordId", equalTo(earlier));
            alter(earlier, "");
            walk().body("intact", equalTo(false)).body("firstBroken.fault", equalTo("RECORD_ALTERED"))
                    .body("firstBroken.recordId", equalTo(later));
        } finally {
            alter(earlier, "");
            alter(later, "");
        }
        walk().body("intact", equalTo(true));
    }

    /** The owner writes a value the service never writes (no enum has it): the walk names the record, not a 500. */
    @Test
    void aFactTamperedToAValueTheServiceNeverWritesIsAnAlteredRecord() {
        String tampered = Archive.filed("PUBLIC");
        String medium = (String) Db.rows("SELECT medium FROM archive_record WHERE id = ?::uuid", tampered).get(0)
                .get("medium");
        Db.tamper("UPDATE archive_record SET medium = 'DIUBAH' WHERE id = ?::uuid", tampered);
        try {
            walk().body("intact", equalTo(false)).body("firstBroken.fault", equalTo("RECORD_ALTERED"))
                    .body("firstBroken.recordId", equalTo(tampered));
        } finally {
            Db.tamper("UPDATE archive_record SET medium = ? WHERE id = ?::uuid", medium, tampered);
        }
        walk().body("intact", equalTo(true));
    }

    /** The record's title as filed, with {@code suffix} appended behind the service's back ("" restores it). */
    private static void alter(String recordId, String suffix) {
        Db.tamper("UPDATE archive_record SET title = regexp_replace(title, ' \\(diubah\\)$', '') || ? "
                + "WHERE id = ?::uuid", suffix, recordId);
    }

    private static ValidatableResponse walk() {
        return given().auth().oauth2(Tokens.auditor()).get("/api/v1/records/verification").then().statusCode(200);
    }
}
