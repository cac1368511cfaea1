package id.go.kalbarprov.sop.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    @Test
    void identicalTreesHaveNoChanges() {
        Map<String, Object> doc = Map.of("a", 1, "rows", List.of(Map.of("x", "1")));
        assertTrue(JsonDiff.between(doc, doc).isEmpty());
    }

    @Test
    void changedAddedAndRemovedFieldsAreListedByPath() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("title", "Q1");
        before.put("notes", "old");
        before.put("rows", List.of(Map.of("actualCorrected", "80", "reason", "typo")));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", "Q1");
        after.put("conclusion", "done");
        after.put("rows", List.of(Map.of("actualCorrected", "85", "reason", "typo")));
        assertEquals(List.of(
                new JsonDiff.Change("$.conclusion", JsonDiff.Kind.ADDED, null, "done"),
                new JsonDiff.Change("$.notes", JsonDiff.Kind.REMOVED, "old", null),
                new JsonDiff.Change("$.rows[0].actualCorrected", JsonDiff.Kind.CHANGED, "80", "85")),
                JsonDiff.between(before, after));
    }

    @Test
    void listElementsAddedOrRemovedAtTheEnd() {
        assertEquals(List.of(new JsonDiff.Change("$.r[2]", JsonDiff.Kind.ADDED, null, 3)),
                JsonDiff.between(Map.of("r", List.of(1, 2)), Map.of("r", List.of(1, 2, 3))));
        assertEquals(List.of(new JsonDiff.Change("$.r[1]", JsonDiff.Kind.REMOVED, 2, null)),
                JsonDiff.between(Map.of("r", List.of(1, 2)), Map.of("r", List.of(1))));
    }

    @Test
    void equalNumbersOfDifferentScaleAreNotAChangeButATypeChangeIs() {
        assertTrue(JsonDiff.between(Map.of("v", new BigDecimal("1.50")), Map.of("v", new BigDecimal("1.5"))).isEmpty());
        assertEquals(1, JsonDiff.between(Map.of("v", 1), Map.of("v", "1")).size());
        assertEquals(1, JsonDiff.between(Map.of("v", Map.of()), Map.of("v", List.of())).size());
    }

    @Test
    void keysThatAreNotIdentifiersAreQuoted() {
        assertEquals("$['a b']", JsonDiff.between(Map.of("a b", 1), Map.of("a b", 2)).get(0).path());
    }
}
