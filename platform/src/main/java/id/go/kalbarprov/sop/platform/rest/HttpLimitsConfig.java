package id.go.kalbarprov.sop.platform.rest;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
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

    /**
     * Paths (exact, as requested, e.g. {@code /api/v1/agreements/import}) whose endpoints take an upload and check
     * their own size limit: the JSON body limit above does not apply there.
     */
    Optional<List<String>> ownLimitPaths();

    /** Whether the endpoint at {@code path} checks its own size limit. */
    default boolean ownsLimit(String path) {
        return path != null && ownLimitPaths().map(paths -> paths.contains(path)).orElse(false);
    }
}
