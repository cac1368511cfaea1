package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.request.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.paging.CappedCount;
import id.go.kalbarprov.sop.platform.paging.ValuePlans;
import id.go.kalbarprov.sop.platform.security.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An inbox: open tasks for the caller's roles that nobody in particular holds, those the caller holds, and for a unit
 * caller those its unit holds (its revised rows after a reopening).
 */
@ApplicationScoped
public class TaskInbox {

    @Inject
    CaseDeadlines deadlines;

    /**
     * Planned for the caller's values: which branch holds the caller's tasks decides the plan (a kabag's role pool holds
     * thousands, a pelaksana's none), and one generic plan for all callers read every open task for an empty page.
     */
    @Transactional
    public TaskPage open(Caller caller, int page, int size) {
        ValuePlans.forThisTransaction(TaskEntity.getEntityManager());
        Parameters params = Parameters.with("roles", caller.roles().isEmpty() ? List.of("-") : caller.roles())
                .and("upn", caller.upn() == null ? "-" : caller.upn())
                .and("nip", caller.nip() == null ? "-" : caller.nip())
                .and("unit", caller.has(Roles.UNIT) && caller.unit() != null ? caller.unit() : "-");
        String open = """
                doneAt is null and ((actorRole in :roles and assigneeUpn is null and assigneeUnit is null)
                  or assigneeUpn = :upn or assigneeUpn = :nip or assigneeUnit = :unit)""";
        var query = TaskEntity.<TaskEntity>find(open + " order by actionableAt, id", params).page(Page.of(page, size));
        List<TaskEntity> items = query.list();
        List<UUID> caseIds = items.stream().map(t -> t.caseId).distinct().toList();
        Set<UUID> overdue = caseIds.isEmpty() ? Set.of()
                : deadlines.overdue(CaseEntity.<CaseEntity>list("id in ?1", caseIds));
        return new TaskPage(items, CappedCount.of(TaskEntity.class, open, params.map()), overdue);
    }

    /** A page of open tasks, and which of their cases are collecting past their due date with units not replied. */
    public record TaskPage(List<TaskEntity> items, long total, Set<UUID> overdueCases) {
    }
}
