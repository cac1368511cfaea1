package id.go.kalbarprov.sop.review.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The signed correction's PDF as signed, written once when the Karo signs. */
@Entity
@Immutable
@Table(name = "signed_document")
public class SignedDocumentEntity extends PanacheEntityBase {

    @Id
    @Column(name = "review_id")
    public UUID reviewId;
    @Column(name = "verification_id")
    public String verificationId;
    public String sha256;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] pdf;
    @Column(name = "signed_at")
    public Instant signedAt;

    public static Optional<SignedDocumentEntity> ofReview(UUID reviewId) {
        return findByIdOptional(reviewId);
    }
}
