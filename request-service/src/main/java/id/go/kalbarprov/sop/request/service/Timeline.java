package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.request.persistence.CaseEventEntity;
import id.go.kalbarprov.sop.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Appends to a case's timeline. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Timeline {

    public CaseEventEntity record(UUID caseId, Integer step, String kind, Caller actor, String role, String detail,
                                  Instant at) {
        return record(caseId, step, kind, actor.upn(), actor.name(), actor.acting(), role, detail, at);
    }

    public CaseEventEntity record(UUID caseId, Integer step, String kind, String actorUpn, String actorName,
                                  boolean acting, String role, String detail, Instant at) {
        return record(caseId, step, kind, actorUpn, actorName, acting, role, detail, at, null, null);
    }

    /** With the version and content hash the event concerns: set before the insert, so no UPDATE follows it. */
    public CaseEventEntity record(UUID caseId, Integer step, String kind, String actorUpn, String actorName,
                                  boolean acting, String role, String detail, Instant at, Integer version,
                                  String contentHash) {
        CaseEventEntity event = new CaseEventEntity();
        event.version = version;
        event.contentHash = contentHash;
        event.caseId = caseId;
        event.step = step;
        event.kind = kind;
        event.actorUpn = actorUpn;
        event.actorName = actorName;
        event.acting = acting;
        event.actorRole = role;
        event.detail = detail;
        event.at = at;
        event.persist();
        return event;
    }
}
