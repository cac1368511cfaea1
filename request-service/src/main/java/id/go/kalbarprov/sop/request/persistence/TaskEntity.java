package id.go.kalbarprov.sop.request.persistence;

import id.go.kalbarprov.sop.request.domain.SopStep;
import id.go.kalbarprov.sop.platform.task.StepTask;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** One SOP step of one case as a unit of work: who acts, since when, done when, against which standard. */
@Entity
@Table(name = "task")
public class TaskEntity extends StepTask {

    @Enumerated(EnumType.STRING)
    public SopStep kind;
    /** The unit that holds the task (a unit's revised rows after a reopening); null for an officer's task. */
    @Column(name = "assignee_unit")
    public String assigneeUnit;

    public static Optional<TaskEntity> open(UUID caseId, SopStep kind) {
        return find("caseId = ?1 and kind = ?2 and doneAt is null", caseId, kind).firstResultOptional();
    }
}
