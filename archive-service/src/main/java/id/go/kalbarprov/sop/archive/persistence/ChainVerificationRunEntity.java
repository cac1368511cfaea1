package id.go.kalbarprov.sop.archive.persistence;

import id.go.kalbarprov.sop.archive.domain.ChainVerification;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One full walk of the integrity chain and its verdict; never changes (append-only). */
@Entity
@Table(name = "chain_verification_run")
public class ChainVerificationRunEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    public boolean intact;
    public long checked;
    @Column(name = "last_sequence")
    public long lastSequence;
    @Column(name = "last_hash")
    public String lastHash;
    @Column(name = "broken_sequence")
    public Long brokenSequence;
    @Column(name = "broken_record_id")
    public UUID brokenRecordId;
    @Enumerated(EnumType.STRING)
    @Column(name = "broken_fault")
    public ChainVerification.Fault brokenFault;
    @Column(name = "run_by_upn")
    public String runByUpn;
}
