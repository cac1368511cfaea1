package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.paging.CappedCount;
import java.util.Map;
import java.util.HashMap;
import id.go.kalbarprov.sop.archive.client.OfficerRegister;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.reference.RegisteredOfficer;
import id.go.kalbarprov.sop.archive.domain.ArchiveAction;
import id.go.kalbarprov.sop.archive.domain.ArchiveOrderState;
import id.go.kalbarprov.sop.platform.domain.Nip;
import id.go.kalbarprov.sop.archive.domain.SopStep;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.archive.service.command.DelegateFiling;
import id.go.kalbarprov.sop.archive.service.command.OrderArchiving;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Steps 8 and 9: the Kabag orders archiving, the Kasubbag names the arsiparis. And the officers' inbox. */
@ApplicationScoped
public class ArchiveOrderService {

    @Inject
    OrderAccess access;

    @Inject
    Tasks tasks;

    @Inject
    AgendaBook agenda;

    @Inject
    CaseStatusEvents caseStatus;

    @Inject
    OfficerRegister officers;

    /** Step 8. */
    @Transactional
    public ArchiveOrderEntity order(UUID id, Integer expectedVersion, OrderArchiving command, Caller kabag) {
        ArchiveOrderEntity order = access.forChange(id, expectedVersion);
        access.transition(order, ArchiveAction.ORDER);
        Instant now = Instant.now();
        order.orderedByUpn = kabag.upn();
        order.orderedByNip = kabag.nip();
        order.orderedByName = kabag.name();
        order.orderedActing = kabag.acting();
        order.orderedAt = now;
        order.orderNote = command == null ? null : command.note();
        TaskEntity done = tasks.complete(order.id, SopStep.ORDER, kabag.upn(), now);
        tasks.open(order, SopStep.DELEGATION, null, now);
        caseStatus.stepDone(order, done, kabag, now);
        agenda.registerOwn(agenda.document(order, "order", SopStep.ORDER.number, now)
                .from("Kabag " + nameOf(kabag)).to("Kasubbag TU")
                .subject("Order to archive the signed performance data correction: " + order.title)
                .remarks(order.orderNote));
        return order;
    }

    /**
     * Step 9, or naming another arsiparis before it is filed. The register of officers (request-service) is asked
     * before the transaction that changes the order begins: a slow or absent request-service must never hold that
     * transaction open until it times out (a timed-out transaction aborted under a running request can leave part of
     * its work behind, seen in the fault run).
     */
    public ArchiveOrderEntity delegate(UUID id, Integer expectedVersion, DelegateFiling command, Caller kasubbag) {
        if (blank(command.upn()) && blank(command.nip())) {
            throw ProblemException.invalid("upn", "archivist-required");
        }
        if (!blank(command.nip()) && !Nip.isValid(command.nip())) {
            throw ProblemException.invalid("nip", "invalid-nip");
        }
        if (kasubbag.is(command.upn(), command.nip())) {
            throw ProblemException.rule("one-person-one-level");
        }
        OfficerRegister.Answer archivist = officers.serving(blank(command.upn()) ? null : command.upn(),
                blank(command.nip()) ? null : command.nip(), Roles.ARSIPARIS, OfficeTime.dateOf(Instant.now()));
        return QuarkusTransaction.requiringNew().call(() -> {
            officers.keep(archivist);
            return delegateTo(archivist.officer(), id, expectedVersion, command, kasubbag);
        });
    }

