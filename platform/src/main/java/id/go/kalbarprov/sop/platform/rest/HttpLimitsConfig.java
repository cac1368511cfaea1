package id.go.kalbarprov.sop.platform.rest;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
