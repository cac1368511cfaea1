package id.go.kalbarprov.sop.request.persistence;

import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import id.go.kalbarprov.sop.request.domain.AgreementIndicator;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One indicator of an agreement revision, in the order given. */
@Entity
@Table(name = "agreement_indicator")
public class AgreementIndicatorEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key id;
    @Column(name = "indicator_code")
    public String indicatorCode;
    @Column(name = "indicator_name")
    public String indicatorName;
    @Column(name = "unit_of_measure")
    public String unitOfMeasure;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    @Enumerated(EnumType.STRING)
    @Column(name = "lower_is_better_convention")
    public LowerIsBetterConvention convention;
    @Column(name = "strategic_goal")
    public String strategicGoal;
    public BigDecimal target;
    @Column(name = "target_q1")
    public BigDecimal targetQ1;
    @Column(name = "target_q2")
    public BigDecimal targetQ2;
    @Column(name = "target_q3")
    public BigDecimal targetQ3;
    @Column(name = "target_q4")
    public BigDecimal targetQ4;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "agreement_id")
        public UUID agreementId;
        @Column(name = "line_no")
        public int lineNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.lineNo == lineNo && Objects.equals(k.agreementId, agreementId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agreementId, lineNo);
        }
    }

    public static List<AgreementIndicatorEntity> of(UUID agreementId) {
        return list("id.agreementId = ?1 order by id.lineNo", agreementId);
    }

    public static AgreementIndicatorEntity of(UUID agreementId, int lineNo, AgreementIndicator indicator) {
        AgreementIndicatorEntity e = new AgreementIndicatorEntity();
        e.id = new Key();
        e.id.agreementId = agreementId;
        e.id.lineNo = lineNo;
        e.indicatorCode = indicator.code();
        e.indicatorName = indicator.name();
        e.unitOfMeasure = indicator.unitOfMeasure();
        e.direction = indicator.direction();
        e.convention = indicator.convention();
        e.strategicGoal = indicator.strategicGoal();
        e.target = indicator.target();
        e.targetQ1 = indicator.periodTargets().get(Period.Q1);
        e.targetQ2 = indicator.periodTargets().get(Period.Q2);
        e.targetQ3 = indicator.periodTargets().get(Period.Q3);
        e.targetQ4 = indicator.periodTargets().get(Period.Q4);
        return e;
    }

    public AgreementIndicator indicator() {
        Map<Period, BigDecimal> periods = new EnumMap<>(Period.class);
        put(periods, Period.Q1, targetQ1);
        put(periods, Period.Q2, targetQ2);
        put(periods, Period.Q3, targetQ3);
        put(periods, Period.Q4, targetQ4);
        return new AgreementIndicator(indicatorCode, indicatorName, unitOfMeasure, direction, convention,
                strategicGoal, target, periods);
    }

    private static void put(Map<Period, BigDecimal> periods, Period period, BigDecimal target) {
        if (target != null) {
            periods.put(period, target);
        }
    }
}
