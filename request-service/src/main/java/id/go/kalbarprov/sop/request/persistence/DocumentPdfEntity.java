package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A document of a case rendered as a PDF (the Lembar Disposisi, the Nota Dinas): the bytes as served and their
 * SHA-256, keyed by what was printed ({@link #sourceHash}) and for whom ({@link #audience}). Written once.
 */
@Entity
@Table(name = "document_pdf")
public class DocumentPdfEntity extends PanacheEntityBase {

    public static final String DISPOSITION = "DISPOSITION";
    public static final String MEMO = "MEMO";
    /** The bureau's copy, with officials' NIPs. */
    public static final String BUREAU = "BUREAU";
    /** A unit's copy, without officials' NIPs. */
    public static final String UNIT = "UNIT";

    @Id
    public UUID id;
    public String kind;
    @Column(name = "document_id")
    public UUID documentId;
    @Column(name = "case_id")
    public UUID caseId;
    public String audience;
    @Column(name = "source_hash")
    public String sourceHash;
    public String sha256;
    @Column(name = "size_bytes")
    public int sizeBytes;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] content;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "rendered_at")
    public Instant renderedAt;

    public static Optional<DocumentPdfEntity> rendering(String kind, UUID documentId, String audience,
                                                        String sourceHash) {
        return find("kind = ?1 and documentId = ?2 and audience = ?3 and sourceHash = ?4", kind, documentId, audience,
                sourceHash).firstResultOptional();
    }
}
