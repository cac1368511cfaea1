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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    @Transactional
    public Pdf of(UUID reviewId, Caller caller) {
        ReviewEntity review = access.readable(reviewId, caller);
        if (review.documentNumber == null) {
            return draft(review);
        }
        // Signed: only the signed document, never a draft of it; made now if it is still due.
        SignedDocumentEntity signed = SignedDocumentEntity.ofReview(reviewId)
                .or(() -> signedCorrections.signedDocument(reviewId))
                .orElseThrow(() -> new ProblemException(ReviewProblem.SIGNED_DOCUMENT_PENDING,
                        "signed-document-pending"));
        return new Pdf(signed.pdf, signed.sha256, true, fileName(review.documentNumber));
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
