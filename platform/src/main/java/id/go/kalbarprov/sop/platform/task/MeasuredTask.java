package id.go.kalbarprov.sop.platform.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A unit of work the SOP measures against its standard time (Mutu Baku): which role acts, since when it could act,
 * when and by whom it was done. Each service's task table has these columns; {@code ServiceLevels} reports on them.
 */
@MappedSuperclass
public abstract class MeasuredTask extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "actionable_at")
    public Instant actionableAt;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(name = "done_by_upn")
    public String doneByUpn;
    @Column(name = "standard_minutes")
    public int standardMinutes;

    /** When the standard time runs out. */
    public Instant dueAt() {
        return actionableAt.plusSeconds(standardMinutes * 60L);
    }
}
