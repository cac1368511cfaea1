package id.go.kalbarprov.sop.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DraftRowsTest {

    private final UUID a1 = UUID.randomUUID();
    private final UUID a2 = UUID.randomUUID();
    private final UUID a3 = UUID.randomUUID();
    private final UUID b1 = UUID.randomUUID();
    private final UUID n1 = UUID.randomUUID();
    private final UUID n3 = UUID.randomUUID();
    private final UUID n9 = UUID.randomUUID();

    @Test
    void theUnitsRowsAreReplacedByIndicatorDroppedWhenGoneAndNewIndicatorsAdded() {
        Map<UUID, String> replaced = Map.of(a1, "IKU-1", a2, "IKU-2", a3, "IKU-3");
        Map<String, UUID> resubmitted = new LinkedHashMap<>();
        resubmitted.put("IKU-1", n1);
        resubmitted.put("IKU-3", n3);
        resubmitted.put("IKU-9", n9);
        // The pelaksana had left IKU-3 out: it stays out; IKU-2 is no longer submitted; IKU-9 is new.
        assertEquals(List.of(n1, b1, n9),
                DraftRows.afterResubmission(List.of(a1, b1, a2), replaced, resubmitted));
    }

    @Test
    void aDraftWithoutTheUnitsRowsOnlyGainsItsNewIndicators() {
        Map<String, UUID> resubmitted = new LinkedHashMap<>();
        resubmitted.put("IKU-1", n1);
        assertEquals(List.of(b1), DraftRows.afterResubmission(List.of(b1), Map.of(a1, "IKU-1"), resubmitted));
    }
}
