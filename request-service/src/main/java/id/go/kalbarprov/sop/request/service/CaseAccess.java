package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;

import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.domain.CaseWorkflow;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.problem.RequestProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;

/** Loads cases for a caller and applies the object-level rules: units see only what is addressed to them. */
@ApplicationScoped
public class CaseAccess {

    /** The case as the caller may see it; a unit's view of a case not addressed to it is "not found". */
    public CaseEntity visible(UUID id, Caller caller) {
        CaseEntity found = CaseEntity.findById(id);
        if (found == null || (caller.isUnitOnly() && !found.addressedTo(caller.unit()))) {
            throw ProblemException.notFound("Case", id);
        }
        return found;
    }

    /** The case for a change, checked against the If-Match version when one was sent. */
    public CaseEntity forChange(UUID id, Integer expectedVersion) {
        CaseEntity found = CaseEntity.findById(id, LockModeType.OPTIMISTIC);
        if (found == null) {
            throw ProblemException.notFound("Case", id);
        }
        if (expectedVersion != null && expectedVersion != found.version) {
            throw new ProblemException(CommonProblem.PRECONDITION_FAILED, "stale-version", expectedVersion,
                    found.version).with("currentVersion", found.version);
        }
        return found;
    }

    /** The case locked for update until commit, for changes that must queue rather than fail. */
    public CaseEntity locked(UUID id) {
        CaseEntity found = CaseEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (found == null) {
            throw ProblemException.notFound("Case", id);
        }
        return found;
    }

    /** Applies an action through the workflow; an illegal one is a 409 with the current state. */
    public void transition(CaseEntity target, CaseAction action, Instant at) {
        target.state = CaseWorkflow.next(target.state, action);
        target.updatedAt = at;
    }

    public void requireAssignee(CaseEntity target, Caller caller) {
        if (!caller.is(target.assigneeUpn, target.assigneeNip)) {
            throw new ProblemException(CommonProblem.NOT_ASSIGNED, "not-assigned");
        }
    }
}
