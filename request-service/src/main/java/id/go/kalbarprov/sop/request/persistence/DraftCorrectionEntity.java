package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The pelaksana corrected a value of a row in the draft (step 4) with a reason; the unit's values at the time are kept
 * beside the corrected ones. Append-only: a later correction of the same row replaces it in the next version.
 */
@Entity
@Table(name = "draft_correction")
public class DraftCorrectionEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "row_id")
    public UUID rowId;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "indicator_code")
    public String indicatorCode;
    public BigDecimal target;
    @Column(name = "actual_corrected")
    public BigDecimal actualCorrected;
    @Column(name = "unit_target")
    public BigDecimal unitTarget;
    @Column(name = "unit_actual_corrected")
    public BigDecimal unitActualCorrected;
    public String reason;
    @Column(name = "corrected_by_upn")
    public String correctedByUpn;
    @Column(name = "corrected_by_nip")
    public String correctedByNip;
    @Column(name = "corrected_by_name")
    public String correctedByName;
    @Column(name = "corrected_by_post")
    public String correctedByPost;
    @Column(name = "corrected_acting")
    public boolean correctedActing;
    @Column(name = "corrected_at")
    public Instant correctedAt;
    /** The working draft's version the correction produced. */
    @Column(name = "draft_version")
    public int draftVersion;

    public static List<DraftCorrectionEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by correctedAt, id", caseId);
    }
}
