package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.review.outbox.Outbox;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.review.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The events this service hands to request-service and archive-service, in the shapes they accept. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Handoffs {

    @Inject
    Outbox outbox;

    /** Level 5 returned the draft: request-service reopens step 4 for the pelaksana. */
    public void draftReturned(ReviewEntity review, int draftVersion, String reason, Caller by) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", draftVersion);
        body.put("reason", reason);
        body.put("returnedBy", officer(by));
        outbox.record(Outbox.DRAFT_RETURNED, review.caseId, body);
    }

    /** Level 7 signed: the signed correction to archive-service, and the case's new status to request-service. */
    public void correctionSigned(ReviewEntity review, ReviewVersionEntity finalVersion, int draftVersion,
                                 Caller karo, Instant at) {
        Map<String, Object> signed = new LinkedHashMap<>();
        signed.put("caseId", review.caseId.toString());
        signed.put("reviewId", review.id.toString());
        signed.put("version", finalVersion.number);
        signed.put("draftVersion", draftVersion);
        signed.put("title", review.title);
        signed.put("year", review.year);
        signed.put("period", review.period.name());
        signed.put("content", finalVersion.content);
        signed.put("contentHash", finalVersion.contentHash);
        signed.put("seals", standingSeals(review).stream().map(Handoffs::seal).toList());
        signed.put("signedAt", at.toString());
        outbox.record(Outbox.CORRECTION_SIGNED, review.caseId, signed);

        Map<String, Object> status = new LinkedHashMap<>();
        status.put("caseId", review.caseId.toString());
        status.put("status", "SIGNED");
        status.put("step", 7);
        status.put("at", at.toString());
        status.put("actor", officer(karo));
        status.put("version", finalVersion.number);
        status.put("contentHash", finalVersion.contentHash);
        outbox.record(Outbox.CASE_STATUS, review.caseId, status);
    }

    /** The approvals that stand: the latest seal of each level (an earlier round's paraf was superseded). */
    static List<SealEntity> standingSeals(ReviewEntity review) {
        Map<Integer, SealEntity> latest = new TreeMap<>();
        SealEntity.ofReview(review.id).forEach(seal -> latest.put(seal.level, seal));
        List<SealEntity> seals = new ArrayList<>(latest.values());
        seals.sort(Comparator.comparingInt(s -> s.level));
        return seals;
    }

    private static Map<String, Object> seal(SealEntity s) {
        Map<String, Object> seal = new LinkedHashMap<>();
        seal.put("level", s.level);
        seal.put("act", s.act.name());
        seal.put("upn", s.upn);
        seal.put("nip", s.nip);
        seal.put("name", s.name);
        seal.put("post", s.post);
        seal.put("acting", s.acting);
        seal.put("at", s.at.toString());
        seal.put("version", s.version);
        seal.put("contentHash", s.contentHash);
        seal.put("algorithm", s.algorithm);
        seal.put("keyId", s.keyId);
        seal.put("signature", s.signature);
        return seal;
    }

    static Map<String, Object> officer(Caller caller) {
        Map<String, Object> officer = new LinkedHashMap<>();
        officer.put("upn", caller.upn());
        officer.put("nip", caller.nip());
        officer.put("name", caller.name());
        officer.put("acting", caller.acting());
        return officer;
    }
}
