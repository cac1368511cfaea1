package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.document.Letterhead;
import id.go.kalbarprov.sop.platform.document.PdfRenderer;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.ReadPolicy;
import id.go.kalbarprov.sop.request.document.LetterTemplates;
import id.go.kalbarprov.sop.request.document.Letters;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.DocumentPdfEntity;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.request.persistence.UnitEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The case's letters as archival PDFs: the Lembar Disposisi (step 1) and the Nota Dinas. A letter is rendered on its
 * first request and its bytes and SHA-256 recorded ({@code document_pdf}); later requests get the same bytes. A
 * rendering is keyed by what it prints, so a letter whose content changes is rendered again. A unit reads its copy
 * without officials' NIPs (README, "Access policy"), a rendering of its own.
 */
@ApplicationScoped
public class LetterService {

    @Inject
    CaseAccess access;

    @Inject
    MemoService memos;

    @Inject
    UnitRegister units;

    @Inject
    Letterhead letterhead;

    @Inject
    EntityManager em;

    /** A rendered letter as served: its bytes, their SHA-256 (the ETag) and the file name to save it under. */
    /** Bytes of the largest letter PDF: a letter's fields are bounded, and so is what it prints. */
    public static final int LARGEST_PDF = 5 * 1024 * 1024;

    public record Pdf(byte[] content, String sha256, String fileName) {
    }

    /** The Lembar Disposisi of a case the caller may see. */
    public Pdf disposition(UUID caseId, Caller caller) {
        CaseEntity c = access.visible(caseId, caller);
        return rendered(disposition(c, caller));
    }

    /** The Nota Dinas of a case the caller may see; 404 before it is issued. */
    public Pdf memo(UUID caseId, Caller caller) {
        MemoEntity memo = memos.memoOf(caseId, caller);
        return rendered(memo(memo, CaseEntity.findById(caseId), caller));
    }

    /** A reminder Nota Dinas of a case the caller may see; "not found" for a unit it is not addressed to. */
    public Pdf reminder(UUID caseId, UUID memoId, Caller caller) {
        MemoEntity memo = memos.reminderOf(caseId, memoId, caller);
        return rendered(memo(memo, CaseEntity.findById(caseId), caller));
    }

    /** The SHA-256 of the disposition's PDF as the caller would get it, once rendered. */
    public Optional<String> dispositionSha256(CaseEntity c, Caller caller) {
        return recorded(disposition(c, caller)).map(p -> p.sha256);
    }

    /** The SHA-256 of the Nota Dinas PDF as the caller would get it, once rendered. */
    public Optional<String> memoSha256(MemoEntity memo, Caller caller) {
        return recorded(memo(memo, CaseEntity.findById(memo.caseId), caller)).map(p -> p.sha256);
    }

    /** What one letter prints, for whom, and how its file is named. */
    private record Letter(String kind, UUID documentId, UUID caseId, String audience, TemplateInstance template,
                          String sourceHash, String fileName) {
    }

    private Letter disposition(CaseEntity c, Caller caller) {
        boolean withNips = ReadPolicy.readsOfficialNips(caller);
        Map<String, Letters.RegisteredUnit> registered = new LinkedHashMap<>();
        units.byCode(List.of(c.targetUnits)).forEach((code, unit) -> registered.put(code, registered(unit)));
        Letters.Disposition sheet = Letters.disposition(new Letters.DispositionFacts(c.letterFrom, c.letterNumber,
                        c.letterDate, c.letterSubject, c.letterReceivedAt, c.urgency, c.instruction, c.dispositionNote,
                        c.openedAt, c.openedByName, c.openedByNip, c.openedActing, c.title, c.period, c.year,
                        c.reason, List.of(c.targetUnits), c.dueDate),
                registered, letterhead.posts().karo(), letterhead.posts().kabag(), letterhead.city(), withNips);
        Letterhead.Kop kop = letterhead.kop();
        return new Letter(DocumentPdfEntity.DISPOSITION, c.id, c.id, audience(withNips),
                LetterTemplates.disposition(kop, sheet), sourceHash(DocumentPdfEntity.DISPOSITION, kop, sheet),
                "lembar-disposisi-" + c.openedAt.atZone(CaseService.WIB).toLocalDate() + "-"
                        + c.id.toString().substring(0, 8) + ".pdf");
    }

