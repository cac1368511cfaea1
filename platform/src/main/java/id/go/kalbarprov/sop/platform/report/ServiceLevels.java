package id.go.kalbarprov.sop.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The Mutu Baku figures of tasks done in a period, grouped as a service chooses: how many, the median and 90th
 * percentile of actual minutes (actionable to done) against the standard, and how many exceeded it. A service's task
 * table has {@code actionable_at}, {@code done_at} and {@code standard_minutes}.
 */
@ApplicationScoped
public class ServiceLevels {

    @Inject
    EntityManager em;

    /**
     * One row per group: the {@code groupBy} columns, then count, median, p90, standard minutes and breaches as a
     * {@link Figures}, then each of the {@code extraCounts} (SQL conditions counted per group).
     */
    public List<Row> between(ReportPeriod period, String table, List<String> groupBy, List<String> extraCounts) {
        String groups = String.join(", ", groupBy);
        StringBuilder extra = new StringBuilder();
        extraCounts.forEach(condition -> extra.append(", count(*) FILTER (WHERE ").append(condition).append(')'));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + groups + """
                        , count(*),
                               percentile_disc(0.5) WITHIN GROUP (ORDER BY minutes),
                               percentile_disc(0.9) WITHIN GROUP (ORDER BY minutes),
                               max(standard_minutes),
                               count(*) FILTER (WHERE minutes > standard_minutes)""" + extra + """
                         FROM (SELECT *, extract(epoch FROM done_at - actionable_at) / 60.0 AS minutes
                              FROM """ + " " + table + """
                         WHERE done_at >= ?1 AND done_at < ?2) t
                        GROUP BY """ + " " + groups + " ORDER BY " + groups)
                .setParameter(1, period.from()).setParameter(2, period.to()).getResultList();
        int g = groupBy.size();
        return rows.stream().map(r -> {
            Object[] keys = java.util.Arrays.copyOfRange(r, 0, g);
            Figures figures = new Figures(((Number) r[g]).longValue(), minutes(r[g + 1]), minutes(r[g + 2]),
                    ((Number) r[g + 3]).intValue(), ((Number) r[g + 4]).longValue());
            long[] counts = new long[extraCounts.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = ((Number) r[g + 5 + i]).longValue();
            }
            return new Row(keys, figures, counts);
        }).toList();
    }

    /** Per step and kind of task, from a service's {@code task} table (request-service, archive-service). */
    public List<StepLevel> perStep(ReportPeriod period) {
        return between(period, "task", List.of("step", "kind"), List.of()).stream().map(row -> {
            Figures f = row.figures();
            return new StepLevel(((Number) row.keys()[0]).intValue(), (String) row.keys()[1], f.count(),
                    f.medianMinutes(), f.p90Minutes(), f.standardMinutes(), f.breaches());
        }).toList();
    }

    private static BigDecimal minutes(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    /** A group's keys (the groupBy columns' values), its figures and its extra counts. */
    public record Row(Object[] keys, Figures figures, long[] extraCounts) {
    }

    public record StepLevel(int step, String task, long count, BigDecimal medianMinutes, BigDecimal p90Minutes,
                            int standardMinutes, long breaches) {
    }

    /** The report over a period: per step and kind of task. */
    public record Report(Instant from, Instant to, List<StepLevel> steps) {
    }

    public record Figures(long count, BigDecimal medianMinutes, BigDecimal p90Minutes, int standardMinutes,
                          long breaches) {
    }
}
