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
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/** A submitted draft version: immutable content (canonical JSON) and its SHA-256 hash. */
@DynamicUpdate // only changed columns: of a frozen version the runtime role may mark only its return
@Entity
@Table(name = "draft_version")
@IdClass(DraftVersionEntity.Key.class)
public class DraftVersionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;
    @Id
    public int number;
    public String content;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "submitted_by_upn")
    public String submittedByUpn;
    @Column(name = "submitted_by_nip")
    public String submittedByNip;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "return_reason")
    public String returnReason;
    @Column(name = "returned_at")
    public Instant returnedAt;

    public static List<DraftVersionEntity> ofCase(UUID caseId) {
        return list("caseId = ?1 order by number", caseId);
    }

    public static Optional<DraftVersionEntity> find(UUID caseId, int number) {
        return find("caseId = ?1 and number = ?2", caseId, number).firstResultOptional();
    }

    /** Composite key: case and version number. */
    public static class Key implements Serializable {
        public UUID caseId;
        public int number;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.number == number && java.util.Objects.equals(k.caseId, caseId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(caseId, number);
        }
    }
}