    private ArchiveOrderEntity delegateTo(RegisteredOfficer archivist, UUID id, Integer expectedVersion,
                                          DelegateFiling command, Caller kasubbag) {
        ArchiveOrderEntity order = access.forChange(id, expectedVersion);
        if (kasubbag.is(order.orderedByUpn, order.orderedByNip)) {
            throw ProblemException.rule("one-person-one-level");
        }
        boolean reassignment = order.state == ArchiveOrderState.DELEGATED;
        access.transition(order, ArchiveAction.DELEGATE);
        Instant now = Instant.now();
        order.delegatedByUpn = kasubbag.upn();
        order.delegatedByNip = kasubbag.nip();
        order.delegatedByName = kasubbag.name();
        order.delegatedActing = kasubbag.acting();
        order.delegatedAt = now;
        order.delegationNote = command.note();
        order.archivistUpn = archivist.upn();
        order.archivistNip = archivist.nip();
        String assignee = order.archivistUpn;
        if (reassignment) {
            tasks.reassign(order.id, SopStep.FILING, assignee);
        } else {
            TaskEntity done = tasks.complete(order.id, SopStep.DELEGATION, kasubbag.upn(), now);
            tasks.open(order, SopStep.FILING, assignee, now);
            caseStatus.stepDone(order, done, kasubbag, now);
        }
        // The order's version moves on every delegation, so each delegation is its own agenda document.
        agenda.registerOwn(agenda.document(order, "delegation/" + (order.version + 1), SopStep.DELEGATION.number, now)
                .from("Kasubbag TU " + nameOf(kasubbag)).to(archivist.name() + ", " + archivist.post())
                .subject("Order to file the signed performance data correction: " + order.title)
                .remarks(order.delegationNote));
        return order;
    }

    /** One order as the caller may see it, with its step tasks in step order. */
    public OrderDetail detail(UUID id, Caller caller) {
        ArchiveOrderEntity order = access.visible(id, caller);
        return new OrderDetail(order, TaskEntity.list("orderId = ?1 order by step, actionableAt", id));
    }

    /**
     * The caller's inbox. Without a state: the orders waiting for the caller's own step (Kabag: received;
     * Kasubbag: ordered; arsiparis: delegated to them), or every order for the Karo and the auditor. An arsiparis
     * without an officer role only ever sees the orders delegated to them.
     */
    public OrderPage inbox(Caller caller, ArchiveOrderState state, UUID caseId, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String mine = "(archivistUpn = :upn or archivistNip = :nip)";
        if (OrderAccess.isArchivistOnly(caller)) {
            whoAmI(params, caller);
            where.add(mine);
            where.add("state = :state");
            params.and("state", state == null ? ArchiveOrderState.DELEGATED : state);
        } else if (state != null) {
            where.add("state = :state");
            params.and("state", state);
        } else if (!caller.hasAny(Roles.KARO, Roles.AUDITOR)) {
            List<ArchiveOrderState> waiting = new ArrayList<>();
            if (caller.has(Roles.KABAG)) {
                waiting.add(ArchiveOrderState.RECEIVED);
            }
            if (caller.has(Roles.KASUBBAG)) {
                waiting.add(ArchiveOrderState.ORDERED);
            }
            whoAmI(params, caller);
            params.and("delegated", ArchiveOrderState.DELEGATED);
            String delegatedToMe = "(state = :delegated and " + mine + ")";
            if (waiting.isEmpty()) {
                where.add(delegatedToMe);
            } else {
                where.add("(state in :waiting or " + delegatedToMe + ")");
                params.and("waiting", waiting);
            }
        }
        if (caseId != null) {
            where.add("caseId = :caseId");
            params.and("caseId", caseId);
        }
        String condition = String.join(" and ", where);
        var found = ArchiveOrderEntity.<ArchiveOrderEntity>find(condition + " order by receivedAt, id", params)
                .page(Page.of(page, size));
        List<ArchiveOrderEntity> items = found.list();
        Map<UUID, TaskEntity> pending = new HashMap<>();
        if (!items.isEmpty()) {
            TaskEntity.<TaskEntity>list("orderId in ?1 and doneAt is null order by actionableAt",
                    items.stream().map(o -> o.id).toList()).forEach(t -> pending.putIfAbsent(t.orderId, t));
        }
        return new OrderPage(items, CappedCount.of(ArchiveOrderEntity.class, condition, params.map()), pending);
    }

    private static void whoAmI(Parameters params, Caller caller) {
        params.and("upn", caller.upn() == null ? "-" : caller.upn())
                .and("nip", caller.nip() == null ? "-" : caller.nip());
    }

    static String nameOf(Caller caller) {
        String name = caller.name() == null ? caller.upn() : caller.name();
        return caller.acting() ? name + " (Plh/Plt)" : name;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public record OrderPage(List<ArchiveOrderEntity> items, long total, Map<UUID, TaskEntity> pending) {
    }

    public record OrderDetail(ArchiveOrderEntity order, List<TaskEntity> steps) {
    }
}
