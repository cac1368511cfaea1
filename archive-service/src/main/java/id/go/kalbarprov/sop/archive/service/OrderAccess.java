package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;

import id.go.kalbarprov.sop.archive.domain.ArchiveAction;
import id.go.kalbarprov.sop.archive.domain.ArchiveOrderWorkflow;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.problem.ArchiveProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.ReadPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** Loads archive orders for a caller and applies the object-level rules. */
@ApplicationScoped
public class OrderAccess {

    /**
     * The order as the caller may see it. An arsiparis without an officer role sees only the orders delegated to
     * them; any other order is "not found" to them.
     */
    public ArchiveOrderEntity visible(UUID id, Caller caller) {
        ArchiveOrderEntity found = ArchiveOrderEntity.findById(id);
        if (found == null || !ReadPolicy.readsAssignedWork(caller, found.archivistUpn, found.archivistNip)) {
            throw ProblemException.notFound("Archive order", id);
        }
        return found;
    }

    /**
     * The order locked until commit, so that two steps on one order queue rather than both pass the state check;
     * checked against the If-Match version when one was sent.
     */
    public ArchiveOrderEntity forChange(UUID id, Integer expectedVersion) {
        ArchiveOrderEntity found = ArchiveOrderEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (found == null) {
            throw ProblemException.notFound("Archive order", id);
        }
        if (expectedVersion != null && expectedVersion != found.version) {
            throw new ProblemException(CommonProblem.PRECONDITION_FAILED, "stale-version", expectedVersion,
                    found.version).with("currentVersion", found.version);
        }
        return found;
    }

    /** Applies an action through the workflow; an illegal one is a 409 with the current state. */
    public void transition(ArchiveOrderEntity order, ArchiveAction action) {
        order.state = ArchiveOrderWorkflow.next(order.state, action);
    }

    public void requireDelegatedArchivist(ArchiveOrderEntity order, Caller caller) {
        if (!caller.is(order.archivistUpn, order.archivistNip)) {
            throw new ProblemException(CommonProblem.NOT_ASSIGNED, "not-delegated");
        }
    }

    static boolean isArchivistOnly(Caller caller) {
        return !ReadPolicy.overseesEveryCase(caller);
    }
}
