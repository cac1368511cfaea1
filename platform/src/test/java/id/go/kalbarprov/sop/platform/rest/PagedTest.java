package id.go.kalbarprov.sop.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagedTest {

    @Test
    void aCountUpToTheCapIsExactAndOneBeyondItIsTheCapNotExact() {
        Paged<String> exact = new Paged<>(List.of("a"), 0, 20, Paged.TOTAL_CAP);
        assertEquals(Paged.TOTAL_CAP, exact.total());
        assertTrue(exact.totalExact());
        Paged<String> capped = new Paged<>(List.of("a"), 0, 20, Paged.TOTAL_CAP + 1);
        assertEquals(Paged.TOTAL_CAP, capped.total());
        assertFalse(capped.totalExact());
    }

    @Test
    void aSearchByTextHasItsOwnLowerCap() {
        Paged<String> exact = new Paged<>(List.of(), 0, 20, 7, Paged.SEARCH_TOTAL_CAP);
        assertEquals(7, exact.total());
        assertTrue(exact.totalExact());
        Paged<String> capped = new Paged<>(List.of(), 0, 20, Paged.SEARCH_TOTAL_CAP + 1, Paged.SEARCH_TOTAL_CAP);
        assertEquals(Paged.SEARCH_TOTAL_CAP, capped.total());
        assertFalse(capped.totalExact());
    }
}
