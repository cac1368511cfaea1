package id.go.kalbarprov.sop.review.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.report.ReportScope;
import id.go.kalbarprov.sop.platform.report.ServiceLevels;
import id.go.kalbarprov.sop.review.domain.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/**
 * Mutu Baku report for steps 5–7: per level, the turns done in a period, the median and 90th percentile of actual
 * minutes (actionable to done) against the standard, how many exceeded it, and how many ended in a return.
 */
@ApplicationScoped
public class ServiceLevelReport {

    @Inject
    ServiceLevels serviceLevels;

    public List<StepLevel> between(ReportScope scope) {
        return serviceLevels.between(scope, "review_task", List.of("level"), List.of("outcome = 'RETURNED'"), null)
                .stream().map(row -> {
                    Level level = Level.of(((Number) row.keys()[0]).intValue());
                    ServiceLevels.Figures f = row.figures();
                    return new StepLevel(level.number, level.role, level.post, f.count(), f.medianMinutes(),
                            f.p90Minutes(), f.standardMinutes(), f.breaches(), row.extraCounts()[0]);
                }).toList();
    }

    public record StepLevel(int step, @Schema(maxLength = Limits.KIND) String actorRole,
                            @Schema(maxLength = Limits.NAME) String post, long count, BigDecimal medianMinutes,
                            BigDecimal p90Minutes, int standardMinutes, long breaches, long returns) {
    }
}
