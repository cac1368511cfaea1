package id.go.kalbarprov.sop.platform.paging;

import id.go.kalbarprov.sop.platform.rest.Paged;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Map;

/**
 * The total of a list as {@link Paged} reports it: the matching rows counted up to {@link Paged#TOTAL_CAP} + 1 and no
 * further, so that a list over a million rows costs a bounded count (the database stops reading after the cap).
 */
public final class CappedCount {

    private CappedCount() {
    }

    /**
     * Rows of {@code entity} where {@code where} holds (an HQL condition on its attributes as Panache writes it, with
     * named parameters; blank for all rows), at most {@link Paged#TOTAL_CAP} + 1.
     */
    public static long of(Class<?> entity, String where, Map<String, Object> params) {
        return of(entity, where, params, Paged.TOTAL_CAP);
    }

    /** As {@link #of(Class, String, Map)}, counted up to {@code cap} + 1 (e.g. {@link Paged#SEARCH_TOTAL_CAP}). */
    public static long of(Class<?> entity, String where, Map<String, Object> params, int cap) {
        EntityManager em = Panache.getEntityManager(entity);
        String name = em.getMetamodel().entity(entity).getName();
        return from(em, "from " + name + (where == null || where.isBlank() ? "" : " where " + where), params, cap);
    }

    /**
     * Rows of an HQL {@code from} clause (joins and where included, no order), at most {@link Paged#TOTAL_CAP} + 1.
     */
    public static long from(EntityManager em, String from, Map<String, Object> params) {
        return from(em, from, params, Paged.TOTAL_CAP);
    }

    /**
     * The order of a page of a list whose matches were counted first ({@code counted}, as {@link #of} returns it, up
     * to {@code cap} + 1): {@code order} as given when they are many, and when they are few (within the cap) with its
     * leading attribute wrapped ({@code coalesce(x, x)}) so that no index yields the order. With a LIMIT, an index in
     * the list's order is the planner's pick whenever its statistics take a filter for common: for a unit with no
     * archived cases it walked all 980,000 archived cases of 1M (7–9 s). Counted few, the matches come from their
     * filter's index and are sorted (0.5 ms); counted many, enough rows match for the ordered index to find a page
     * soon (at least one in a thousand of 1M for {@link Paged#TOTAL_CAP}).
     *
     * @param order an HQL order list whose first item is an attribute, e.g. {@code openedAt desc, id}
     */
    public static String orderFor(long counted, int cap, String order) {
        if (counted > cap) {
            return order;
        }
        int end = 0;
        while (end < order.length() && order.charAt(end) != ' ' && order.charAt(end) != ',') {
            end++;
        }
        String leading = order.substring(0, end);
        return "coalesce(" + leading + ", " + leading + ")" + order.substring(end);
    }

    private static long from(EntityManager em, String from, Map<String, Object> params, int cap) {
        // A row of one constant per match, LIMIT cap + 1: HQL has no LIMIT in a subquery without an order, and an
        // order would make the database read every match before it stops.
        TypedQuery<Integer> rows = em.createQuery("select 1 " + from, Integer.class).setMaxResults(cap + 1);
        params.forEach(rows::setParameter);
        return rows.getResultList().size();
    }
}
