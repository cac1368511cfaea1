package id.go.kalbarprov.sop.request.config;

import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Settings of request-service, under {@code sop.request}. */
@ConfigMapping(prefix = "sop.request")
public interface RequestConfig {

    /** Standard times (Mutu Baku) in minutes, per step. */
    StandardMinutes standardMinutes();

    Memo memo();

    Achievement achievement();

    Analysis analysis();

    Agenda agenda();


    interface StandardMinutes {
        @WithDefault("5")
        int step1();

        /** Issuing the Nota Dinas, the requirement of step 1 done by the Kabag. */
        @WithDefault("5")
        int memo();

        @WithDefault("5")
        int step2();

        @WithDefault("5")
        int step3();

        @WithDefault("20")
        int step4();

        /** A unit's revised rows after the Kabag reopened collection for it (not in the SOP: one working day). */
        @WithDefault("480")
        int resubmission();
    }

    interface Memo {
        /** Placeholders: {classification}, {seq}, {unit}, {year}, {month}. */
        @WithDefault("{classification}/{seq}/{unit}/{year}")
        String numberPattern();

        /** Performance accountability (000.8.6.3), in the retention schedule; the memo's number starts with it. */
        @WithDefault("000.8.6.3")
        String classification();

        @WithDefault("ORG")
        String unitCode();
    }

    interface Agenda {
        /** The classification of the case's documents in the agenda book: performance accountability. */
        @WithDefault("000.8.6.3")
        String classification();
    }

    interface Achievement {
        @WithDefault("INVERSE_RATIO")
        LowerIsBetterConvention lowerIsBetter();
    }

    interface Analysis {
        /** A corrected actual that differs from the reported one by more than this percentage is flagged. */
        @WithDefault("20")
        BigDecimal outsizedChangePercent();
    }

}
