package id.go.kalbarprov.sop.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay runs, under {@code sop.outbox} ({@code OUTBOX_POLL_INTERVAL}, {@code OUTBOX_DELIVER_ON_COMMIT}). */
@ConfigMapping(prefix = "sop.outbox")
public interface OutboxConfig {

    /** How often the relay looks for retries and for what a crashed replica left. */
    @WithDefault("1s")
    String pollInterval();

    /** Deliver right after the commit that recorded an event; with false, only the poll delivers. */
    @WithDefault("true")
    boolean deliverOnCommit();
}
