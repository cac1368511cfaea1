package id.go.kalbarprov.sop.archive.persistence;

import id.go.kalbarprov.sop.archive.domain.RetentionMinimums;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.stream.Collectors;

/** Reference data: the minimum retention of a classification before its records may be destroyed. */
@Entity
@Table(name = "retention_minimum")
public class RetentionMinimumEntity extends PanacheEntityBase {

    @Id
    @Column(name = "classification_code")
    public String classificationCode;
    @Column(name = "minimum_years")
    public int minimumYears;
    public String source;

    public static List<RetentionMinimumEntity> all() {
        return listAll(Sort.ascending("classificationCode"));
    }

    /** Every minimum, as the domain rule that checks a destroying rule. */
    public static RetentionMinimums rules() {
        return new RetentionMinimums(RetentionMinimumEntity.<RetentionMinimumEntity>listAll().stream()
                .collect(Collectors.toMap(m -> m.classificationCode, m -> m.minimumYears)));
    }
}
