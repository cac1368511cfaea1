package id.go.kalbarprov.sop.archive.persistence;

import id.go.kalbarprov.sop.archive.domain.AccessClass;
import id.go.kalbarprov.sop.archive.domain.ArchiveOrderState;
import id.go.kalbarprov.sop.platform.domain.Period;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.LazyGroup;
import org.hibernate.type.SqlTypes;
import org.hibernate.annotations.DynamicUpdate;

/** A signed correction received from review-service, on its way through steps 8–10 into the archive. */
@DynamicUpdate // only changed columns: the runtime role may update only those the workflow moves
@Entity
@Table(name = "archive_order")
public class ArchiveOrderEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "review_id")
    public UUID reviewId;
    @Column(name = "correction_version")
    public int correctionVersion;
    @Column(name = "draft_version")
    public int draftVersion;
    public String title;
    public int year;
    @Enumerated(EnumType.STRING)
    public Period period;
    /** Up to 900,000 characters: loaded only when read (one order, or when filed), never with a list. */
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("content")
    public String content;
    @Column(name = "content_hash")
    public String contentHash;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Map<String, Object>> seals;
    /** The sealed amendments after the level-5 paraf, as they arrived. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Map<String, Object>> amendments;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "document_date")
    public java.time.LocalDate documentDate;
    @Column(name = "signed_at")
    public Instant signedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "received_from")
    public String receivedFrom;
    @Enumerated(EnumType.STRING)
    public ArchiveOrderState state;
    @Version
    public int version;

    @Column(name = "ordered_by_upn")
    public String orderedByUpn;
    @Column(name = "ordered_by_nip")
    public String orderedByNip;
    @Column(name = "ordered_by_name")
    public String orderedByName;
    @Column(name = "ordered_acting")
    public boolean orderedActing;
    @Column(name = "ordered_at")
    public Instant orderedAt;
    @Column(name = "order_note")
    public String orderNote;

    @Column(name = "delegated_by_upn")
    public String delegatedByUpn;
    @Column(name = "delegated_by_nip")
    public String delegatedByNip;
    @Column(name = "delegated_by_name")
    public String delegatedByName;
    @Column(name = "delegated_acting")
    public boolean delegatedActing;
    @Column(name = "delegated_at")
    public Instant delegatedAt;
    @Column(name = "delegation_note")
    public String delegationNote;
    @Column(name = "archivist_upn")
    public String archivistUpn;
    @Column(name = "archivist_nip")
    public String archivistNip;

    @Column(name = "record_id")
    public UUID recordId;
    @Column(name = "filed_at")
    public Instant filedAt;
    /** The access class of the record it was filed as; null until filed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "access_class")
    public AccessClass accessClass;

    /** The signed PDF as it arrived: not loaded with the order, only when served or filed. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("pdf")
    public byte[] pdf;
    @Column(name = "pdf_sha256")
    public String pdfSha256;
    /** The random id of the document's public verification address. */
    @Column(name = "verification_id")
    public String verificationId;

    public static Optional<ArchiveOrderEntity> byEvent(UUID eventId) {
        return find("eventId", eventId).firstResultOptional();
    }

    public static Optional<ArchiveOrderEntity> byCaseVersion(UUID caseId, int correctionVersion) {
        return find("caseId = ?1 and correctionVersion = ?2", caseId, correctionVersion).firstResultOptional();
    }
}
