package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.archive.domain.ArchiveOrderState;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.event.SealAct;
import id.go.kalbarprov.sop.archive.domain.SopStep;
import id.go.kalbarprov.sop.platform.outbox.Inbox;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.QuarantinedArrivalEntity;
import id.go.kalbarprov.sop.archive.problem.ArchiveProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Receives the signed correction from review-service. A delivery is applied once (by event id, and by case and
 * version); one whose content does not match its hash is quarantined, never turned into an order.
 */
@ApplicationScoped
public class ArrivalService {

    /** Why an arrival was quarantined. */
    public static final String CONTENT_HASH_MISMATCH = "CONTENT_HASH_MISMATCH";
    public static final String SIGNATURE_HASH_MISMATCH = "SIGNATURE_HASH_MISMATCH";

    @Inject
    Inbox inbox;

    @Inject
    Tasks tasks;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional
    public Arrival receive(CorrectionSigned correction, Caller sender) {
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

        String actualHash = ContentHash.sha256(correction.content());
        if (!actualHash.equals(correction.contentHash())) {
            return Arrival.quarantined(quarantine(correction, actualHash, CONTENT_HASH_MISMATCH, sender));
        }
        List<CorrectionSigned.Seal> signatures = correction.seals().stream()
                .filter(seal -> seal.act() == SealAct.SIGNATURE && seal.level() == 7).toList();
        if (signatures.isEmpty()) {
            throw ProblemException.invalid("seals", "signature-missing");
        }
        if (signatures.stream().noneMatch(signature -> signature.contentHash().equals(actualHash))) {
            return Arrival.quarantined(quarantine(correction, actualHash, SIGNATURE_HASH_MISMATCH, sender));
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
        order.signedAt = correction.signedAt();
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
    private QuarantinedArrivalEntity quarantine(CorrectionSigned correction, String actualHash, String reason,
                                                Caller sender) {
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
        kept.actualHash = actualHash;
        kept.reason = reason;
        kept.payload = json.convertValue(correction, new TypeReference<Map<String, Object>>() {
        });
        kept.receivedAt = Instant.now();
        kept.receivedFrom = sender.upn();
        kept.persist();
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
