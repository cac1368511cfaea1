package id.go.kalbarprov.sop.platform.task;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** A measured task that is one numbered step of a case, assigned to an officer, with the output the SOP names. */
@MappedSuperclass
public abstract class StepTask extends MeasuredTask {

    @Column(name = "case_id")
    public UUID caseId;
    public int step;
    @Column(name = "assignee_upn")
    public String assigneeUpn;
    public String output;

    /** Fills in a new task of {@code step}: actionable from {@code actionableAt}, due after {@code standardMinutes}. */
    public void begin(UUID caseId, int step, String actorRole, String output, String assigneeUpn,
                         java.time.Instant actionableAt, int standardMinutes) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.step = step;
        this.actorRole = actorRole;
        this.output = output;
        this.assigneeUpn = assigneeUpn;
        this.actionableAt = actionableAt;
        this.standardMinutes = standardMinutes;
    }
}
