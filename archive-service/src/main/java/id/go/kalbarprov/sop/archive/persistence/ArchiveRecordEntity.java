package id.go.kalbarprov.sop.archive.persistence;

import id.go.kalbarprov.sop.archive.domain.AccessClass;
import id.go.kalbarprov.sop.archive.domain.Authenticity;
import id.go.kalbarprov.sop.archive.domain.FinalDisposition;
import id.go.kalbarprov.sop.archive.domain.Medium;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.LazyGroup;
import org.hibernate.type.SqlTypes;

/**
 * A filed archive record. Written once; the database refuses any UPDATE or DELETE of it (see the migration), and
 * its {@link #recordHash} chains it to the record filed before it.
 */
@Entity
@Immutable
@Table(name = "archive_record")
public class ArchiveRecordEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public long sequence;
    @Column(name = "order_id")
    public UUID orderId;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "correction_version")
    public int correctionVersion;
    public String title;
    public int year;
    @Enumerated(EnumType.STRING)
    public Period period;
    @Column(name = "classification_code")
    public String classificationCode;
    @Column(name = "file_number")
    public String fileNumber;
    @Column(name = "item_number")
    public int itemNumber;
    @Column(name = "processing_unit")
    public String processingUnit;
    public String description;
    @Column(name = "covered_from")
    public LocalDate coveredFrom;
    @Column(name = "covered_to")
    public LocalDate coveredTo;
    @Column(name = "closing_year")
    public int closingYear;
    public int quantity;
    @Enumerated(EnumType.STRING)
    public Medium medium;
    @Enumerated(EnumType.STRING)
    public Authenticity authenticity;
    @Enumerated(EnumType.STRING)
    @Column(name = "access_class")
    public AccessClass accessClass;
    @Column(name = "location_folder")
    public String locationFolder;
    @Column(name = "location_box")
    public String locationBox;
    @Column(name = "location_shelf")
    public String locationShelf;
    @Column(name = "active_years")
    public int activeYears;
    @Column(name = "inactive_years")
    public int inactiveYears;
    @Enumerated(EnumType.STRING)
    @Column(name = "final_disposition")
    public FinalDisposition finalDisposition;
    @Column(name = "disposition_note")
    public String dispositionNote;
    @Column(name = "inactive_from")
    public LocalDate inactiveFrom;
    @Column(name = "disposition_due")
    public LocalDate dispositionDue;
    /** Up to 900,000 characters: loaded only when read (one record, for a reader its access class admits). */
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("content")
    public String content;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "previous_hash")
    public String previousHash;
    @Column(name = "record_hash")
    public String recordHash;
    @Column(name = "filed_at")
    public Instant filedAt;
    @Column(name = "filed_by_upn")
    public String filedByUpn;
    @Column(name = "filed_by_nip")
    public String filedByNip;
    @Column(name = "filed_by_name")
    public String filedByName;
    @Column(name = "filed_acting")
    public boolean filedActing;
    /** The seals (paraf 5 and 6, signature 7) and sealed amendments the signed correction arrived with. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Map<String, Object>> seals;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Map<String, Object>> amendments;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "document_date")
    public LocalDate documentDate;

    /** The filed item: the signed PDF itself, loaded only when served; its SHA-256 is a chain fact. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("pdf")
    public byte[] pdf;
    @Column(name = "pdf_sha256")
    public String pdfSha256;
    /** The random id of the document's public verification address. */
    @Column(name = "verification_id")
    public String verificationId;

    /** Every fact the record hash covers: all that was filed, except the content itself (covered by its hash). */
    public Map<String, Object> chainFacts() {
        Map<String, Object> facts = new HashMap<>(64);
        facts.put("id", id);
        facts.put("sequence", sequence);
        facts.put("orderId", orderId);
        facts.put("caseId", caseId);
        facts.put("correctionVersion", correctionVersion);
        facts.put("title", title);
        facts.put("year", year);
        facts.put("period", period);
        facts.put("classificationCode", classificationCode);
        facts.put("fileNumber", fileNumber);
        facts.put("itemNumber", itemNumber);
        facts.put("processingUnit", processingUnit);
        facts.put("description", description);
        facts.put("coveredFrom", coveredFrom);
        facts.put("coveredTo", coveredTo);
        facts.put("closingYear", closingYear);
        facts.put("quantity", quantity);
        facts.put("medium", medium);
        facts.put("authenticity", authenticity);
        facts.put("accessClass", accessClass);
        facts.put("locationFolder", locationFolder);
        facts.put("locationBox", locationBox);
        facts.put("locationShelf", locationShelf);
        facts.put("activeYears", activeYears);
        facts.put("inactiveYears", inactiveYears);
        facts.put("finalDisposition", finalDisposition);
        facts.put("dispositionNote", dispositionNote);
        facts.put("inactiveFrom", inactiveFrom);
        facts.put("dispositionDue", dispositionDue);
        facts.put("contentHash", contentHash);
        facts.put("filedAt", filedAt);
        facts.put("filedByUpn", filedByUpn);
        facts.put("filedByNip", filedByNip);
        facts.put("filedByName", filedByName);
        facts.put("filedActing", filedActing);
        facts.put("seals", seals);
        facts.put("amendments", amendments);
        facts.put("documentNumber", documentNumber);
        facts.put("documentDate", documentDate);
        facts.put("pdfSha256", pdfSha256);
        facts.put("verificationId", verificationId);
        return ofItsEra(facts);
    }

    /**
     * The facts a record's hash covers, of all the facts it has: a record filed before seals were kept has none of
     * the seal facts, one filed before signed PDFs none of the PDF's, so that its hash stays as it was. Applied to
     * every record's facts, as filed ({@link #chainFacts}) and as read back by the walk of the chain.
     */
    public static Map<String, Object> ofItsEra(Map<String, Object> facts) {
        if (facts.get("seals") == null) {
            facts.keySet().removeAll(SEAL_ERA);
        }
        if (facts.get("pdfSha256") == null) {
            facts.keySet().removeAll(PDF_ERA);
        }
        return facts;
    }

    private static final List<String> SEAL_ERA = List.of("seals", "amendments", "documentNumber", "documentDate");
    private static final List<String> PDF_ERA = List.of("pdfSha256", "verificationId");
}
