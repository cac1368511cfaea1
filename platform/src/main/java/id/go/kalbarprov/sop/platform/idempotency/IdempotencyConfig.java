package id.go.kalbarprov.sop.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long an Idempotency-Key is remembered, under {@code sop.idempotency}. Each service sets it from its own
 * {@code sop.<service>.idempotency.retention}, the name operators have always used.
 */
@ConfigMapping(prefix = "sop.idempotency")
public interface IdempotencyConfig {

    @WithDefault("P7D")
    Duration retention();
}
