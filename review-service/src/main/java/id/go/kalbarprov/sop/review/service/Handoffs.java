package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.review.config.ReviewConfig;
import id.go.kalbarprov.sop.review.domain.ActKind;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.event.AgendaDocument;
import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.event.DraftReturned;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.review.persistence.TaskEntity;
import id.go.kalbarprov.sop.review.persistence.ActEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.review.persistence.SignedDocumentEntity;
import id.go.kalbarprov.sop.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The events this service hands to request-service and archive-service, in the shapes they accept. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Handoffs {

    @Inject
    Outbox outbox;

    @Inject
    ReviewConfig config;

    /**
     * Level 5 returned the draft: request-service reopens step 4 for the pelaksana, who revises from the version as
     * reviewed, amendments included.
     */
    public void draftReturned(ReviewEntity review, int draftVersion, ReviewVersionEntity reviewed, String reason,
                              Caller by) {
        outbox.record(review.caseId, eventId -> new DraftReturned(eventId, DraftReturned.TYPE, draftVersion, reason,
                Officer.of(by), reviewed.number, reviewed.content, reviewed.contentHash));
    }

    /**
     * A decision at a level is a step of the case (5, 6 or 7): request-service shows it on the timeline with its
     * actionable and done times; the signature also moves the case to SIGNED. A paraf hands the draft up a level and
     * a return sends it one level down: both are registered in the agenda book.
     */
    public void stepDone(ReviewEntity review, Level level, ActKind act, TaskEntity task, Caller by,
                         ReviewVersionEntity version, String reason, Instant at) {
        String kind = act == ActKind.INITIALLED ? "PARAF" : act == ActKind.SIGNED ? "SIGNATURE" : act.name();
        String detail = level.post + ": " + describe(act) + (reason == null ? "" : " — " + reason);
        String status = act == ActKind.SIGNED ? CaseStatus.SIGNED
                : act == ActKind.NO_CORRECTION ? CaseStatus.CLOSED_NO_CORRECTION : null;
        outbox.record(review.caseId, eventId -> new CaseStatus(eventId, CaseStatus.TYPE, review.caseId, level.number,
                kind, status, at,
                task == null ? null : task.actionableAt, task == null ? null : task.standardMinutes,
                Officer.of(by), version.number, version.contentHash, null, detail));
        if (act == ActKind.RETURNED) {
            registerInAgenda(document(review, "Return-" + review.round + "-" + level.number, level, at)
                    .from(by.name() != null ? by.name() : by.upn())
                    .to(level.below().map(below -> below.post).orElse("Pelaksana"))
                    .subject("Returned for revision: " + review.title + " (version " + version.number + ")")
                    .remarks(reason));
        } else if (act == ActKind.NO_CORRECTION) {
            registerInAgenda(outcome(AgendaDocument.Outcome.CLOSED_NO_CORRECTION, review, level, by, reason, at)
                    .remarks(reason + " (version " + version.number + ", SHA-256 " + version.contentHash + ")"));
        } else if (act == ActKind.INITIALLED) {
            // review.round is the round this paraf was given in: a level initials once per round.
            registerInAgenda(document(review, "Handover-" + review.round + "-" + level.number, level, at)
                    .from(by.name() != null ? by.name() : by.upn())
                    .to(level.above().map(above -> above.post).orElseThrow())
                    .subject("Draft performance data correction, version " + version.number
                            + ", initialled (paraf) for review: " + review.title)
                    .remarks("SHA-256 " + version.contentHash));
        }
    }

    /**
     * The Karo withdrew the case while it was in review at {@code level}: request-service ends the case (WITHDRAWN,
     * shown on its timeline at that step) and the withdrawal is registered in the agenda book. The turn the
     * withdrawal closed is reported with its times, so that both services' reports count it (a case's ending closes
     * its open tasks, in every service).
     */
    public void withdrawn(ReviewEntity review, Level level, TaskEntity turn, Caller karo, ReviewVersionEntity version,
                          String reason, Instant at) {
        String detail = clip(Level.KARO.post + ": " + describe(ActKind.WITHDRAWN) + " while at level " + level.number
                + " (" + level.post + ") — " + reason, CaseStatus.DETAIL);
        outbox.record(review.caseId, eventId -> new CaseStatus(eventId, CaseStatus.TYPE, review.caseId, level.number,
                ActKind.WITHDRAWN.name(), CaseStatus.WITHDRAWN, at, turn == null ? null : turn.actionableAt,
                turn == null ? null : turn.standardMinutes, Officer.of(karo), version.number,
                version.contentHash, null, detail));
        registerInAgenda(outcome(AgendaDocument.Outcome.WITHDRAWN, review, level, karo, reason, at));
    }

    private AgendaDocument outcome(AgendaDocument.Outcome outcome, ReviewEntity review, Level level, Caller karo,
                                   String reason, Instant at) {
        return AgendaDocument.outcome(outcome, review.caseId, level.number, at,
                        karo.name() != null ? karo.name() : karo.upn(), review.title, reason)
                .classification(config.agenda().classification());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private AgendaDocument document(ReviewEntity review, String document, Level level, Instant at) {
        return AgendaDocument.of(review.caseId + "/" + document, review.caseId, level.number,
                AgendaDirection.INTERNAL, at).classification(config.agenda().classification());
    }

    private static String describe(ActKind act) {
        return switch (act) {
            case INITIALLED -> "initialled (paraf)";
            case SIGNED -> "signed";
            case RETURNED -> "returned one level down";
            case AMENDED -> "amended";
            case NO_CORRECTION -> "closed the case, no correction needed";
            case WITHDRAWN -> "withdrew the case";
        };
    }

    private void registerInAgenda(AgendaDocument document) {
        outbox.record(document.caseId(), eventId -> document.registration(eventId));
    }

    /**
     * Level 7 signed: the signed correction to archive-service, with its document number and everything a verifier
     * needs (the standing seals and the sealed amendments after the level-5 paraf), and its entry in the agenda book.
     */
    public void correctionSigned(ReviewEntity review, ReviewVersionEntity finalVersion, int draftVersion,
                                 ActEntity signature, SignedDocumentEntity document) {
        Instant at = signature.at;
        Sealing.Standing standing = Sealing.standing(SealEntity.ofReview(review.id));
        List<CorrectionSigned.Seal> seals = standing.approvals().stream().map(Handoffs::seal).toList();
        List<CorrectionSigned.Amendment> amendments = standing.amendments().stream()
                .map(s -> amendment(s, ReviewVersionEntity.find(review.id, s.version).orElseThrow())).toList();
        outbox.record(review.caseId, eventId -> new CorrectionSigned(eventId, CorrectionSigned.TYPE, review.caseId,
                review.id, finalVersion.number, draftVersion, review.title, review.year, review.period,
                finalVersion.content, finalVersion.contentHash, seals, amendments, review.documentNumber,
                review.documentDate, at, document.verificationId, document.sha256, document.pdf));

        registerInAgenda(document(review, "Signed-" + finalVersion.number, Level.KARO, at)
                .from(signature.name != null ? signature.name : signature.upn).to("Kabag Tatalaksana")
                .numbered(review.documentNumber, review.documentDate)
                .subject("Signed performance data correction: " + review.title)
                .remarks("SHA-256 " + finalVersion.contentHash + ", PDF SHA-256 " + document.sha256));
    }

    private static CorrectionSigned.Seal seal(SealEntity s) {
        return new CorrectionSigned.Seal(s.level, s.act, s.reviewId, s.upn, s.nip, s.name, s.post, s.acting, s.at,
                s.version, s.contentHash, s.algorithm, s.keyId, s.signature);
    }

    private static CorrectionSigned.Amendment amendment(SealEntity s, ReviewVersionEntity version) {
        String diff = version.diff == null ? null : CanonicalJson.write(version.diff);
        return new CorrectionSigned.Amendment(s.level, s.baseVersion, s.baseHash, s.version, s.contentHash,
                new Officer(s.upn, s.nip, s.name, s.acting), s.post, s.at, version.note,
                diff != null && diff.length() <= Limits.AMENDMENT_DIFF ? diff : null, s.algorithm, s.keyId,
                s.signature);
    }

}
