package id.go.kalbarprov.sop.request.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.domain.achievement.Decimals;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import id.go.kalbarprov.sop.request.domain.AgreementIndicator;
import id.go.kalbarprov.sop.request.persistence.AgreementEntity;
import id.go.kalbarprov.sop.request.service.AgreementService;
import id.go.kalbarprov.sop.request.service.AgreementWorkbook;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the agreement endpoints answer. */
public final class AgreementViews {

    private AgreementViews() {
    }

    /** One revision of a unit's performance agreement for a year, with its indicators. */
    public record AgreementView(@Schema(maxLength = Limits.UNIT_CODE) String unitCode, int year, int revision,
                                @Schema(maxLength = Limits.REASON) String reason,
                                @Schema(enumeration = {"API", "IMPORT"}) String source,
                                @Schema(maxLength = Limits.UPN) String recordedBy,
                                @Schema(maxLength = Limits.NAME) String recordedByName, Instant recordedAt,
                                @Schema(maxItems = AgreementIndicator.PER_AGREEMENT) List<IndicatorView> indicators) {
        public static AgreementView of(AgreementService.Revision r) {
            AgreementEntity a = r.agreement();
            return new AgreementView(a.unitCode, a.year, a.revision, a.reason, a.source, a.recordedByUpn,
                    a.recordedByName, a.recordedAt, r.indicators().stream().map(IndicatorView::of).toList());
        }
    }

    public record IndicatorView(@Schema(maxLength = AgreementIndicator.CODE) String indicatorCode,
                                @Schema(maxLength = AgreementIndicator.NAME) String indicatorName,
                                @Schema(maxLength = AgreementIndicator.CODE) String unitOfMeasure, Direction direction,
                                LowerIsBetterConvention lowerIsBetterConvention,
                                @Schema(maxLength = AgreementIndicator.NAME) String strategicGoal, BigDecimal target,
                         Map<Period, BigDecimal> periodTargets) {
        public static IndicatorView of(AgreementIndicator i) {
            Map<Period, BigDecimal> periods = new TreeMap<>();
            i.periodTargets().forEach((p, v) -> periods.put(p, Decimals.plain(v)));
            return new IndicatorView(i.code(), i.name(), i.unitOfMeasure(), i.direction(), i.convention(),
                    i.strategicGoal(), Decimals.plain(i.target()), periods);
        }
    }

    /** A revision in the history: who stated it, when and why. */
    public record RevisionView(int revision, @Schema(maxLength = Limits.REASON) String reason, @Schema(enumeration = {"API", "IMPORT"}) String source, @Schema(maxLength = Limits.UPN) String recordedBy, @Schema(maxLength = Limits.NAME) String recordedByName,
                        Instant recordedAt) {
        public static RevisionView of(AgreementEntity a) {
            return new RevisionView(a.revision, a.reason, a.source, a.recordedByUpn, a.recordedByName, a.recordedAt);
        }
    }

    /** What an import did to each unit's agreement for a year. */
    public record ImportedView(@Schema(maxLength = Limits.UNIT_CODE) String unitCode, int year, int revision, int indicators, boolean changed) {
        public static ImportedView of(AgreementService.Stored s) {
            AgreementEntity a = s.revision().agreement();
            return new ImportedView(a.unitCode, a.year, a.revision, s.revision().indicators().size(), s.changed());
        }
    }

    public record ImportView(int agreements, int changed,
                             @Schema(maxItems = AgreementWorkbook.MAX_ROWS) List<ImportedView> items) {
        public static ImportView of(List<AgreementService.Stored> stored) {
            return new ImportView(stored.size(), (int) stored.stream().filter(AgreementService.Stored::changed).count(),
                    stored.stream().map(ImportedView::of).toList());
        }
    }
}
