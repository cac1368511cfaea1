package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.event.Limits;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a list: the items, where it is, and how many there are in all — exactly up to {@value #TOTAL_CAP}; beyond
 * that {@code total} is {@value #TOTAL_CAP} and {@code totalExact} is false. Counting every match of a list that may
 * hold a million rows costs as much as reading them; no one pages through more than a thousand items, and "1,000 or
 * more" is what a reader needs to narrow the filter. Pages are still addressed by {@code page} and {@code size}.
 */
public record Paged<T>(
        @Schema(maxItems = Limits.PAGE_ITEMS) List<T> items,
        int page,
        int size,
        @Schema(description = TOTAL) long total,
        @Schema(description = TOTAL_EXACT) boolean totalExact) {

    /** The highest exact total a list reports. */
    public static final int TOTAL_CAP = 1000;
    /**
     * The highest exact total of a search whose matches lie scattered among the rows: a text in the records'
     * descriptions, a unit among the addressees of a million cases. Counting to a thousand matches that are one row in
     * a hundred reads a hundred thousand rows (one in twenty: twenty thousand, 5 ms at 1M cases); counting to a hundred
     * reads a tenth of that, which keeps such a search about as fast over a million rows as over a thousand.
     */
    public static final int SEARCH_TOTAL_CAP = 100;
    /** The OpenAPI description of {@code total}, for a page type that cannot be this generic record. */
    public static final String TOTAL = "How many items the list holds in all, counted exactly up to " + TOTAL_CAP
            + "; when more match, " + TOTAL_CAP + " and totalExact is false (narrow the filter to count them). "
            + "Page with page and size until a page has fewer than size items.";
    /** The OpenAPI description of {@code totalExact}. */
    public static final String TOTAL_EXACT = "True when total is the exact count; false when more than " + TOTAL_CAP
            + " items match and total is capped at " + TOTAL_CAP + ".";

    /** A page whose total was counted with {@link CappedCount} (at most {@value #TOTAL_CAP} + 1) or exactly. */
    public Paged(List<T> items, int page, int size, long counted) {
        this(items, page, size, counted, TOTAL_CAP);
    }

    /** A page whose total was counted up to {@code cap} + 1. */
    public Paged(List<T> items, int page, int size, long counted, int cap) {
        this(items, page, size, Math.min(counted, cap), counted <= cap);
    }
}
