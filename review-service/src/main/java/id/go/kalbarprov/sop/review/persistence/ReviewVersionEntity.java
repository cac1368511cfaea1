package id.go.kalbarprov.sop.review.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Version n of a review's draft: canonical content, its SHA-256 hash, where it came from, and its diff. */
@Entity
@Immutable
@Table(name = "review_version")
@IdClass(ReviewVersionEntity.Key.class)
public class ReviewVersionEntity extends PanacheEntityBase {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String AMENDED = "AMENDED";

    @Id
    @Column(name = "review_id")
    public UUID reviewId;
    @Id
    public int number;
    public int round;
    /** {@link #SUBMITTED} by the pelaksana or {@link #AMENDED} by a reviewer. */
    public String origin;
    /** The request-side draft version, for a submitted version. */
    @Column(name = "draft_version")
    public Integer draftVersion;
    /** The level that amended, for an amended version. */
    public Integer level;
    @Column(name = "author_upn")
    public String authorUpn;
    @Column(name = "author_nip")
    public String authorNip;
    @Column(name = "author_name")
    public String authorName;
    /** The post the author acted in (Pelaksana, Kasubbag TU…). */
    @Column(name = "author_post")
    public String authorPost;
    @Column(name = "author_acting")
    public boolean authorActing;
    public String note;
    public String content;
    @Column(name = "content_hash")
    public String contentHash;
    /** Changes against the previous version (empty for version 1). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Map<String, Object>> diff;
    @Column(name = "created_at")
    public Instant createdAt;

    public static List<ReviewVersionEntity> ofReview(UUID reviewId) {
        return list("reviewId = ?1 order by number", reviewId);
    }

    public static Optional<ReviewVersionEntity> find(UUID reviewId, int number) {
        return find("reviewId = ?1 and number = ?2", reviewId, number).firstResultOptional();
    }

    public static Optional<ReviewVersionEntity> submitted(UUID reviewId, int draftVersion) {
        return find("reviewId = ?1 and draftVersion = ?2", reviewId, draftVersion).firstResultOptional();
    }

    /** True when the person (by upn or NIP) submitted a version of this review: its compiler (pelaksana). */
    public static boolean compiledBy(UUID reviewId, String upn, String nip) {
        return count("reviewId = ?1 and origin = ?2 and (authorUpn = ?3 or authorNip = ?4)", reviewId, SUBMITTED,
                upn == null ? "-" : upn, nip == null ? "-" : nip) > 0;
    }

    /** The request-side draft version the current round started from: the latest submitted one. */
    public static int latestDraftVersion(UUID reviewId) {
        Integer latest = find("select max(draftVersion) from ReviewVersionEntity where reviewId = ?1", reviewId)
                .project(Integer.class).firstResult();
        return latest == null ? 0 : latest;
    }

    /** Composite key: review and version number. */
    public static class Key implements Serializable {
        public UUID reviewId;
        public int number;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.number == number && Objects.equals(k.reviewId, reviewId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reviewId, number);
        }
    }
}
