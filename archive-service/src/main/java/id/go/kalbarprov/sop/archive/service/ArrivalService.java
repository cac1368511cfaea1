package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.archive.domain.ArchiveOrderState;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.archive.domain.SopStep;
import id.go.kalbarprov.sop.platform.outbox.Inbox;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.QuarantinedArrivalEntity;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.seal.CorrectionVerification;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Receives the signed correction from review-service. A delivery is applied once (by event id, and by case and
 * version). It becomes an archive order only when it verifies ({@link CorrectionVerification}): the content matches
 * its hash, every seal and sealed amendment is a valid signature by a key of review-service's keyring, and they make
 * a chain by the seal chain rule with levels 5, 6 and 7. Otherwise it is quarantined with the reason, and the case
 * timeline is told; the delivery itself succeeded and is not repeated.
 */
@ApplicationScoped
public class ArrivalService {

    @Inject
    Inbox inbox;

    @Inject
    Tasks tasks;

    @Inject
    CaseStatusEvents statusEvents;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional
    public Arrival receive(CorrectionSigned correction, Caller sender, Keyring keyring) {
        // One case's arrivals queue, so a redelivery racing the first finds it rather than colliding with it.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "arrival:" + correction.caseId()).getSingleResult();

        var byEvent = ArchiveOrderEntity.byEvent(correction.eventId());
        if (byEvent.isPresent()) {
            return Arrival.repeated(byEvent.get());
        }
        var byVersion = ArchiveOrderEntity.byCaseVersion(correction.caseId(), correction.version());
        if (byVersion.isPresent()) {
            if (!byVersion.get().contentHash.equals(correction.contentHash())) {
                throw new ProblemException(CommonProblem.CONFLICT, "correction-version-conflict",
                        correction.caseId(), correction.version());
            }
            return Arrival.repeated(byVersion.get());
        }

        Optional<CorrectionVerification.Failure> failure = CorrectionVerification.verify(correction, keyring)
                .failure();
        if (failure.isPresent()) {
            return Arrival.quarantined(quarantine(correction, failure.get(), sender));
        }

        inbox.firstDelivery(correction.eventId());
        ArchiveOrderEntity order = new ArchiveOrderEntity();
        order.id = UUID.randomUUID();
        order.eventId = correction.eventId();
        order.caseId = correction.caseId();
        order.reviewId = correction.reviewId();
        order.correctionVersion = correction.version();
        order.draftVersion = correction.draftVersion();
        order.title = correction.title().strip();
        order.year = correction.year();
        order.period = correction.period();
        order.content = correction.content();
        order.contentHash = correction.contentHash();
        order.seals = json.convertValue(correction.seals(), new TypeReference<List<Map<String, Object>>>() {
        });
        order.amendments = json.convertValue(correction.amendments(),
                new TypeReference<List<Map<String, Object>>>() {
                });
        order.documentNumber = correction.documentNumber();
        order.documentDate = correction.documentDate();
        order.signedAt = correction.signedAt();
        order.verificationId = correction.verificationId();
        order.pdfSha256 = correction.pdfSha256();
        order.pdf = correction.pdf();
        order.receivedAt = Instant.now();
        order.receivedFrom = sender.upn();
        order.state = ArchiveOrderState.RECEIVED;
        order.persist();
        tasks.open(order, SopStep.ORDER, null, order.receivedAt);
        return Arrival.created(order);
    }

    public QuarantinePage quarantined(int page, int size) {
        var found = QuarantinedArrivalEntity.<QuarantinedArrivalEntity>findAll(
                Sort.descending("receivedAt").and("id")).page(Page.of(page, size));
        return new QuarantinePage(found.list(), found.count());
    }

    /** Keeps the refused arrival once per event id; a redelivery of the same bad event adds nothing. */
    private QuarantinedArrivalEntity quarantine(CorrectionSigned correction,
                                                CorrectionVerification.Failure failure, Caller sender) {
        QuarantinedArrivalEntity earlier = QuarantinedArrivalEntity.find("eventId", correction.eventId())
                .firstResult();
        if (earlier != null) {
            return earlier;
        }
        QuarantinedArrivalEntity kept = new QuarantinedArrivalEntity();
        kept.id = UUID.randomUUID();
        kept.eventId = correction.eventId();
        kept.caseId = correction.caseId();
        kept.correctionVersion = correction.version();
        kept.claimedHash = correction.contentHash();
        kept.actualHash = ContentHash.sha256(correction.content());
        kept.reason = failure.reason();
        kept.detail = failure.detail().length() > 2000 ? failure.detail().substring(0, 2000) : failure.detail();
        kept.payload = json.convertValue(correction, new TypeReference<Map<String, Object>>() {
        });
        kept.receivedAt = Instant.now();
        kept.receivedFrom = sender.upn();
        kept.persist();
        statusEvents.quarantined(kept.caseId, kept.correctionVersion, kept.reason, kept.detail, kept.receivedAt);
        return kept;
    }

    /** What became of an arrival: a new order, the order of an earlier delivery, or a quarantined refusal. */
    public record Arrival(ArchiveOrderEntity order, boolean created, QuarantinedArrivalEntity quarantined) {
        static Arrival created(ArchiveOrderEntity order) {
            return new Arrival(order, true, null);
        }

        static Arrival repeated(ArchiveOrderEntity order) {
            return new Arrival(order, false, null);
        }

        static Arrival quarantined(QuarantinedArrivalEntity kept) {
            return new Arrival(null, false, kept);
        }
    }

    public record QuarantinePage(List<QuarantinedArrivalEntity> items, long total) {
    }
}
