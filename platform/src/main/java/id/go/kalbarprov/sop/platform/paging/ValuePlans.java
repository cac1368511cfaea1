package id.go.kalbarprov.sop.platform.paging;

import jakarta.persistence.EntityManager;

/**
 * Plans the rest of the current transaction's statements for the values they are given. The JDBC driver prepares a
 * statement on the server after five calls, and PostgreSQL then may keep one generic plan for all values; for a
 * filtered list over a large table the value decides the plan (a year that holds a quarter of the rows, a text in one
 * description of a hundred), and the generic plan can be many times slower. Planning anew costs a fraction of a
 * millisecond, which a search can afford and a step's write path does not need.
 */
public final class ValuePlans {

    private ValuePlans() {
    }

    /** For the rest of the current transaction; callers are @Transactional (a native update needs a transaction). */
    public static void forThisTransaction(EntityManager em) {
        em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
    }
}
