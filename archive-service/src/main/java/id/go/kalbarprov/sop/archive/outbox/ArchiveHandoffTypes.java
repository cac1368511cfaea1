package id.go.kalbarprov.sop.archive.outbox;

import id.go.kalbarprov.sop.archive.client.ReviewKeyring;
import id.go.kalbarprov.sop.archive.service.AgendaBook;
import id.go.kalbarprov.sop.archive.service.ArrivalService;
import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.outbox.HandoffTypes;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The handoffs archive-service receives in batches: as on /signed-corrections (202 for an arrival kept in quarantine:
 * received, not to be sent again) and /agenda.
 */
@ApplicationScoped
public class ArchiveHandoffTypes implements HandoffTypes {

    static final int QUARANTINED = 202;

    @Inject
    ArrivalService arrivals;

    @Inject
    AgendaBook agenda;

    @Inject
    ReviewKeyring keys;

    @Inject
    CurrentCaller caller;

    @Override
    public Map<String, Receiver<?>> receivers() {
        return Map.of(
                CorrectionSigned.TYPE, Receiver.of(CorrectionSigned.class, Set.of(Roles.REVIEW_SERVICE),
                        (caseId, event) -> {
                            ArrivalService.Arrival arrival = arrivals.receive(event, caller.get(),
                                    keys.knowing(keyIds(event)));
                            return arrival.quarantined() != null ? QUARANTINED : HandoffTypes.status(arrival.created());
                        }),
                AgendaRegistration.TYPE, Receiver.of(AgendaRegistration.class,
                        Set.of(Roles.REQUEST_SERVICE, Roles.REVIEW_SERVICE),
                        (caseId, event) -> HandoffTypes.status(
                                agenda.register(event, caller.get().service(), caller.get().upn()).created())));
    }

    public static List<String> keyIds(CorrectionSigned correction) {
        List<String> ids = new ArrayList<>();
        correction.seals().forEach(seal -> ids.add(seal.keyId()));
        correction.amendments().forEach(amendment -> ids.add(amendment.keyId()));
        return ids;
    }
}
