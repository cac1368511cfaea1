package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.request.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.security.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** An officer's inbox: open tasks for the caller's roles that nobody in particular holds, or that the caller holds. */
@ApplicationScoped
public class TaskInbox {

    public TaskPage open(Caller caller, int page, int size) {
        Parameters params = Parameters.with("roles", caller.roles().isEmpty() ? List.of("-") : caller.roles())
                .and("upn", caller.upn() == null ? "-" : caller.upn())
                .and("nip", caller.nip() == null ? "-" : caller.nip());
        var query = TaskEntity.<TaskEntity>find("""
                doneAt is null and ((actorRole in :roles and assigneeUpn is null)
                  or assigneeUpn = :upn or assigneeUpn = :nip)
                order by actionableAt, id""", params).page(Page.of(page, size));
        return new TaskPage(query.list(), query.count());
    }

    public record TaskPage(List<TaskEntity> items, long total) {
    }
}
