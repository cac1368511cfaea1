package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of a case's timeline. Append-only. */
@Entity
@Table(name = "case_event")
public class CaseEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public UUID caseId;
    public Instant at;
    public Integer step;
    public String kind;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "actor_upn")
    public String actorUpn;
    @Column(name = "actor_name")
    public String actorName;
    public boolean acting;
    public String detail;
    public Integer version;
    @Column(name = "content_hash")
    public String contentHash;

    /** The case's first {@code limit} events, in order. */
    public static List<CaseEventEntity> ofCase(UUID caseId, int limit) {
        return find("caseId = ?1 order by id", caseId).range(0, limit - 1).list();
    }
}
