package id.go.kalbarprov.sop.review.persistence;

import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.review.domain.ReviewStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The review of one correction case: where the chain stands. Its history is in versions, acts and seals. */
@Entity
@Table(name = "review")
public class ReviewEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String title;
    public int year;
    @Enumerated(EnumType.STRING)
    public Period period;
    @Enumerated(EnumType.STRING)
    public ReviewStatus status;
    /** The level whose turn it is while in review; the last level otherwise. */
    public int level;
    public int round;
    @Column(name = "current_version")
    public int currentVersion;
    /** Optimistic lock: of two concurrent moves on one review, the second to commit fails. */
    @Version
    @Column(name = "lock_version")
    public int lockVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "signed_at")
    public Instant signedAt;
    /** The signed correction's number, given when the Karo signs. */
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "document_date")
    public java.time.LocalDate documentDate;

    public static Optional<ReviewEntity> ofCase(UUID caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
