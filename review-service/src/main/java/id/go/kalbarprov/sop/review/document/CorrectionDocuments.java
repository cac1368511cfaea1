package id.go.kalbarprov.sop.review.document;

import id.go.kalbarprov.sop.platform.document.DocumentIds;
import id.go.kalbarprov.sop.platform.document.DocumentsConfig;
import id.go.kalbarprov.sop.platform.document.Letterhead;
import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.document.PdfRenderer;
import id.go.kalbarprov.sop.platform.document.QrCode;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.review.persistence.SignedDocumentEntity;
import id.go.kalbarprov.sop.review.signing.Signer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The correction as a PDF: the draft as it stands (printed "KONSEP", not stored, not signed) and, when the Karo
 * signs, the signed document — rendered with its number, date and verification QR code, signed in PAdES through the
 * {@link Signer}, and stored once with its SHA-256, so that what is served and archived is what was signed.
 */
@ApplicationScoped
public class CorrectionDocuments {

    @CheckedTemplate(basePath = "CorrectionDocuments")
    static class Templates {
        static native TemplateInstance correction(Letterhead.Kop kop, CorrectionDocument doc);
    }

    @Inject
    Letterhead letterhead;

    @Inject
    DocumentsConfig documents;

    @Inject
    Signer signer;

    /** The unsigned draft of {@code version}, with the paraf given on it so far. */
    public byte[] draft(ReviewEntity review, ReviewVersionEntity version, List<SealEntity> paraf) {
        return render(CorrectionDocument.of(header(review, version), content(version),
                paraf.stream().map(CorrectionDocuments::approval).toList(), null, null));
    }

    /**
     * Renders and signs the signed correction with the approvals it stands on (the paraf and the signature), not yet
     * stored: made outside any transaction, so that no database connection waits for the render or the signer.
     */
    public SignedDocumentEntity sign(ReviewEntity review, ReviewVersionEntity version, List<SealEntity> standing,
                                     Instant at) {
        String verificationId = DocumentIds.newVerificationId();
        String url = letterhead.verificationUrl(verificationId);
        List<CorrectionDocument.Approval> approvals = standing.stream().map(CorrectionDocuments::approval).toList();
        CorrectionDocument document = CorrectionDocument.of(header(review, version), content(version), approvals, url,
                QrCode.dataUri(url));
        CorrectionDocument.Signature signature = document.signature();
        byte[] pdf = signer.signPdf(render(document), new PadesSignature.SignerDetails(signature.name(),
                "Perbaikan Data Kinerja " + review.documentNumber, letterhead.city(), at));
        if (pdf.length > Limits.SIGNED_PDF) {
            // archive-service would refuse it: no document that can never be filed. The signature stands, its
            // document stays due with this error (pending_signed_document.last_error) for an operator to see.
            throw ProblemException.rule("document-too-large", Limits.SIGNED_PDF);
        }
        SignedDocumentEntity signed = new SignedDocumentEntity();
        signed.reviewId = review.id;
        signed.verificationId = verificationId;
        signed.pdf = pdf;
        signed.sha256 = ContentHash.sha256(pdf);
        signed.signedAt = at;
        return signed;
    }

    private byte[] render(CorrectionDocument document) {
        return PdfRenderer.render(Templates.correction(letterhead.kop(), document).render());
    }

    private CorrectionDocument.Header header(ReviewEntity review, ReviewVersionEntity version) {
        return new CorrectionDocument.Header(review.title, review.period, review.year, version.number,
                version.contentHash, review.documentNumber, review.documentDate, letterhead.city(),
                Map.of(5, documents.posts().kasubbag(), 6, documents.posts().kabag(), 7, documents.posts().karo()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> content(ReviewVersionEntity version) {
        return CanonicalJson.read(version.content) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static CorrectionDocument.Approval approval(SealEntity seal) {
        return new CorrectionDocument.Approval(seal.level, seal.name, seal.nip, seal.post, seal.acting, seal.at);
    }
}
