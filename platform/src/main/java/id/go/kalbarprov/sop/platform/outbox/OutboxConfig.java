package id.go.kalbarprov.sop.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** How the outbox relay runs, under {@code sop.outbox} ({@code OUTBOX_POLL_INTERVAL}, {@code OUTBOX_IDLE_POLL_INTERVAL},
 * {@code OUTBOX_DELIVER_ON_COMMIT},
 * {@code OUTBOX_PARK_AFTER_ATTEMPTS}, {@code OUTBOX_BATCH_WINDOW}, {@code OUTBOX_REPORT_DELAY}). */
@ConfigMapping(prefix = "sop.outbox")
public interface OutboxConfig {

    /**
     * How often the relay's poll ticks: a tick reads the outbox when a retry this relay scheduled is due, a pass left
     * something due or reports wait, so retries keep their backoff to within a tick. Each replica ticks at a phase of
     * its own, not on the second as Quarkus' scheduler does.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How often a relay with nothing to send reads the outbox anyway ({@code OUTBOX_IDLE_POLL_INTERVAL}): for what no
     * commit in this replica announces — another replica's retries, what a crashed replica left. A commit here wakes
     * the relay at once, whatever this says; a replica's own commits are sent by its own relay. Was every tick (1 s).
     */
    @WithDefault("5s")
    Duration idlePollInterval();

    /** Deliver right after the commit that recorded an event; with false, only the poll delivers. */
    @WithDefault("true")
    boolean deliverOnCommit();

    /**
     * With deliver-on-commit: a case's first open handoff to a destination is leased by the transaction that records
     * it and sent by this replica right after the commit, without a relay transaction; its delivery is booked by the
     * next transaction that touches the outbox ({@code OUTBOX_DIRECT_SEND}). Off until a quiet benchmark sitting and the
     * system tests have run it (deploy/bench/README.md, "Direct sends").
     */
    @WithDefault("false")
    boolean directSend();

    /**
     * How long the relay gathers events after a wake-up before it sends them ({@code OUTBOX_BATCH_WINDOW}): the
     * handoffs of the steps that commit meanwhile leave in the same batch call and are received in one transaction.
     * A handoff leaves this much later; 0 sends at once.
     */
    @WithDefault("20ms")
    Duration batchWindow();

    /**
     * How long a report ({@link id.go.kalbarprov.sop.platform.event.HandoffEvent#report()}: a status for the timeline,
     * an agenda registration) may wait before it is sent ({@code OUTBOX_REPORT_DELAY}), so that the reports of many
     * steps leave in one call and are received in one transaction; the relay's tick sends it once due, so it leaves
     * within this plus one poll interval. A handoff an official waits for is never delayed: it takes the waiting
     * reports of its case to the same service along, in order. 0 sends reports at once, like every other handoff.
     */
    @WithDefault("1s")
    Duration reportDelay();

    /**
     * Failed attempts after which an event is parked rather than retried again ({@code OUTBOX_PARK_AFTER_ATTEMPTS});
     * with the backoff capped at 5 minutes, 20 attempts are about an hour. A receiver's refusal for good (a 4xx
     * other than 401/408/409/429) parks at once.
     */
    @WithDefault("20")
    @Min(1)
    int parkAfterAttempts();
}
