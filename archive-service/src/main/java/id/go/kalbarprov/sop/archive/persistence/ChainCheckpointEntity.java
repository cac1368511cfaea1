package id.go.kalbarprov.sop.archive.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The chain's head at a moment, signed with the chain key; never changes (append-only). */
@Entity
@Table(name = "chain_checkpoint")
public class ChainCheckpointEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public long sequence;
    @Column(name = "record_hash")
    public String recordHash;
    @Column(name = "taken_at")
    public Instant takenAt;
    /** Why it was taken: {@code scheduled}, or the reason given with an on-demand checkpoint. */
    public String reason;
    public String algorithm;
    @Column(name = "key_id")
    public String keyId;
    public String signature;
}
