package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.task.MeasuredTask;
import id.go.kalbarprov.sop.platform.task.StepTask;
import java.util.UUID;

/**
 * A task as notifications name it: the task, its case and step, a short name ({@code MEMO}, {@code REVIEW_KABAG}),
 * the role that acts, and who holds it — an officer's login, or a unit's code — when someone does.
 */
public record Arrival(UUID taskId, UUID caseId, int step, String task, String actorRole, String assigneeUpn,
                      String assigneeUnit) {

    public static Arrival of(StepTask task, String name) {
        return new Arrival(task.id, task.caseId, task.step, name, task.actorRole, task.assigneeUpn, null);
    }

    public static Arrival of(MeasuredTask task, UUID caseId, int step, String name) {
        return new Arrival(task.id, caseId, step, name, task.actorRole, null, null);
    }

    /** The same task held by a unit (its revised rows after collection was reopened for it). */
    public Arrival heldByUnit(String unitCode) {
        return new Arrival(taskId, caseId, step, task, actorRole, assigneeUpn, unitCode);
    }

    /** Who holds the task, as the superior reads it: the role, and the officer or unit when there is one. */
    String holder() {
        String who = assigneeUpn != null ? assigneeUpn : assigneeUnit;
        return who == null ? actorRole : actorRole + " " + who;
    }
}
