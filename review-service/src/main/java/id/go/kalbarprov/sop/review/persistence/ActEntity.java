package id.go.kalbarprov.sop.review.persistence;

import id.go.kalbarprov.sop.review.domain.ActKind;
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

/** One act of a reviewer (amendment, paraf, signature, return). Written once; the table refuses changes. */
@Entity
@Immutable
@Table(name = "review_act")
public class ActEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "review_id")
    public UUID reviewId;
    public int round;
    public int level;
    @Enumerated(EnumType.STRING)
    public ActKind kind;
    public String upn;
    public String nip;
    public String name;
    public String post;
    public boolean acting;
    public Instant at;
    public String reason;
    public int version;
    @Column(name = "content_hash")
    public String contentHash;

    public static List<ActEntity> ofReview(UUID reviewId) {
        return list("reviewId = ?1 order by id", reviewId);
    }
}
