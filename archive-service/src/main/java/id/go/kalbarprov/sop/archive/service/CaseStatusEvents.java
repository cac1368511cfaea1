package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.archive.domain.SopStep;
import id.go.kalbarprov.sop.archive.outbox.Outbox;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.TaskEntity;
import id.go.kalbarprov.sop.archive.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells request-service, which keeps the case timeline, that a step of 8–10 was done: who did it, when it became
 * actionable, when it was done, against which standard. Step 10 also moves the case to ARCHIVED.
 */
@ApplicationScoped
public class CaseStatusEvents {

    public static final String ARCHIVED = "ARCHIVED";

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void stepDone(ArchiveOrderEntity order, TaskEntity task, Caller actor, Instant at) {
        outbox.record(Outbox.CASE_STATUS, order.caseId, payload(order, task, actor, at));
    }

    /** Step 10: the case is archived, with the record that holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void archived(ArchiveOrderEntity order, TaskEntity task, Caller arsiparis, Instant at) {
        Map<String, Object> payload = payload(order, task, arsiparis, at);
        payload.put("status", ARCHIVED);
        payload.put("recordId", order.recordId.toString());
        payload.put("contentHash", order.contentHash);
        outbox.record(Outbox.CASE_STATUS, order.caseId, payload);
    }

    private static Map<String, Object> payload(ArchiveOrderEntity order, TaskEntity task, Caller actor, Instant at) {
        Map<String, Object> officer = new LinkedHashMap<>();
        officer.put("upn", actor.upn());
        officer.put("nip", actor.nip());
        officer.put("name", actor.name());
        officer.put("acting", actor.acting());
        SopStep step = task.kind;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caseId", order.caseId.toString());
        payload.put("step", step.number);
        payload.put("kind", step.name());
        payload.put("at", at.toString());
        payload.put("actionableAt", task.actionableAt.toString());
        payload.put("standardMinutes", task.standardMinutes);
        payload.put("actor", officer);
        payload.put("version", order.correctionVersion);
        return payload;
    }
}
