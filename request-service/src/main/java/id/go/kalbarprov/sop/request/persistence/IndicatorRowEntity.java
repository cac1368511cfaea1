package id.go.kalbarprov.sop.request.persistence;

import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.Period;
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
    public BigDecimal target;
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

    public static List<IndicatorRowEntity> ofSubmissions(Collection<UUID> submissionIds) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        return list("submissionId in ?1 order by submissionId, lineNo", submissionIds);
    }
}
