package id.go.kalbarprov.sop.platform.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.event.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The Mutu Baku figures of tasks done in a period, grouped as a service chooses: how many, the median and 90th
 * percentile of actual working minutes (actionable to done, counted by the working calendar: office hours only, no
 * weekends, holidays or cuti bersama) against the standard, and how many exceeded it. A service's task table has
 * {@code actionable_at}, {@code done_at} and {@code standard_minutes}; the minutes come from the SQL function
 * {@code working_minutes} over the calendar's stored open hours (platform {@code db/platform}).
 */
@ApplicationScoped
public class ServiceLevels {

    /**
     * The rows of a per-step report: a task's kind is its service's SOP step (request-service names 12, archive-service
     * 3), and a kind has one step number; more would be a new SOP.
     */
    public static final int STEP_KINDS = 20;

    /** The SOP's standard for one pass of its ten steps (the sum of the steps' Mutu Baku). */
    public static final int ONE_PASS_MINUTES = 110;

    @Inject
    EntityManager em;

    /**
     * One row per group: the {@code groupBy} columns, then count, median, p90, standard minutes and breaches as a
     * {@link Figures}, then each of the {@code extraCounts} (SQL conditions counted per group). {@code unitCases}
     * selects the case ids a unit took part in from {@code :unit} (null where the service does not know units).
     */
    public List<Row> between(ReportScope scope, String table, List<String> groupBy, List<String> extraCounts,
                             String unitCases) {
        String groups = String.join(", ", groupBy);
        StringBuilder extra = new StringBuilder();
        extraCounts.forEach(condition -> extra.append(", count(*) FILTER (WHERE ").append(condition).append(')'));
        Query query = em.createNativeQuery("SELECT " + groups + ", count(*),"
                + " percentile_disc(0.5) WITHIN GROUP (ORDER BY minutes),"
                + " percentile_disc(0.9) WITHIN GROUP (ORDER BY minutes),"
                + " max(standard_minutes),"
                + " count(*) FILTER (WHERE minutes > standard_minutes)" + extra
                + " FROM (SELECT *, working_minutes(actionable_at, done_at) AS minutes FROM " + table
                + " WHERE done_at >= :from AND done_at < :to" + filters(scope, unitCases) + ") t"
                + " GROUP BY " + groups + " ORDER BY " + groups);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(query, scope, unitCases).getResultList();
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

    public List<Row> between(ReportPeriod period, String table, List<String> groupBy, List<String> extraCounts) {
        return between(ReportScope.of(period), table, groupBy, extraCounts, null);
    }

    /** Per step and kind of task, from a service's {@code task} table (request-service, archive-service). */
    public List<StepLevel> perStep(ReportScope scope, String unitCases) {
        return between(scope, "task", List.of("step", "kind"), List.of(), unitCases).stream().limit(STEP_KINDS)
                .map(row -> {
                    Figures f = row.figures();
                    return new StepLevel(((Number) row.keys()[0]).intValue(), (String) row.keys()[1], f.count(),
                            f.medianMinutes(), f.p90Minutes(), f.standardMinutes(), f.breaches());
                }).toList();
    }

    /**
     * One case's working minutes per round against the SOP's standard for one pass ({@link #ONE_PASS_MINUTES}), of
     * the cases with a task done in the scope: a round is counted from each draft (step 4) task, the steps before the
     * first draft belong to round 1; tasks matching {@code aside} (the Nota Dinas) are shown beside the ten steps.
     * At most {@code limit} cases, those finished last first.
     */
    public List<CaseLevel> perCase(ReportScope scope, String unitCases, String aside, int limit) {
        Query query = em.createNativeQuery("""
                SELECT case_id, round, sum(minutes) FILTER (WHERE NOT aside), sum(minutes) FILTER (WHERE aside)
                FROM (SELECT t.case_id, working_minutes(t.actionable_at, t.done_at) AS minutes,
                             (""" + aside + """
                ) AS aside,
                             greatest(1, (SELECT count(*) FROM task d WHERE d.case_id = t.case_id AND d.step = 4
                                          AND d.actionable_at <= t.actionable_at)) AS round
                      FROM task t
                      WHERE t.done_at IS NOT NULL AND t.case_id IN (
                          SELECT case_id FROM (SELECT case_id, max(done_at) AS done FROM task
                                               WHERE done_at >= :from AND done_at < :to""" + filters(scope, unitCases) + """
                                               GROUP BY case_id ORDER BY done DESC, case_id LIMIT :limit) recent)) x
                GROUP BY case_id, round
                ORDER BY case_id, round""");
        bind(query, scope, unitCases).setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        java.util.Map<java.util.UUID, List<Object[]>> byCase = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byCase.computeIfAbsent((java.util.UUID) r[0], id -> new java.util.ArrayList<>()).add(r));
        return byCase.entrySet().stream().map(entry -> {
            java.util.Map<Integer, BigDecimal[]> rounds = new java.util.TreeMap<>();
            for (Object[] r : entry.getValue()) {
                BigDecimal[] sums = rounds.computeIfAbsent(((Number) r[1]).intValue(),
                        n -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(decimal(r[2]));
                sums[1] = sums[1].add(decimal(r[3]));
            }
            List<RoundLevel> perRound = rounds.entrySet().stream().map(round -> new RoundLevel(round.getKey(),
                    round.getValue()[0].setScale(1, RoundingMode.HALF_UP),
                    round.getValue()[0].compareTo(BigDecimal.valueOf(ONE_PASS_MINUTES)) > 0)).toList();
            BigDecimal total = rounds.values().stream().map(sums -> sums[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal besides = rounds.values().stream().map(sums -> sums[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new CaseLevel(entry.getKey(), total.setScale(1, RoundingMode.HALF_UP), ONE_PASS_MINUTES,
                    total.compareTo(BigDecimal.valueOf(ONE_PASS_MINUTES)) > 0,
                    besides.setScale(1, RoundingMode.HALF_UP), perRound);
        }).toList();
    }

    private static String filters(ReportScope scope, String unitCases) {
        String officer = scope.officer() == null ? "" : " AND done_by_upn = :officer";
        String unit = scope.unit() == null || unitCases == null ? "" : " AND case_id IN (" + unitCases + ")";
        return officer + unit;
    }

    private static Query bind(Query query, ReportScope scope, String unitCases) {
        query.setParameter("from", scope.period().from()).setParameter("to", scope.period().to());
        if (scope.officer() != null) {
            query.setParameter("officer", scope.officer());
        }
        if (scope.unit() != null && unitCases != null) {
            query.setParameter("unit", scope.unit());
        }
        return query;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static BigDecimal minutes(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    /** A group's keys (the groupBy columns' values), its figures and its extra counts. */
    public record Row(Object[] keys, Figures figures, long[] extraCounts) {
    }

    public record StepLevel(int step, @Schema(maxLength = 60) String task, long count, BigDecimal medianMinutes, BigDecimal p90Minutes,
                            int standardMinutes, long breaches) {
    }

    /** One case: its working minutes over all rounds against one pass's standard, the Nota Dinas beside. */
    public record CaseLevel(java.util.UUID caseId, BigDecimal workingMinutes, int standardMinutes, boolean breached,
                            BigDecimal memoMinutes,
                            @Schema(maxItems = Limits.VERSION, description = "A round per draft version")
                            List<RoundLevel> rounds) {
    }

    /** A round of a case: from a draft (step 4) to its return, or to the archive. */
    public record RoundLevel(int round, BigDecimal workingMinutes, boolean breached) {
    }

    /** The report over a period: per step and kind of task. */
    public record Report(Instant from, Instant to, @Schema(maxItems = STEP_KINDS) List<StepLevel> steps) {
    }

    public record Figures(long count, BigDecimal medianMinutes, BigDecimal p90Minutes, int standardMinutes,
                          long breaches) {
    }
}
