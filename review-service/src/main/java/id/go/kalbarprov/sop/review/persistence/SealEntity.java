package id.go.kalbarprov.sop.review.persistence;

import id.go.kalbarprov.sop.review.domain.ApprovalAct;
import id.go.kalbarprov.sop.review.domain.SealStatement;
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
import java.util.List;
import java.util.UUID;

/** The seal of a paraf or signature: the signed statement's fields and the signature over them. */
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
    public ApprovalAct act;
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

    public SealStatement statement() {
        return new SealStatement(act, level, upn, nip, acting, version, contentHash, at);
    }

    public static List<SealEntity> ofReview(UUID reviewId) {
        return list("reviewId = ?1 order by id", reviewId);
    }
}