    private Letter memo(MemoEntity m, CaseEntity c, Caller caller) {
        boolean withNips = ReadPolicy.readsOfficialNips(caller);
        Letters.NotaDinas sheet = Letters.notaDinas(new Letters.MemoFacts(m.number, m.issuedAt, m.nature, m.subject,
                m.body, List.of(m.addressees), m.addresseeNames == null ? List.of() : List.of(m.addresseeNames),
                m.addresseePosts == null ? List.of() : List.of(m.addresseePosts),
                m.copies == null ? List.of() : List.of(m.copies), m.attachments, m.signerName, m.signerPosition,
                m.signerNip, m.signerActing, m.replyBy == null ? c.dueDate : m.replyBy), letterhead.city(), withNips);
        Letterhead.Kop kop = letterhead.kop();
        return new Letter(DocumentPdfEntity.MEMO, m.id, m.caseId, audience(withNips),
                LetterTemplates.notaDinas(kop, sheet), sourceHash(DocumentPdfEntity.MEMO, kop, sheet),
                "nota-dinas-" + m.number.replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf");
    }

    private static Letters.RegisteredUnit registered(UnitEntity unit) {
        return new Letters.RegisteredUnit(unit.name, unit.headPost);
    }

    private static String audience(boolean withNips) {
        return withNips ? DocumentPdfEntity.BUREAU : DocumentPdfEntity.UNIT;
    }

    private static String sourceHash(String kind, Letterhead.Kop kop, Object sheet) {
        Map<String, Object> printed = new LinkedHashMap<>();
        printed.put("kind", kind);
        printed.put("kop", kop);
        printed.put("sheet", sheet);
        return ContentHash.sha256(CanonicalJson.write(printed));
    }

    private static Optional<DocumentPdfEntity> recorded(Letter letter) {
        return DocumentPdfEntity.rendering(letter.kind(), letter.documentId(), letter.audience(), letter.sourceHash());
    }

    /**
     * The recorded rendering, or a new one. Rendering runs outside any transaction; two first requests at once both
     * render, the first to commit is recorded and both serve that one.
     */
    private Pdf rendered(Letter letter) {
        DocumentPdfEntity found = recorded(letter).orElseGet(() -> record(letter,
                PdfRenderer.render(letter.template().render())));
        return new Pdf(found.content, found.sha256, found.fileName);
    }

    private DocumentPdfEntity record(Letter letter, byte[] pdf) {
        if (pdf.length > LARGEST_PDF) {
            throw new IllegalStateException("a " + letter.kind() + " PDF of " + pdf.length + " bytes, above the "
                    + LARGEST_PDF + " the document states");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("""
                            INSERT INTO document_pdf (id, kind, document_id, case_id, audience, source_hash, sha256,
                                                      size_bytes, content, file_name, rendered_at)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                            ON CONFLICT (kind, document_id, audience, source_hash) DO NOTHING""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, letter.kind())
                    .setParameter(3, letter.documentId()).setParameter(4, letter.caseId())
                    .setParameter(5, letter.audience()).setParameter(6, letter.sourceHash())
                    .setParameter(7, ContentHash.sha256(pdf)).setParameter(8, pdf.length).setParameter(9, pdf)
                    .setParameter(10, letter.fileName()).setParameter(11, Instant.now())
                    .executeUpdate();
            return recorded(letter).orElseThrow(() -> new IllegalStateException("The rendering was not recorded"));
        });
    }
}
