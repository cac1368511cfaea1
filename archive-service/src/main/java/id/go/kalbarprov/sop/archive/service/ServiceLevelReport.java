package id.go.kalbarprov.sop.archive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Mutu Baku report for steps 8–10: for each step done in a period, how many, the median and 90th percentile of
 * actual minutes (from actionable to done) against the standard, and how many exceeded their standard.
 */
@ApplicationScoped
public class ServiceLevelReport {

    @Inject
    EntityManager em;

    public List<StepLevel> between(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT step, kind, count(*),
                               percentile_disc(0.5) WITHIN GROUP (ORDER BY minutes),
                               percentile_disc(0.9) WITHIN GROUP (ORDER BY minutes),
                               max(standard_minutes),
                               count(*) FILTER (WHERE minutes > standard_minutes)
                        FROM (SELECT step, kind, standard_minutes,
                                     extract(epoch FROM done_at - actionable_at) / 60.0 AS minutes
                              FROM task WHERE done_at >= ?1 AND done_at < ?2) t
                        GROUP BY step, kind ORDER BY step, kind""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(r -> new StepLevel(((Number) r[0]).intValue(), (String) r[1],
                ((Number) r[2]).longValue(), minutes(r[3]), minutes(r[4]), ((Number) r[5]).intValue(),
                ((Number) r[6]).longValue())).toList();
    }

    private static BigDecimal minutes(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    public record StepLevel(int step, String task, long count, BigDecimal medianMinutes, BigDecimal p90Minutes,
                            int standardMinutes, long breaches) {
    }
}
