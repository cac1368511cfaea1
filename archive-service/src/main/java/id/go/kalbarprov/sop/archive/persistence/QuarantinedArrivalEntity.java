package id.go.kalbarprov.sop.archive.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A signed correction that did not verify on arrival (content, seals or their chain), with why; kept for investigation. */
@Entity
@Immutable // kept as it arrived; the runtime role may not update it
@Table(name = "quarantined_arrival")
public class QuarantinedArrivalEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "correction_version")
    public int correctionVersion;
    @Column(name = "claimed_hash")
    public String claimedHash;
    @Column(name = "actual_hash")
    public String actualHash;
    public String reason;
    /** What the verification found, in words. */
    public String detail;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> payload;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "received_from")
    public String receivedFrom;
}
