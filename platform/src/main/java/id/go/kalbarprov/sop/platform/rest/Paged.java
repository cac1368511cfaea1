package id.go.kalbarprov.sop.platform.rest;

import java.util.List;

/** A page of a list: the items, where it is, and how many there are in all. */
public record Paged<T>(List<T> items, int page, int size, long total) {
}
