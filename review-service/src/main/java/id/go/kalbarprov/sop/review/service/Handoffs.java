package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.review.domain.ActKind;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.event.DraftReturned;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.event.SealAct;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.review.persistence.TaskEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
        outbox.record(review.caseId, eventId -> new DraftReturned(eventId, DraftReturned.TYPE, draftVersion, reason,
                Officer.of(by)));
    }

    /**
     * A decision at a level is a step of the case (5, 6 or 7): request-service shows it on the timeline with its
     * actionable and done times; the signature also moves the case to SIGNED. A return is registered in the agenda
     * book, as the document goes back down.
     */
    public void stepDone(ReviewEntity review, Level level, ActKind act, TaskEntity task, Caller by,
                         ReviewVersionEntity version, String reason, Instant at) {
        String kind = act == ActKind.INITIALLED ? "PARAF" : act == ActKind.SIGNED ? "SIGNATURE" : act.name();
        String detail = level.post + ": " + describe(act) + (reason == null ? "" : " — " + reason);
        outbox.record(review.caseId, eventId -> new CaseStatus(eventId, CaseStatus.TYPE, review.caseId, level.number,
                kind, act == ActKind.SIGNED ? CaseStatus.SIGNED : null, at,
                task == null ? null : task.actionableAt, task == null ? null : task.standardMinutes,
                Officer.of(by), version.number, version.contentHash, null, detail));
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
        String clippedSubject = subject.length() > Limits.SUBJECT ? subject.substring(0, Limits.SUBJECT) : subject;
        outbox.record(review.caseId, eventId -> new AgendaRegistration(eventId, AgendaRegistration.TYPE,
                review.caseId + "/" + document, review.caseId, AgendaDirection.INTERNAL, at,
                from.name() != null ? from.name() : from.upn(), to, null, null, clippedSubject, 0, null, remarks));
    }

    /** Level 7 signed: the signed correction to archive-service, and the case's new status to request-service. */
    public void correctionSigned(ReviewEntity review, ReviewVersionEntity finalVersion, int draftVersion,
                                 Caller karo, Instant at) {
        List<CorrectionSigned.Seal> seals = standingSeals(review).stream().map(Handoffs::seal).toList();
        outbox.record(review.caseId, eventId -> new CorrectionSigned(eventId, CorrectionSigned.TYPE, review.caseId,
                review.id, finalVersion.number, draftVersion, review.title, review.year, review.period,
                finalVersion.content, finalVersion.contentHash, seals, at));

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

    private static CorrectionSigned.Seal seal(SealEntity s) {
        return new CorrectionSigned.Seal(s.level, SealAct.valueOf(s.act.name()), s.upn, s.nip, s.name, s.post,
                s.acting, s.at, s.version, s.contentHash, s.algorithm, s.keyId, s.signature);
    }

}
