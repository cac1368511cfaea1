package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A draft version as reviewed, returned to the pelaksana: review-service's version number, content and hash. */
@Entity
@Immutable
@Table(name = "reviewed_version")
@IdClass(ReviewedVersionEntity.Key.class)
public class ReviewedVersionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;
    /** The pelaksana's draft version that was reviewed and returned. */
    @Id
    @Column(name = "draft_version")
    public int draftVersion;
    @Column(name = "review_version")
    public int reviewVersion;
    public String content;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "returned_by_upn")
    public String returnedByUpn;
    @Column(name = "returned_at")
    public Instant returnedAt;

    /** Oldest first: the order in which reviewers' corrections were made. */
    public static List<ReviewedVersionEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by draftVersion", caseId);
    }

    public static Optional<ReviewedVersionEntity> of(UUID caseId, int draftVersion) {
        return find("caseId = ?1 and draftVersion = ?2", caseId, draftVersion).firstResultOptional();
    }

    /** Composite key: case and draft version. */
    public static class Key implements Serializable {
        public UUID caseId;
        public int draftVersion;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.draftVersion == draftVersion && Objects.equals(k.caseId, caseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, draftVersion);
        }
    }
}
