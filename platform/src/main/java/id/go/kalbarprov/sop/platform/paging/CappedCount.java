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

    /** As {@link #of(Class, String, Map)}, counted up to {@code cap} + 1 (e.g. {@link Paged#TEXT_TOTAL_CAP}). */
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

    private static long from(EntityManager em, String from, Map<String, Object> params, int cap) {
        // A row of one constant per match, LIMIT cap + 1: HQL has no LIMIT in a subquery without an order, and an
        // order would make the database read every match before it stops.
        TypedQuery<Integer> rows = em.createQuery("select 1 " + from, Integer.class).setMaxResults(cap + 1);
        params.forEach(rows::setParameter);
        return rows.getResultList().size();
    }
}
