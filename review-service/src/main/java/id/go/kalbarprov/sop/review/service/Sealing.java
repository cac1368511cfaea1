package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.review.domain.SealStatement;
import id.go.kalbarprov.sop.review.persistence.ActEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.review.signing.SignatureValue;
import id.go.kalbarprov.sop.review.signing.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Seals approvals through the configured {@link Signer} and checks seals against the stored content. */
@ApplicationScoped
public class Sealing {

    @Inject
    Signer signer;

    /** Seals an approval act: the statement of who approved which content hash, signed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SealEntity seal(ActEntity approval) {
        Level level = Level.of(approval.level);
        SealEntity seal = new SealEntity();
        seal.reviewId = approval.reviewId;
        seal.actId = approval.id;
        seal.level = approval.level;
        seal.act = level.approval;
        seal.upn = approval.upn;
        seal.nip = approval.nip;
        seal.name = approval.name;
        seal.post = approval.post;
        seal.acting = approval.acting;
        seal.at = approval.at;
        seal.version = approval.version;
        seal.contentHash = approval.contentHash;
        SignatureValue signature = signer.sign(seal.statement().bytes());
        seal.algorithm = signature.algorithm();
        seal.keyId = signature.keyId();
        seal.signature = signature.base64();
        seal.persist();
        return seal;
    }

    /** Every seal of the review, oldest first. */
    public List<SealEntity> seals(UUID reviewId) {
        return SealEntity.ofReview(reviewId);
    }

    /** One seal checked: does the stored content still hash to what was sealed, and is the signature good? */
    public record Check(SealEntity seal, String actualContentHash, boolean contentHashMatches,
                        boolean signatureValid) {
        public boolean valid() {
            return contentHashMatches && signatureValid;
        }
    }

    public List<Check> verify(UUID reviewId) {
        Map<Integer, ReviewVersionEntity> byNumber = ReviewVersionEntity.ofReview(reviewId).stream()
                .collect(Collectors.toMap(v -> v.number, Function.identity()));
        return SealEntity.ofReview(reviewId).stream().map(seal -> {
            ReviewVersionEntity version = byNumber.get(seal.version);
            String actual = version == null ? null : ContentHash.sha256(version.content);
            SealStatement statement = seal.statement();
            boolean signatureValid = signer.verify(statement.bytes(),
                    new SignatureValue(seal.algorithm, seal.keyId, seal.signature));
            return new Check(seal, actual, seal.contentHash.equals(actual), signatureValid);
        }).toList();
    }
}
