package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One revision of a unit's performance agreement (Perjanjian Kinerja) for a year; never changed once written. */
@Entity
@Table(name = "agreement")
public class AgreementEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "unit_code")
    public String unitCode;
    public int year;
    public int revision;
    public String reason;
    /** {@code API} (a PUT of the whole agreement) or {@code IMPORT} (a spreadsheet). */
    public String source;
    @Column(name = "recorded_by_upn")
    public String recordedByUpn;
    @Column(name = "recorded_by_name")
    public String recordedByName;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static Optional<AgreementEntity> current(String unitCode, int year) {
        return find("unitCode = ?1 and year = ?2 order by revision desc", unitCode, year).firstResultOptional();
    }

    public static Optional<AgreementEntity> revision(String unitCode, int year, int revision) {
        return find("unitCode = ?1 and year = ?2 and revision = ?3", unitCode, year, revision).firstResultOptional();
    }

    public static List<AgreementEntity> revisions(String unitCode, int year, int page, int size) {
        return find("unitCode = ?1 and year = ?2 order by revision desc", unitCode, year).page(page, size).list();
    }

    public static long countRevisions(String unitCode, int year) {
        return count("unitCode = ?1 and year = ?2", unitCode, year);
    }
}
