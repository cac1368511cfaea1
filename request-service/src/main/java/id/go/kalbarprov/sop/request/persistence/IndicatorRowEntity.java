package id.go.kalbarprov.sop.request.persistence;

import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One corrected indicator row of a submission. Achievements are computed, never stored as typed. */
@Entity
@Table(name = "indicator_row")
public class IndicatorRowEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "line_no")
    public int lineNo;
    @Column(name = "indicator_code")
    public String indicatorCode;
    @Column(name = "indicator_name")
    public String indicatorName;
    @Column(name = "strategic_goal")
    public String strategicGoal;
    public int year;
    @Enumerated(EnumType.STRING)
    public Period period;
    @Column(name = "unit_of_measure")
    public String unitOfMeasure;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    /** The agreement's target for the case's period. */
    public BigDecimal target;
    /** A target the unit corrected, with its reason; achievements are computed against it. */
    @Column(name = "target_corrected")
    public BigDecimal targetCorrected;
    @Column(name = "target_correction_reason")
    public String targetCorrectionReason;
    /** The indicator's own lower-is-better convention in the agreement; null: the service's configured one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "lower_is_better_convention")
    public LowerIsBetterConvention convention;
    @Column(name = "actual_reported")
    public BigDecimal actualReported;
    @Column(name = "actual_corrected")
    public BigDecimal actualCorrected;
    public String reason;
    @Column(name = "data_source")
    public String dataSource;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_refs", columnDefinition = "text[]")
    public String[] evidenceRefs;

    /** The target achievements are computed against: the corrected one if the unit gave it, else the agreement's. */
    public BigDecimal effectiveTarget() {
        return targetCorrected != null ? targetCorrected : target;
    }

    /** The convention this row is computed under: its indicator's, else {@code configured}; null unless lower is better. */
    public LowerIsBetterConvention conventionOr(LowerIsBetterConvention configured) {
        if (direction != Direction.LOWER_IS_BETTER) {
            return null;
        }
        return convention != null ? convention : configured;
    }

    public static List<IndicatorRowEntity> ofSubmissions(Collection<UUID> submissionIds) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        return list("submissionId in ?1 order by submissionId, lineNo", submissionIds);
    }
}
