package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.domain.FileType;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.config.AttachmentsConfig;
import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.request.persistence.AttachmentEntity;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.SubmissionEntity;
import id.go.kalbarprov.sop.request.problem.RequestProblem;
import id.go.kalbarprov.sop.request.service.command.UploadFile;
import id.go.kalbarprov.sop.request.storage.AttachmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Files on a case, a unit's submission or the draft version being prepared. The type is told from the bytes, the
 * SHA-256 is kept with the metadata in PostgreSQL, the bytes go to the configured {@link AttachmentStore}, and every
 * read checks them against the SHA-256. Who may read a file is who may read its parent; a unit only ever its own.
 */
@ApplicationScoped
public class AttachmentService {

    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

    /** The files a case holds, its own, its replies' and its drafts' together. */
    public static final int PER_CASE = 1000;
    /** Bytes of the largest file, whatever sop.attachments.max-bytes says (the HTTP layer's own cap). */
    public static final int LARGEST_FILE = 64 * 1024 * 1024;

    @Inject
    CaseAccess access;

    @Inject
    AttachmentStore store;

    @Inject
    AttachmentsConfig config;

    @Inject
    Timeline timeline;

    /**
     * A file on the case itself: an officer's (a reply letter received on paper, before its reply is entered), or a
     * unit's own file before it submits. Either is later claimed by a submission through its {@code attachmentIds}.
     */
    @Transactional
    public AttachmentEntity uploadToCase(UUID caseId, UploadFile file, Caller caller) {
        CaseEntity c = caseForEntry(caseId, caller);
        if (c.state == CaseState.ARCHIVED) {
            throw ProblemException.rule("attachment-case-archived");
        }
        AttachmentEntity a = stored(c, AttachmentEntity.CASE, file, caller);
        a.unitCode = caller.isUnitOnly() ? caller.unit() : null;
        return keep(a, file);
    }

    /** A file on a current submission: the unit's own, or one the bureau entered on a unit's behalf. */
    @Transactional
    public AttachmentEntity uploadToSubmission(UUID caseId, UUID submissionId, UploadFile file, Caller caller) {
        CaseEntity c = caseForEntry(caseId, caller);
        SubmissionEntity s = SubmissionEntity.findById(submissionId);
        if (s == null || !s.caseId.equals(caseId) || (caller.isUnitOnly() && !s.unitCode.equals(caller.unit()))) {
            throw ProblemException.notFound("Submission", submissionId);
        }
        if (!caller.isUnitOnly() && !s.onBehalf) {
            throw new ProblemException(RequestProblem.OTHER_UNIT, "attachment-unit-own", s.unitCode);
        }
        if (c.state != CaseState.COLLECTING || s.supersededAt != null) {
            throw ProblemException.rule("attachment-submission-closed");
        }
        AttachmentEntity a = stored(c, AttachmentEntity.SUBMISSION, file, caller);
        a.submissionId = s.id;
        a.unitCode = s.unitCode;
        return keep(a, file);
    }

    /** A file on the draft version the assigned pelaksana is preparing; a frozen version's files are frozen with it. */
    @Transactional
    public AttachmentEntity uploadToDraft(UUID caseId, int number, UploadFile file, Caller pelaksana) {
        CaseEntity c = access.locked(caseId);
        access.requireAssignee(c, pelaksana);
        if (!(c.state == CaseState.DRAFTING || c.state == CaseState.REVISION) || number != c.draftVersions + 1) {
            throw ProblemException.rule("attachment-draft-frozen", c.draftVersions + 1);
        }
        AttachmentEntity a = stored(c, AttachmentEntity.DRAFT, file, pelaksana);
        a.draftVersion = number;
        return keep(a, file);
    }

    /** Every file of a case the caller may see, each with the document it belongs to. */
    public List<AttachmentEntity> list(UUID caseId, Caller caller) {
        access.visible(caseId, caller);
        return AttachmentEntity.allOf(caseId).stream().filter(a -> readable(a, caller)).toList();
    }

    /** The case's own files (officers only: a unit's files are on its submissions). */
    public List<AttachmentEntity> ofCase(UUID caseId, Caller caller) {
        return readableOf(AttachmentEntity.ofCase(caseId), caller);
    }

    /** The files of draft version {@code number} (the caller's read of the version is checked by the caller). */
    public List<AttachmentEntity> ofDraft(UUID caseId, int number) {
        return AttachmentEntity.ofDraft(caseId, number);
    }

    /** The files of one parent the caller may see (the parent's own read check is the caller's). */
    public List<AttachmentEntity> readableOf(List<AttachmentEntity> found, Caller caller) {
        return found.stream().filter(a -> readable(a, caller)).toList();
    }

