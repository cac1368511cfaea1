package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The pelaksana's working draft of the correction; submitting it freezes a {@link DraftVersionEntity}. */
@Entity
@Table(name = "draft")
public class DraftEntity extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "row_ids", columnDefinition = "uuid[]")
    public UUID[] rowIds;
    public String notes;
    public String conclusion;
    @Version
    public int version;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
