package id.go.kalbarprov.sop.platform.rest;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Limits on what a caller may send, under {@code sop.http} ({@code MAX_BODY_SIZE}). Read when the REST layer builds its
 * filters, at static init: in JVM mode that is the same start, so the environment is already there.
 */
@StaticInitSafe
@ConfigMapping(prefix = "sop.http")
public interface HttpLimitsConfig {

    /** The largest request body; a larger one is refused with 413 before it is read. */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /** Endpoints whose body is an uploaded file: a limit of their own, the JSON limit stays for every other one. */
    Upload upload();

    interface Upload {

        /** A regular expression matched against the whole request path of an upload (e.g. {@code /api/v1/.+/attachments}). */
        Optional<String> paths();

        /** The largest uploaded file on those paths. */
        @WithDefault("20M")
        MemorySize maxBodySize();
    }
}
