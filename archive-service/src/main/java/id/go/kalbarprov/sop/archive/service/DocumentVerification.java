package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.archive.client.ReviewKeyring;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.platform.document.DocumentIds;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.SignedPdfCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What anyone holding a printout may learn by its verification id, without a login: enough to trust the paper and
 * nothing more — the document's number, date and title, who signed it in which post, the hashes, and whether the
 * signed PDF, the seals and the record's own link in the archive's chain verify, with when the last full walk of the
 * chain finished and its verdict (the whole chain is not walked for a public request). No content, no paraf names,
 * no case or record ids.
 */
@ApplicationScoped
public class DocumentVerification {

    public enum Outcome { VALID, INVALID, UNKNOWN }

    public enum ArchiveState { FILED_AND_CHAINED, CHAIN_BROKEN, NOT_YET_FILED }

    public record Verified(@Schema(maxLength = Limits.DOCUMENT_NUMBER) String documentNumber, LocalDate documentDate, @Schema(maxLength = Limits.TITLE) String title, @Schema(maxLength = Limits.NAME) String signerName,
                           @Schema(maxLength = Limits.NAME) String signerPost, @Schema(pattern = Limits.SHA256) String pdfSha256, @Schema(pattern = Limits.SHA256) String contentHash, Outcome pdf, Outcome seals,
                           ArchiveState archive, Instant checkedAt,
                           @Schema(description = "When the last full walk of the archive's integrity chain finished; "
                                   + "null before the first")
                           Instant chainLastVerifiedAt,
                           @Schema(description = "Whether the whole chain held at that walk; null before the first")
                           Boolean chainLastIntact) {
    }

    @Inject
    ReviewKeyring keys;

    @Inject
    SealChecks sealChecks;

    @Inject
    ArchiveChain chain;

    @Inject
    FullChainRuns fullRuns;

    @Transactional
    public Optional<Verified> verify(String verificationId) {
        if (!DocumentIds.isWellFormed(verificationId)) {
            return Optional.empty();
        }
        Optional<ArchiveOrderEntity> found = ArchiveOrderEntity.find("verificationId", verificationId)
                .firstResultOptional();
        return found.map(order -> verified(order,
                ArchiveRecordEntity.<ArchiveRecordEntity>find("verificationId", verificationId).firstResultOptional()));
    }

    private Verified verified(ArchiveOrderEntity order, Optional<ArchiveRecordEntity> record) {
        byte[] pdf = record.map(r -> r.pdf).orElse(order.pdf);
        String sha256 = record.map(r -> r.pdfSha256).orElse(order.pdfSha256);
        Optional<Keyring> keyring = keys.ifAvailable();
        Outcome pdfOutcome = keyring.map(ring -> SignedPdfCheck.of(pdf, sha256, ring).valid()
                ? Outcome.VALID : Outcome.INVALID).orElse(Outcome.UNKNOWN);
        Boolean sealsVerified = record.map(sealChecks::of).orElseGet(() -> sealChecks.of(order)).allVerified();
        Outcome seals = sealsVerified == null ? Outcome.UNKNOWN : sealsVerified ? Outcome.VALID : Outcome.INVALID;
        ArchiveState archive = record.map(r -> chain.linkHolds(r) && Objects.equals(r.pdfSha256, order.pdfSha256)
                ? ArchiveState.FILED_AND_CHAINED : ArchiveState.CHAIN_BROKEN).orElse(ArchiveState.NOT_YET_FILED);
        Map<String, Object> signature = order.seals.stream().filter(s -> Integer.valueOf(7).equals(s.get("level")))
                .findFirst().orElse(Map.of());
        String post = String.valueOf(signature.getOrDefault("post", ""));
        if (Boolean.TRUE.equals(signature.get("acting")) && !post.startsWith("Plh.") && !post.startsWith("Plt.")) {
            post = "Plh. " + post;
        }
        Optional<FullChainRuns.LastRun> lastWalk = fullRuns.last();
        return new Verified(order.documentNumber, order.documentDate, order.title,
                (String) signature.get("name"), post, sha256, order.contentHash, pdfOutcome, seals, archive,
                Instant.now(), lastWalk.map(FullChainRuns.LastRun::finishedAt).orElse(null),
                lastWalk.map(FullChainRuns.LastRun::intact).orElse(null));
    }
}
