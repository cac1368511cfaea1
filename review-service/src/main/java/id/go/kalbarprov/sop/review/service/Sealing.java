package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.event.SealAct;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.seal.SealChainRule;
import id.go.kalbarprov.sop.platform.seal.SealStatement;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.review.persistence.ActEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.review.signing.SignatureValue;
import id.go.kalbarprov.sop.review.signing.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Seals approvals and amendments through the configured {@link Signer} ({@link SealStatement} format 2), checks seals
 * against the stored content, and holds the chain of seals a signature stands on ({@link SealChainRule}).
 */
@ApplicationScoped
public class Sealing {

    @Inject
    Signer signer;

    /** Seals a paraf: the statement of who approved which content hash, in which post, signed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SealEntity seal(ActEntity approval) {
        return seal(approval, null, null);
    }

    /** Seals a paraf or, with its document number and date, the signature. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SealEntity seal(ActEntity approval, String documentNumber, LocalDate documentDate) {
        SealEntity seal = of(approval, SealAct.valueOf(Level.of(approval.level).approval.name()));
        seal.documentNumber = documentNumber;
        seal.documentDate = documentDate;
        return sign(seal);
    }

    /**
     * Seals the Karo's closure of the case as "no correction needed" over the version he read: who closed which
     * content hash, in which post. No document number; never a link of a signed chain.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SealEntity sealClosure(ActEntity closure) {
        return sign(of(closure, SealAct.CLOSURE));
    }

    /** Seals an amendment: the amending officer made {@code act.version} from {@code base}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SealEntity sealAmendment(ActEntity amendment, ReviewVersionEntity base) {
        SealEntity seal = of(amendment, SealAct.AMENDMENT);
        seal.baseVersion = base.number;
        seal.baseHash = base.contentHash;
        return sign(seal);
    }

    private static SealEntity of(ActEntity act, SealAct kind) {
        SealEntity seal = new SealEntity();
        seal.format = SealStatement.FORMAT;
        seal.reviewId = act.reviewId;
        seal.actId = act.id;
        seal.level = act.level;
        seal.act = kind;
        seal.upn = act.upn;
        seal.nip = act.nip;
        seal.name = act.name;
        seal.post = act.post;
        seal.acting = act.acting;
        seal.at = act.at;
        seal.version = act.version;
        seal.contentHash = act.contentHash;
        return seal;
    }

    private SealEntity sign(SealEntity seal) {
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

    /** The seals a signature stands on: the latest approval of each level, and the amendments after the level-5 one. */
    public record Standing(List<SealEntity> approvals, List<SealEntity> amendments) {
    }

    public static Standing standing(List<SealEntity> seals) {
        Map<Integer, SealEntity> latest = new TreeMap<>();
        seals.stream().filter(s -> s.act == SealAct.PARAF || s.act == SealAct.SIGNATURE)
                .forEach(s -> latest.put(s.level, s));
        List<SealEntity> approvals = new ArrayList<>(latest.values());
        approvals.sort(Comparator.comparingInt(s -> s.level));
        int from = latest.containsKey(5) ? latest.get(5).version : 0;
        List<SealEntity> amendments = seals.stream().filter(s -> s.act == SealAct.AMENDMENT && s.version > from)
                .sorted(Comparator.comparingInt(s -> s.version)).toList();
        return new Standing(approvals, amendments);
    }

    /**
     * Before the Karo signs {@code version}: the standing paraf and the sealed amendments must link to it by the chain
     * rule, or the signature is refused (422) and nothing is recorded.
     */
    public void requireChainFor(UUID reviewId, int version, String contentHash) {
        Standing standing = standing(SealEntity.ofReview(reviewId));
        List<SealChainRule.Link> links = new ArrayList<>();
        standing.approvals().stream().filter(s -> s.level != 7).forEach(s -> links.add(link(s)));
        standing.amendments().forEach(s -> links.add(link(s)));
        links.add(SealChainRule.Link.approval(7, SealAct.SIGNATURE, version, contentHash));
        SealChainRule.check(links, version, contentHash).ifPresent(broken -> {
            throw ProblemException.rule("seal-chain-broken", broken.code(), broken.detail());
        });
    }

    private static SealChainRule.Link link(SealEntity s) {
        return s.act == SealAct.AMENDMENT
                ? SealChainRule.Link.amendment(s.level, s.baseVersion == null ? 0 : s.baseVersion,
                s.baseHash == null ? "" : s.baseHash, s.version, s.contentHash)
                : SealChainRule.Link.approval(s.level, s.act, s.version, s.contentHash);
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
            boolean signatureValid = signer.verify(seal.statement().bytes(),
                    new SignatureValue(seal.algorithm, seal.keyId, seal.signature));
            return new Check(seal, actual, seal.contentHash.equals(actual), signatureValid);
        }).toList();
    }
}
