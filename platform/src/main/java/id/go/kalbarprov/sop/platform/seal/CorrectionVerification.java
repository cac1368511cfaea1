package id.go.kalbarprov.sop.platform.seal;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.event.SealAct;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a signed correction can be trusted: its content matches its hash, every seal and every sealed amendment is
 * a valid signature by a key of the keyring over its statement, and they make a chain by {@link SealChainRule}; and
 * its signed PDF, when it carries one, hashes to its recorded SHA-256 and bears a valid PAdES signature by a key of
 * the keyring ({@link SignedPdfCheck}).
 */
public final class CorrectionVerification {

    public static final String CONTENT_HASH_MISMATCH = "CONTENT_HASH_MISMATCH";
    public static final String UNKNOWN_KEY = "UNKNOWN_KEY";
    public static final String SEAL_SIGNATURE_INVALID = "SEAL_SIGNATURE_INVALID";
    public static final String SEAL_REVIEW_MISMATCH = "SEAL_REVIEW_MISMATCH";
    public static final String PDF_HASH_MISMATCH = "PDF_HASH_MISMATCH";
    public static final String PDF_SIGNATURE_INVALID = "PDF_SIGNATURE_INVALID";

    /** The first reason the correction is not trusted, and what was found. */
    public record Failure(String reason, String detail) {
    }

    /** Each seal's and amendment's check, in the order given, and the first failure if any. */
    public record Result(List<SealVerifier.Outcome> seals, List<SealVerifier.Outcome> amendments,
                         Optional<Failure> failure) {
        public boolean valid() {
            return failure.isEmpty();
        }
    }

    private CorrectionVerification() {
    }

    public static Result verify(CorrectionSigned correction, Keyring keyring) {
        List<SealVerifier.Outcome> seals = new ArrayList<>();
        List<SealVerifier.Outcome> amendments = new ArrayList<>();
        Failure failure = null;
        if (!ContentHash.sha256(correction.content()).equals(correction.contentHash())) {
            failure = new Failure(CONTENT_HASH_MISMATCH, "the content does not hash to contentHash");
        }
        for (CorrectionSigned.Seal seal : correction.seals()) {
            SealVerifier.Outcome outcome = verify(seal, correction.documentNumber(), correction.documentDate(),
                    keyring);
            seals.add(outcome);
            if (failure == null && !correction.reviewId().equals(seal.reviewId())) {
                failure = new Failure(SEAL_REVIEW_MISMATCH, "the level " + seal.level() + " seal is of review "
                        + seal.reviewId());
            }
            if (failure == null && !outcome.valid()) {
                failure = failure(outcome, "the level " + seal.level() + " " + seal.act() + " seal");
            }
        }
        for (CorrectionSigned.Amendment amendment : correction.amendments()) {
            SealVerifier.Outcome outcome = verify(correction.reviewId(), amendment, keyring);
            amendments.add(outcome);
            if (failure == null && !outcome.valid()) {
                failure = failure(outcome, "the amendment from version " + amendment.fromVersion() + " to "
                        + amendment.toVersion());
            }
        }
        if (failure == null) {
            failure = SealChainRule.check(links(correction), correction.version(), correction.contentHash())
                    .map(broken -> new Failure(broken.code(), broken.detail())).orElse(null);
        }
        if (failure == null && (correction.pdf() != null || correction.pdfSha256() != null)) {
            SignedPdfCheck pdf = SignedPdfCheck.of(correction.pdf(), correction.pdfSha256(), keyring);
            if (!pdf.hashMatches()) {
                failure = new Failure(PDF_HASH_MISMATCH, "the signed PDF does not hash to pdfSha256");
            } else if (!pdf.valid()) {
                failure = new Failure(PDF_SIGNATURE_INVALID, "the signed PDF's signature is not valid or not made "
                        + "by a key of review-service's keyring");
            }
        }
        return new Result(seals, amendments, Optional.ofNullable(failure));
    }

    /** One paraf or signature checked; the signature's statement covers the document number and date. */
    public static SealVerifier.Outcome verify(CorrectionSigned.Seal seal, String documentNumber,
                                              LocalDate documentDate, Keyring keyring) {
        return SealVerifier.verify(statement(seal, documentNumber, documentDate), seal.algorithm(), seal.keyId(),
                seal.signature(), keyring);
    }

    /** One sealed amendment of the review checked. */
    public static SealVerifier.Outcome verify(UUID reviewId, CorrectionSigned.Amendment amendment, Keyring keyring) {
        return SealVerifier.verify(statement(reviewId, amendment), amendment.algorithm(), amendment.keyId(),
                amendment.signature(), keyring);
    }

    public static SealStatement statement(CorrectionSigned.Seal seal, String documentNumber, LocalDate documentDate) {
        boolean signature = seal.act() == SealAct.SIGNATURE;
        return SealStatement.approval(seal.reviewId(), seal.act(), seal.level(), seal.upn(), seal.nip(), seal.name(),
                seal.post(), Boolean.TRUE.equals(seal.acting()), seal.version(), seal.contentHash(),
                signature ? documentNumber : null, signature ? documentDate : null, seal.at());
    }

    public static SealStatement statement(UUID reviewId, CorrectionSigned.Amendment amendment) {
        return SealStatement.amendment(reviewId, amendment.level(), amendment.officer().upn(),
                amendment.officer().nip(), amendment.officer().name(), amendment.post(),
                Boolean.TRUE.equals(amendment.officer().acting()), amendment.fromVersion(), amendment.fromHash(),
                amendment.toVersion(), amendment.toHash(), amendment.at());
    }

    private static List<SealChainRule.Link> links(CorrectionSigned correction) {
        List<SealChainRule.Link> links = new ArrayList<>();
        correction.seals().forEach(seal -> links.add(
                SealChainRule.Link.approval(seal.level(), seal.act(), seal.version(), seal.contentHash())));
        correction.amendments().forEach(a -> links.add(
                SealChainRule.Link.amendment(a.level(), a.fromVersion(), a.fromHash(), a.toVersion(), a.toHash())));
        return links;
    }

    private static Failure failure(SealVerifier.Outcome outcome, String which) {
        return outcome == SealVerifier.Outcome.UNKNOWN_KEY
                ? new Failure(UNKNOWN_KEY, which + " names a key that is not in review-service's keyring")
                : new Failure(SEAL_SIGNATURE_INVALID, which + " is not a valid signature over its statement");
    }
}
