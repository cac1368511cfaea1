package id.go.kalbarprov.sop.platform.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The live stream. While a replica has subscribers it listens for new notifications ({@link NotificationSignal}: the
 * table's trigger notifies when the writing transaction commits, whichever replica wrote it) and hands each at once to
 * the subscribers whose feed it is in — the signal carries the row, so a busy stream does not read the table. A re-check on an interval reads the ids written within a lookback, since a
 * signal can be missed (a lost listening connection) and a transaction that started earlier may commit later; each
 * notification is sent once per subscriber. No subscriber holds a database connection while it waits.
 */
@ApplicationScoped
public class NotificationStream {

    private static final Logger LOG = Logger.getLogger(NotificationStream.class);
    /** How long a new stream waits for the replica's LISTEN before it says ready anyway. */
    private static final Duration LISTEN_WAIT = Duration.ofSeconds(5);

    /** How a replica starts listening: {@link NotificationSignal#listen}. */
    @FunctionalInterface
    interface Listener {
        NotificationSignal listen(String schema, Consumer<Signalled> onArrival, Runnable onGap);
    }

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
    private NotificationSignal signal;
    private volatile String schema;
    private final Queue<UUID> pending = new ConcurrentLinkedQueue<>();
    private final Queue<Notice> pendingRows = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    /** The newest notification when polling started: older ones are not streamed. */
    private volatile long pollerStart;
    private final Duration listenWait;
    private final Listener listener;

    public NotificationStream() {
        this(LISTEN_WAIT, NotificationSignal::listen);
    }

    /** A stream that says ready after {@code listenWait} at the latest, and listens with {@code listener}. */
    NotificationStream(Duration listenWait, Listener listener) {
        this.listenWait = listenWait;
        this.listener = listener;
    }

    /**
     * What a subscriber receives: {@link #READY} once, when nothing written from then on can be missed (the replica
     * listens), then the notifications of its feed.
     */
    public record LiveEvent(NotificationView notification) {
        public static final LiveEvent READY = new LiveEvent(null);

        public boolean isReady() {
            return notification == null;
        }
    }

    /** One open stream; what arrives before it is ready is held, so {@link LiveEvent#READY} always comes first. */
    private static final class Subscriber {
        private final FeedOwner owner;
        private final boolean indonesian;
        private final long afterSeq;
        private final MultiEmitter<? super LiveEvent> emitter;
        private List<NotificationView> held = new ArrayList<>();

        Subscriber(FeedOwner owner, boolean indonesian, long afterSeq, MultiEmitter<? super LiveEvent> emitter) {
            this.owner = owner;
            this.indonesian = indonesian;
            this.afterSeq = afterSeq;
            this.emitter = emitter;
        }

        synchronized void send(NotificationView view) {
            if (held != null) {
                held.add(view);
            } else {
                emitter.emit(new LiveEvent(view));
            }
        }

        synchronized void ready() {
            if (held != null) {
                emitter.emit(LiveEvent.READY);
                held.forEach(view -> emitter.emit(new LiveEvent(view)));
                held = null;
            }
        }
    }

    /**
     * The notifications of {@code owner}'s feed written from now on, as they are written, after {@link LiveEvent#READY}
     * once this replica listens (or after {@link #LISTEN_WAIT} if it cannot: the re-check then streams them).
     */
    public Multi<LiveEvent> subscribe(FeedOwner owner, boolean indonesian) {
        long start = feed.lastSeq();
        if (schema == null && config.stream().listen()) {
            // read here, on the request's worker thread: the emitter below runs on the I/O thread
            schema = feed.schema();
        }
        return Multi.createFrom().emitter(emitter -> {
            UUID id = UUID.randomUUID();
            Subscriber subscriber = new Subscriber(owner, indonesian, start, emitter);
            subscribers.put(id, subscriber);
            emitter.onTermination(() -> unsubscribe(id));
            startPolling(start).copy().completeOnTimeout(null, listenWait.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((listening, failure) -> subscriber.ready());
        });
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /** Starts the re-check and the listening if this is the first subscriber; completes when the replica listens. */
    private synchronized CompletableFuture<Void> startPolling(long start) {
        if (polling == null) {
            pollerStart = start;
            long every = config.stream().pollInterval().toMillis();
            polling = poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
            if (config.stream().listen()) {
                signal = listener.listen(schema, this::arrived, () -> poller.execute(this::poll));
            }
        }
        return signal == null ? CompletableFuture.completedFuture(null) : signal.listening();
    }

    private synchronized void unsubscribe(UUID id) {
        subscribers.remove(id);
        if (subscribers.isEmpty() && polling != null) {
            polling.cancel(false);
            polling = null;
            if (signal != null) {
                signal.stop();
                signal = null;
            }
            streamed.clear();
        }
    }

    /** The re-check: notifications written within the lookback that were not streamed yet, to their subscribers. */
    void poll() {
        try {
            Instant lookback = Instant.now().minus(config.stream().lookback());
            streamed.values().removeIf(written -> written.isBefore(lookback));
            List<UUID> unseen = feed.idsSince(pollerStart, lookback).keySet().stream()
                    .filter(id -> !streamed.containsKey(id)).toList();
            deliverAll(unseen);
        } catch (RuntimeException e) {
            LOG.warnf("Reading notifications for the live stream failed; the next read retries: %s", e.toString());
        }
    }

    /**
     * Signalled: these notifications were just committed. They are streamed on the stream's own thread, in order; a
     * signal carries its row, so only a row too long for a signal is read — what is signalled while a read runs is
     * read together by the next one (one query for a burst, not one per row).
     */
    private void arrived(Signalled signalled) {
        pendingRows.addAll(signalled.carried());
        pending.addAll(signalled.toRead());
        if (draining.compareAndSet(false, true)) {
            poller.execute(() -> {
                draining.set(false);
                List<Notice> batch = new ArrayList<>();
                for (Notice notice; (notice = pendingRows.poll()) != null; ) {
                    batch.add(notice);
                }
                List<UUID> toRead = new ArrayList<>();
                for (UUID id; (id = pending.poll()) != null; ) {
                    if (!streamed.containsKey(id)) {
                        toRead.add(id);
                    }
                }
                try {
                    batch.addAll(read(toRead));
                } catch (RuntimeException e) {
                    LOG.warnf("Reading signalled notifications failed; the re-check streams them: %s", e.toString());
                }
                batch.sort(Comparator.comparingLong(Notice::seq));
                stream(batch);
            });
        }
    }

    private void deliverAll(List<UUID> unseen) {
        stream(read(unseen));
    }

    private List<Notice> read(List<UUID> ids) {
        List<Notice> notices = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            notices.addAll(feed.byIds(ids.subList(from, Math.min(ids.size(), from + 500))));
        }
        return notices;
    }

    private void stream(List<Notice> notices) {
        for (Notice notice : notices) {
            if (streamed.putIfAbsent(notice.id(), notice.createdAt()) == null) {
                deliver(notice);
            }
        }
    }

    private void deliver(Notice notice) {
        for (Subscriber s : subscribers.values()) {
            if (notice.seq() > s.afterSeq) {
                NotificationView view = NotificationView.of(notice, s.indonesian, false);
                if (s.owner.sees(view)) {
                    s.send(view);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        subscribers.values().forEach(s -> s.emitter.complete());
        if (signal != null) {
            signal.stop();
        }
        poller.shutdownNow();
    }
}
