package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/** A file on a case, a unit's submission or a draft version: its metadata and SHA-256 (the bytes are in a store). */
@DynamicUpdate // only a case-level reply letter moves to its submission; nothing else changes
@Entity
@Table(name = "attachment")
public class AttachmentEntity extends PanacheEntityBase {

    public static final String CASE = "CASE";
    public static final String SUBMISSION = "SUBMISSION";
    public static final String DRAFT = "DRAFT";

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "parent_kind")
    public String parentKind;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "draft_version")
    public Integer draftVersion;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    public String description;
    public String store;
    @Column(name = "uploaded_by_upn")
    public String uploadedByUpn;
    @Column(name = "uploaded_by_name")
    public String uploadedByName;
    @Column(name = "uploaded_by_role")
    public String uploadedByRole;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    public static List<AttachmentEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 and parentKind = ?2 order by uploadedAt, id", caseId, CASE);
    }

    public static List<AttachmentEntity> ofSubmissions(Collection<UUID> submissionIds) {
        return submissionIds.isEmpty() ? List.of()
                : list("submissionId in ?1 order by uploadedAt, id", submissionIds);
    }

    public static List<AttachmentEntity> ofDraft(UUID caseId, int number) {
        return list("caseId = ?1 and draftVersion = ?2 order by uploadedAt, id", caseId, number);
    }

    public static List<AttachmentEntity> allOf(UUID caseId) {
        return list("caseId = ?1 order by uploadedAt, id", caseId);
    }
}
