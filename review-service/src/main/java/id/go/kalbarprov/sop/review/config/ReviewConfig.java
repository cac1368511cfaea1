package id.go.kalbarprov.sop.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of review-service, under {@code sop.review}. */
@ConfigMapping(prefix = "sop.review")
public interface ReviewConfig {

    /** Standard times (Mutu Baku) in minutes, per level. */
    StandardMinutes standardMinutes();

    /** Which {@code Signer} seals approvals: {@code local} (the service's seal key) or {@code remote} (BSrE-style). */
    @WithDefault("local")
    SignerKind signer();

    Seal seal();

    /** The signed correction's document number. */
    Correction correction();

    Agenda agenda();

    SignedDocuments signedDocuments();

    enum SignerKind { LOCAL, REMOTE }

    interface StandardMinutes {
        @WithDefault("20")
        int level5();

        @WithDefault("20")
        int level6();

        @WithDefault("20")
        int level7();
    }

    interface SignedDocuments {
        /**
         * Whether the signed PDF is made right after the Karo's signing transaction commits, by a worker of this
         * service once his answer has gone (the normal case). Off, it is made only by the retry
         * ({@code sop.review.signed-documents.retry-every}, default 30s) or when someone asks for it: what happens
         * when the service stops right after a signature.
         */
        @WithDefault("true")
        boolean produceAfterCommit();

        /**
         * How long a reader of a signed PDF that this service is making at that moment waits for it, before he is
         * told to come back (503 SIGNED_DOCUMENT_PENDING with Retry-After).
         */
        @WithDefault("5s")
        Duration readerWait();

        /** How often a signed PDF still due (older than 10 s) is made again: read by the scheduler. */
        @WithDefault("30s")
        String retryEvery();

        /**
         * How many signed PDFs this replica renders at once: its workers, the retry and readers' renders together
         * ({@code SOP_REVIEW_SIGNED_DOCUMENTS_RENDERS}). A render holds ≈ 13 MB more live heap until it ends (the
         * laid-out document, the parsed faces, the PDF being written), so each one more at once raised
         * review-service's peak RSS under load; renders are CPU-bound, and a pod has one core (limits.cpu 1000m):
         * more at once finish no sooner.
         */
        @WithDefault("1")
        @Min(1)
        int renders();
    }

    interface Agenda {
        /** The classification of the correction's documents in the agenda book: performance accountability. */
        @WithDefault("000.8.6.3")
        String classification();
    }

    interface Seal {
        /** PEM, PKCS#8 RSA private key of the local seal. Required in production. */
        Optional<String> privateKeyLocation();

        /** Published with the public key and stored on each seal; derived from the public key when not set. */
        Optional<String> keyId();

        /**
         * Public keys that signed seals before a rotation, published in the keyring and still trusted to verify
         * them: PEM locations (file:, a path, classpath) or directories of {@code *.pem}. Such a key is known by its
         * fingerprint; {@code keyId=location} names it when it was published under a configured key id.
         */
        Optional<List<String>> retiredPublicKeys();
    }

    interface Correction {
        /**
         * The number pattern: {@code {classification}}, {@code {seq}} (running number of the year, gap-free),
         * {@code {unit}}, {@code {year}}, {@code {month}}.
         */
        @WithDefault("{classification}/{seq}/{unit}/{year}")
        String numberPattern();

        /** Performance accountability (akuntabilitas kinerja) in the classification scheme. */
        @WithDefault("000.8.6.3")
        String classification();

        @WithDefault("ORG")
        String unitCode();
    }

}
