package id.go.kalbarprov.sop.request.outbox;

import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.DraftReturned;
import id.go.kalbarprov.sop.platform.outbox.HandoffTypes;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.platform.security.ServiceIdentity;
import id.go.kalbarprov.sop.request.service.DraftService;
import id.go.kalbarprov.sop.request.service.StatusService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/** The handoffs request-service receives in batches: as on /cases/{id}/returns and /cases/{id}/status-events. */
@ApplicationScoped
public class RequestHandoffTypes implements HandoffTypes {

    @Inject
    DraftService drafts;

    @Inject
    StatusService statuses;

    @Inject
    CurrentCaller caller;

    @Override
    public Map<String, Receiver<?>> receivers() {
        return Map.of(
                DraftReturned.TYPE, Receiver.of(DraftReturned.class, Set.of(Roles.REVIEW_SERVICE),
                        (caseId, event) -> HandoffTypes.status(drafts.receiveReturn(caseId, event))),
                CaseStatus.TYPE, Receiver.of(CaseStatus.class, Set.of(Roles.REVIEW_SERVICE, Roles.ARCHIVE_SERVICE),
                        (caseId, event) -> {
                            ServiceIdentity.require(caller.get(), event.sender());
                            return HandoffTypes.status(statuses.apply(caseId, event));
                        }));
    }
}
