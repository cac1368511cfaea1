package id.go.kalbarprov.sop.archive.config;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of archive-service, under {@code sop.archive}. */
@ConfigMapping(prefix = "sop.archive")
public interface ArchiveConfig {

    /** Standard times (Mutu Baku) in minutes, per step. */
    StandardMinutes standardMinutes();

    Agenda agenda();

    Chain chain();
    /** Where the keys that verify review-service's seals come from. */
    Seals seals();

    Officers officers();

    interface Officers {
        /**
         * How long an answer of request-service's register of officers is used again without asking (per replica):
         * a change in the register (an officer leaving a post) reaches a delegation at most this late. {@code 0}
         * asks at every delegation.
         */
        @WithDefault("30s")
        Duration reuseFor();
    }


    interface StandardMinutes {
        @WithDefault("5")
        int step8();

        @WithDefault("5")
        int step9();

        @WithDefault("5")
        int step10();
    }

    interface Agenda {
        /** The source name under which this service registers its own documents in the agenda book. */
        @WithDefault("archive-service")
        String selfName();

        /** The classification of the correction's documents in the agenda book: performance accountability. */
        @WithDefault("000.8.6.3")
        String classification();
    }

    interface Chain {
        /** PEM, PKCS#8 RSA or EC P-256 private key that signs the chain's links and checkpoints. Required in production. */
        Optional<String> privateKeyLocation();

        /** Published with the public key and stored with each signature; derived from the public key when not set. */
        Optional<String> keyId();

        /**
         * Public keys that signed links and checkpoints before a rotation of the chain key, still trusted to verify
         * them (nothing new is signed with them): PEM locations (file:, a path, classpath) or directories of
         * {@code *.pem}. Such a key is known by the id derived from it ({@code chain-} and its fingerprint);
         * {@code keyId=location} names it when it signed under a configured {@code key-id}.
         */
        Optional<List<String>> retiredPublicKeys();

        /** How often the head is checkpointed (signed, recorded and logged), when it moved since the last one. */
        @WithDefault("1h")
        Duration checkpointInterval();

        /**
         * How many records the full walk reads at a time. Two windows are in memory at once (one checked by the
         * common pool while the next is read), each record's facts a few kilobytes. Small windows die young: with
         * 2,000 the serial collector spent more than half of a walk of a million records in full collections
         * (deploy/bench/README.md, "The chain walk").
         */
        @WithDefault("200")
        @WithName("walk-window")
        @Min(1)
        int walkWindow();
    }

    interface Seals {
        /**
         * Trusted public keys (PEM locations) instead of review-service's published keyring: for tests and for an
         * archive that must not depend on review-service being up. Unset (the default): the keyring is read from
         * {@code GET /api/v1/seals/keys} of {@code quarkus.rest-client.review-service.url}.
         */
        Optional<List<String>> trustedPublicKeys();
    }
}
