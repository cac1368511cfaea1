package id.go.kalbarprov.sop.request.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the performance agreements, under {@code sop.agreements}. */
@ConfigMapping(prefix = "sop.agreements")
public interface AgreementsConfig {

    @io.smallrye.config.WithName("import")
    Import importing();

    interface Import {
        /**
         * The largest spreadsheet an import takes (413 above it). Keep it under {@code quarkus.http.limits.max-body-size}
         * (4M), where the HTTP server itself stops reading.
         */
        @WithDefault("2M")
        MemorySize maxBytes();
    }
}
