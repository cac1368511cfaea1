package id.go.kalbarprov.sop.platform.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The live stream. Each replica runs one poller while it has subscribers: it reads the notifications written since
 * its last read — by any replica, so a subscriber of this replica also gets what another replica made — and hands
 * each to the subscribers whose feed it is in. Rows are read by position with a lookback, since a transaction that
 * started earlier may commit later; each notification is sent once per subscriber.
 */
@ApplicationScoped
public class NotificationStream {

    private static final Logger LOG = Logger.getLogger(NotificationStream.class);

    @Inject
    NotificationFeed feed;

    @Inject
    NotificationConfig config;

    private final Map<UUID, Subscriber> subscribers = new ConcurrentHashMap<>();
    /** Notifications already streamed, by id, with when they were written (forgotten after the lookback). */
    private final Map<UUID, Instant> streamed = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "notification-stream");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> polling;
    /** The newest notification when polling started: older ones are not streamed. */
    private volatile long pollerStart;

    private record Subscriber(FeedOwner owner, boolean indonesian, long afterSeq,
                              MultiEmitter<? super NotificationView> emitter) {
    }

    /** The notifications of {@code owner}'s feed written from now on, as they are written. */
    public Multi<NotificationView> subscribe(FeedOwner owner, boolean indonesian) {
        long start = feed.lastSeq();
        return Multi.createFrom().emitter(emitter -> {
            UUID id = UUID.randomUUID();
            subscribers.put(id, new Subscriber(owner, indonesian, start, emitter));
            emitter.onTermination(() -> unsubscribe(id));
            startPolling(start);
        });
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    private synchronized void startPolling(long start) {
        if (polling == null) {
            pollerStart = start;
            long every = config.stream().pollInterval().toMillis();
            polling = poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void unsubscribe(UUID id) {
        subscribers.remove(id);
        if (subscribers.isEmpty() && polling != null) {
            polling.cancel(false);
            polling = null;
            streamed.clear();
        }
    }

    /** One read: new notifications to their subscribers. */
    void poll() {
        try {
            Instant lookback = Instant.now().minus(config.stream().lookback());
            streamed.values().removeIf(written -> written.isBefore(lookback));
            for (Notice notice : feed.since(pollerStart, lookback)) {
                if (streamed.putIfAbsent(notice.id(), notice.createdAt()) == null) {
                    deliver(notice);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Reading notifications for the live stream failed; the next read retries: %s", e.toString());
        }
    }

    private void deliver(Notice notice) {
        for (Subscriber s : subscribers.values()) {
            if (notice.seq() > s.afterSeq()) {
                NotificationView view = NotificationView.of(notice, s.indonesian(), false);
                if (s.owner().sees(view)) {
                    s.emitter().emit(view);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        subscribers.values().forEach(s -> s.emitter().complete());
        poller.shutdownNow();
    }
}
