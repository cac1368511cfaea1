package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;

import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.domain.CaseWorkflow;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.problem.RequestProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.ReadPolicy;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;

/**
 * Loads cases for a caller and applies the object-level read rules (README, "Access policy"): a unit sees only the
 * cases addressed to it, a pelaksana only the cases assigned to them; every read of a case or its parts comes here.
 */
@ApplicationScoped
public class CaseAccess {

    /**
     * The case as the caller may see it. A unit's view of a case not addressed to it is "not found"; a pelaksana
     * not assigned to it is refused ({@code NOT_ASSIGNED}), as on every other part of the case.
     */
    public CaseEntity visible(UUID id, Caller caller) {
        CaseEntity found = CaseEntity.findById(id);
        if (found == null || (caller.isUnitOnly() && !found.addressedTo(caller.unit()))) {
            throw ProblemException.notFound("Case", id);
        }
        if (caller.has(Roles.PELAKSANA)
                && !ReadPolicy.readsAssignedWork(caller, found.assigneeUpn, found.assigneeNip)) {
            throw new ProblemException(CommonProblem.NOT_ASSIGNED, "not-assigned");
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
