package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.event.Limits;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a list: the items, where it is, and how many there are in all. */
public record Paged<T>(@Schema(maxItems = Limits.PAGE_ITEMS) List<T> items, int page, int size, long total) {
}
