package id.go.kalbarprov.sop.review.persistence;

import id.go.kalbarprov.sop.platform.event.SealAct;
import id.go.kalbarprov.sop.platform.seal.SealStatement;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The seal of a paraf, a signature or an amendment: the signed statement's fields and the signature over them. */
@Entity
@Immutable
@Table(name = "review_seal")
public class SealEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "review_id")
    public UUID reviewId;
    @Column(name = "act_id")
    public Long actId;
    public int level;
    @Enumerated(EnumType.STRING)
    public SealAct act;
    /** The statement format signed ({@link SealStatement#FORMAT}, or the first for older seals). */
    public String format;
    public String upn;
    public String nip;
    public String name;
    public String post;
    public boolean acting;
    public Instant at;
    public int version;
    @Column(name = "content_hash")
    public String contentHash;
    public String algorithm;
    @Column(name = "key_id")
    public String keyId;
    /** Base64 of the signature bytes. */
    public String signature;
    /** An amendment's base: the version and hash it started from. */
    @Column(name = "base_version")
    public Integer baseVersion;
    @Column(name = "base_hash")
    public String baseHash;
    /** The signature's document number and date. */
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "document_date")
    public LocalDate documentDate;

    public SealStatement statement() {
        return new SealStatement(format, reviewId, act, level, upn, nip, name, post, acting, version, contentHash,
                baseVersion, baseHash, documentNumber, documentDate, at);
    }

    public static List<SealEntity> ofReview(UUID reviewId) {
        return list("reviewId = ?1 order by id", reviewId);
    }
}
