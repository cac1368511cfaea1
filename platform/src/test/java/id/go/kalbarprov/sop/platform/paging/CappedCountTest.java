package id.go.kalbarprov.sop.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.rest.Paged;
import org.junit.jupiter.api.Test;

class CappedCountTest {

    @Test
    void manyMatchesKeepTheOrderAnIndexCanGive() {
        assertEquals("openedAt desc, id", CappedCount.orderFor(Paged.TOTAL_CAP + 1, Paged.TOTAL_CAP, "openedAt desc, id"));
    }

    @Test
    void fewMatchesAreSortedByAnOrderNoIndexGives() {
        assertEquals("coalesce(openedAt, openedAt) desc, id", CappedCount.orderFor(Paged.TOTAL_CAP, Paged.TOTAL_CAP, "openedAt desc, id"));
        assertEquals("coalesce(openedAt, openedAt) desc, id", CappedCount.orderFor(0, Paged.TOTAL_CAP, "openedAt desc, id"));
        assertEquals("coalesce(filedAt, filedAt),id", CappedCount.orderFor(3, Paged.TOTAL_CAP, "filedAt,id"));
        assertEquals("coalesce(sequence, sequence)", CappedCount.orderFor(3, Paged.TOTAL_CAP, "sequence"));
        assertEquals("sequence desc", CappedCount.orderFor(Paged.SEARCH_TOTAL_CAP + 1, Paged.SEARCH_TOTAL_CAP, "sequence desc"));
        assertEquals("coalesce(sequence, sequence) desc",
                CappedCount.orderFor(Paged.SEARCH_TOTAL_CAP, Paged.SEARCH_TOTAL_CAP, "sequence desc"));
    }
}
