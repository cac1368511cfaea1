package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.review.domain.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Mutu Baku report for steps 5–7: per level, the turns done in a period, the median and 90th percentile of actual
 * minutes (actionable to done) against the standard, how many exceeded it, and how many ended in a return.
 */
@ApplicationScoped
public class ServiceLevelReport {

    @Inject
    EntityManager em;

    public List<StepLevel> between(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT level, count(*),
                               percentile_disc(0.5) WITHIN GROUP (ORDER BY minutes),
                               percentile_disc(0.9) WITHIN GROUP (ORDER BY minutes),
                               max(standard_minutes),
                               count(*) FILTER (WHERE minutes > standard_minutes),
                               count(*) FILTER (WHERE outcome = 'RETURNED')
                        FROM (SELECT level, standard_minutes, outcome,
                                     extract(epoch FROM done_at - actionable_at) / 60.0 AS minutes
                              FROM review_task WHERE done_at >= ?1 AND done_at < ?2) t
                        GROUP BY level ORDER BY level""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(r -> {
            Level level = Level.of(((Number) r[0]).intValue());
            return new StepLevel(level.number, level.role, level.post, ((Number) r[1]).longValue(),
                    minutes(r[2]), minutes(r[3]), ((Number) r[4]).intValue(), ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue());
        }).toList();
    }

    private static BigDecimal minutes(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    public record StepLevel(int step, String actorRole, String post, long count, BigDecimal medianMinutes,
                            BigDecimal p90Minutes, int standardMinutes, long breaches, long returns) {
    }
}
