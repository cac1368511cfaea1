package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.request.persistence.UnitEntity;
import id.go.kalbarprov.sop.request.service.LateUnitReminders;
import id.go.kalbarprov.sop.request.service.UnitRegister;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The units that have not replied by the case's due date. */
@Path("/api/v1/cases/{id}/late-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Performance data correction cases (SOP 45 steps 1–3)")
public class LateUnitResource {

    @Inject
    LateUnitReminders reminders;

    @Inject
    UnitRegister units;

    @Inject
    CurrentCaller caller;

    @GET
    @Transactional
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR})
    @Operation(summary = "The case's deadline for the units' replies (its due date, ending at the close of that "
            + "office day, WIB) and the target units that have not replied once it has passed, with the reminder "
            + "memos sent to each")
    public Views.LateUnitsView late(@PathParam("id") UUID id) {
        LateUnitReminders.Overdue found = reminders.late(id, caller.get());
        Map<String, UnitEntity> known = units.byCode(found.late().units());
        List<MemoEntity> sent = MemoEntity.lateRemindersOf(id);
        List<Views.LateUnitView> late = found.late().units().stream().map(code -> {
            List<MemoEntity> toUnit = sent.stream().filter(m -> List.of(m.addressees).contains(code)).toList();
            MemoEntity last = toUnit.isEmpty() ? null : toUnit.get(toUnit.size() - 1);
            UnitEntity unit = known.get(code);
            return new Views.LateUnitView(code, unit == null ? null : unit.name, unit == null ? null : unit.headPost,
                    toUnit.size(), last == null ? null : last.number, last == null ? null : last.issuedAt);
        }).toList();
        return new Views.LateUnitsView(id, found.c().state, found.c().dueDate, found.late().dueAt(),
                found.late().pastDue(), late);
    }
}
