package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.review.domain.ActKind;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.review.outbox.Outbox;
import id.go.kalbarprov.sop.review.persistence.TaskEntity;
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

    /**
     * A decision at a level is a step of the case (5, 6 or 7): request-service shows it on the timeline with its
     * actionable and done times; the signature also moves the case to SIGNED. A return is registered in the agenda
     * book, as the document goes back down.
     */
    public void stepDone(ReviewEntity review, Level level, ActKind act, TaskEntity task, Caller by,
                         ReviewVersionEntity version, String reason, Instant at) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("type", Outbox.CASE_STATUS);
        status.put("caseId", review.caseId.toString());
        status.put("step", level.number);
        status.put("kind", act == ActKind.INITIALLED ? "PARAF" : act == ActKind.SIGNED ? "SIGNATURE" : act.name());
        if (act == ActKind.SIGNED) {
            status.put("status", "SIGNED");
        }
        status.put("at", at.toString());
        if (task != null) {
            status.put("actionableAt", task.actionableAt.toString());
            status.put("standardMinutes", task.standardMinutes);
        }
        status.put("actor", officer(by));
        status.put("version", version.number);
        status.put("contentHash", version.contentHash);
        status.put("detail", level.post + ": " + describe(act) + (reason == null ? "" : " — " + reason));
        outbox.record(Outbox.CASE_STATUS, review.caseId, status);
        if (act == ActKind.RETURNED) {
            registerInAgenda(review, "Return-" + review.round + "-" + level.number, at, by,
                    level.number == 5 ? "Pelaksana" : "Level " + (level.number - 1),
                    "Returned for revision: " + review.title, reason);
        }
    }

    private static String describe(ActKind act) {
        return switch (act) {
            case INITIALLED -> "initialled (paraf)";
            case SIGNED -> "signed";
            case RETURNED -> "returned one level down";
            case AMENDED -> "amended";
        };
    }

    private void registerInAgenda(ReviewEntity review, String document, Instant at, Caller from, String to,
                                  String subject, String remarks) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("sourceService", "review-service");
        entry.put("sourceRef", review.caseId + "/" + document);
        entry.put("caseId", review.caseId.toString());
        entry.put("direction", "INTERNAL");
        entry.put("date", at.toString());
        entry.put("from", from.name() != null ? from.name() : from.upn());
        entry.put("to", to);
        entry.put("subject", subject.length() > 500 ? subject.substring(0, 500) : subject);
        entry.put("attachments", 0);
        entry.put("remarks", remarks == null || remarks.length() <= 2000 ? remarks : remarks.substring(0, 2000));
        outbox.record(Outbox.AGENDA_REGISTRATION, review.caseId, entry);
    }

    /** Level 7 signed: the signed correction to archive-service, and the case's new status to request-service. */
    public void correctionSigned(ReviewEntity review, ReviewVersionEntity finalVersion, int draftVersion,
                                 Caller karo, Instant at) {
        Map<String, Object> signed = new LinkedHashMap<>();
        signed.put("type", Outbox.CORRECTION_SIGNED);
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

        registerInAgenda(review, "Signed-" + finalVersion.number, at, karo, "Kabag Tatalaksana",
                "Signed performance data correction: " + review.title, "SHA-256 " + finalVersion.contentHash);
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
