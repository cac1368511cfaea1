package id.go.kalbarprov.sop.archive.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of archive-service, under {@code sop.archive}. */
@ConfigMapping(prefix = "sop.archive")
public interface ArchiveConfig {

    /** Standard times (Mutu Baku) in minutes, per step. */
    StandardMinutes standardMinutes();

    Agenda agenda();

    Chain chain();


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
    }

    interface Chain {
        /** PEM, PKCS#8 RSA private key that signs the chain's links and checkpoints. Required in production. */
        Optional<String> privateKeyLocation();

        /** Published with the public key and stored with each signature; derived from the public key when not set. */
        Optional<String> keyId();

        /** How often the head is checkpointed (signed, recorded and logged), when it moved since the last one. */
        @WithDefault("1h")
        Duration checkpointInterval();
    }

}
