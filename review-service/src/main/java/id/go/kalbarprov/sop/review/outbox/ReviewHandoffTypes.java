package id.go.kalbarprov.sop.review.outbox;

import id.go.kalbarprov.sop.platform.event.CaseWithdrawn;
import id.go.kalbarprov.sop.platform.event.DraftSubmitted;
import id.go.kalbarprov.sop.platform.outbox.HandoffTypes;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.review.service.ArrivalService;
import id.go.kalbarprov.sop.review.service.Withdrawals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/** The handoffs review-service receives in batches: as on /reviews and /reviews/case-withdrawals. */
@ApplicationScoped
public class ReviewHandoffTypes implements HandoffTypes {

    @Inject
    ArrivalService arrivals;

    @Inject
    Withdrawals withdrawals;

    @Override
    public Map<String, Receiver<?>> receivers() {
        return Map.of(
                DraftSubmitted.TYPE, Receiver.of(DraftSubmitted.class, Set.of(Roles.REQUEST_SERVICE),
                        (caseId, event) -> HandoffTypes.status(arrivals.receive(event).applied())),
                CaseWithdrawn.TYPE, Receiver.of(CaseWithdrawn.class, Set.of(Roles.REQUEST_SERVICE),
                        (caseId, event) -> HandoffTypes.status(withdrawals.caseWithdrawn(event))));
    }
}