    /** One file and its bytes, checked against the SHA-256 recorded when it was uploaded. */
    @Transactional
    public Download download(UUID id, Caller caller) {
        AttachmentEntity a = AttachmentEntity.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Attachment", id);
        }
        access.visible(a.caseId, caller);
        if (!readable(a, caller)) {
            throw ProblemException.notFound("Attachment", id);
        }
        byte[] bytes = store.get(a.id).orElseThrow(() -> {
            LOG.errorf("Attachment %s: no bytes in the %s store", a.id, store.name());
            return new ProblemException(RequestProblem.ATTACHMENT_UNREADABLE, "attachment-missing");
        });
        if (bytes.length != a.sizeBytes || !sha256(bytes).equals(a.sha256)) {
            LOG.errorf("Attachment %s: the bytes in the %s store do not match the recorded SHA-256 %s", a.id,
                    store.name(), a.sha256);
            throw new ProblemException(RequestProblem.ATTACHMENT_UNREADABLE, "attachment-tampered");
        }
        return new Download(a, bytes);
    }

    public record Download(AttachmentEntity attachment, byte[] bytes) {
    }

    /**
     * Claims case-level files for a submission being recorded: each must be a file of this case not yet claimed,
     * uploaded by the bureau or by the unit the submission is for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AttachmentEntity> claim(UUID caseId, SubmissionEntity submission, List<UUID> ids, String field) {
        List<AttachmentEntity> claimed = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            AttachmentEntity a = AttachmentEntity.findById(ids.get(i));
            if (a == null || !a.caseId.equals(caseId) || !AttachmentEntity.CASE.equals(a.parentKind)
                    || (a.unitCode != null && !a.unitCode.equals(submission.unitCode))) {
                throw ProblemException.invalid(ids.size() == 1 ? field : field + "[" + i + "]",
                        "attachment-not-claimable", ids.get(i));
            }
            a.parentKind = AttachmentEntity.SUBMISSION;
            a.submissionId = submission.id;
            a.unitCode = submission.unitCode;
            claimed.add(a);
        }
        return claimed;
    }

    private boolean readable(AttachmentEntity a, Caller caller) {
        if (caller.isUnitOnly()) {
            return a.unitCode != null && a.unitCode.equals(caller.unit());
        }
        return true;
    }

    /**
     * The case for entering a reply or its files. A unit: only a case addressed to it. A pelaksana not (yet)
     * assigned may enter replies while the case collects them (the bureau's staff receive the letters); otherwise
     * the case's usual read rule applies.
     */
    CaseEntity caseForEntry(UUID caseId, Caller caller) {
        CaseEntity c = access.locked(caseId);
        if (caller.has(Roles.PELAKSANA) && c.state == CaseState.COLLECTING) {
            return c;
        }
        access.visible(caseId, caller);
        return c;
    }

    private AttachmentEntity stored(CaseEntity c, String parentKind, UploadFile file, Caller caller) {
        byte[] bytes = file.bytes() == null ? new byte[0] : file.bytes();
        if (bytes.length == 0) {
            throw ProblemException.invalid("body", "attachment-empty");
        }
        if (bytes.length > Math.min(config.maxBytes().asLongValue(), LARGEST_FILE)) {
            throw new ProblemException(CommonProblem.PAYLOAD_TOO_LARGE, "payload-too-large",
                    config.maxBytes().asLongValue());
        }
        if (AttachmentEntity.count("caseId", c.id) >= PER_CASE) {
            throw new ProblemException(CommonProblem.RULE_VIOLATED, "attachment-too-many", PER_CASE);
        }
        FileType type = FileType.of(bytes).orElseThrow(() ->
                new ProblemException(CommonProblem.UNSUPPORTED_MEDIA_TYPE, "attachment-type-unsupported"));
        if (file.description() != null && file.description().length() > 500) {
            throw ProblemException.invalid("description", "attachment-description-long");
        }
        AttachmentEntity a = new AttachmentEntity();
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.parentKind = parentKind;
        a.fileName = type.fileName(file.fileName());
        a.mediaType = type.mediaType();
        a.sizeBytes = bytes.length;
        a.sha256 = sha256(bytes);
        a.description = file.description() == null || file.description().isBlank() ? null
                : file.description().strip();
        a.store = store.name();
        a.uploadedByUpn = caller.upn();
        a.uploadedByName = caller.name();
        a.uploadedByRole = roleOf(caller);
        a.uploadedAt = Instant.now();
        return a;
    }

    private AttachmentEntity keep(AttachmentEntity a, UploadFile file) {
        a.persist();
        store.put(a.id, a.mediaType, file.bytes());
        timeline.record(a.caseId, null, "ATTACHMENT_ADDED", a.uploadedByUpn, a.uploadedByName, false,
                a.uploadedByRole, "File " + a.fileName + " (" + a.mediaType + ", " + a.sizeBytes + " bytes, SHA-256 "
                        + a.sha256 + ") added to the " + a.parentKind.toLowerCase(java.util.Locale.ROOT)
                        + (a.unitCode != null ? " of " + a.unitCode : ""), a.uploadedAt);
        return a;
    }

    /** The role a caller acts in when entering documents: a unit, or the most senior officer role it holds. */
    static String roleOf(Caller caller) {
        if (caller.isUnitOnly()) {
            return Roles.UNIT;
        }
        for (String role : List.of(Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA)) {
            if (caller.has(role)) {
                return role;
            }
        }
        return caller.roles().stream().findFirst().orElse("unknown");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
