package id.go.kalbarprov.sop.archive.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of archive-service, under {@code sop.archive}. */
@ConfigMapping(prefix = "sop.archive")
public interface ArchiveConfig {

    /** Standard times (Mutu Baku) in minutes, per step. */
    StandardMinutes standardMinutes();

    Agenda agenda();


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

}
