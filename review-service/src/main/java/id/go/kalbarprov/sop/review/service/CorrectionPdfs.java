package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.event.SealAct;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.review.document.CorrectionDocuments;
import id.go.kalbarprov.sop.review.persistence.ActEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.review.persistence.SignedDocumentEntity;
import id.go.kalbarprov.sop.review.problem.ReviewProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The correction's PDF for a reader of the review: once signed, the stored signed document byte for byte; before,
 * the current version as a draft ("KONSEP") with the paraf given on it in this round, rendered on request.
 */
@ApplicationScoped
public class CorrectionPdfs {

    /** A PDF, its SHA-256, and whether it is the signed document. */
    public record Pdf(byte[] bytes, String sha256, boolean signed, String fileName) {
    }

    @Inject
    ReviewAccess access;

    @Inject
    Reviews reviews;

    @Inject
    CorrectionDocuments documents;

    @Inject
    SignedCorrections signedCorrections;

    public Pdf of(UUID reviewId, Caller caller) {
        Readable readable = QuarkusTransaction.requiringNew().call(() -> readable(reviewId, caller));
        if (readable.pdf() != null) {
            return readable.pdf();
        }
        // Signed and still due: made now, or waited for while this service makes it, holding no connection.
        SignedDocumentEntity signed = signedCorrections.signedDocument(reviewId)
                .orElseThrow(() -> new ProblemException(ReviewProblem.SIGNED_DOCUMENT_PENDING,
                        "signed-document-pending"));
        return signed(readable.documentNumber(), signed);
    }

    /** What one transaction finds: the draft or the stored signed document, or none yet for a signed review. */
    private record Readable(String documentNumber, Pdf pdf) {
    }

    private Readable readable(UUID reviewId, Caller caller) {
        ReviewEntity review = access.readable(reviewId, caller);
        if (review.documentNumber == null) {
            return new Readable(null, draft(review));
        }
        // Signed: only the signed document, never a draft of it.
        return new Readable(review.documentNumber, SignedDocumentEntity.ofReview(reviewId)
                .map(signed -> signed(review.documentNumber, signed)).orElse(null));
    }

    private static Pdf signed(String documentNumber, SignedDocumentEntity document) {
        return new Pdf(document.pdf, document.sha256, true, fileName(documentNumber));
    }

    private Pdf draft(ReviewEntity review) {
        ReviewVersionEntity version = reviews.version(review.id, review.currentVersion);
        Set<Long> thisRound = ActEntity.ofReview(review.id).stream().filter(a -> a.round == review.round)
                .map(a -> a.id).collect(Collectors.toSet());
        List<SealEntity> paraf = SealEntity.ofReview(review.id).stream()
                .filter(s -> s.act == SealAct.PARAF && thisRound.contains(s.actId) && s.version == version.number)
                .toList();
        byte[] pdf = documents.draft(review, version, paraf);
        return new Pdf(pdf, ContentHash.sha256(pdf), false,
                "konsep-perbaikan-data-kinerja-v" + version.number + ".pdf");
    }

    private static String fileName(String documentNumber) {
        return "perbaikan-data-kinerja-" + documentNumber.replaceAll("[^A-Za-z0-9.-]+", "-") + ".pdf";
    }
}
