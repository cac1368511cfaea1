package id.go.kalbarprov.sop.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.smallrye.mutiny.subscription.Cancellable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A live stream says ready first: once the replica's LISTEN has taken effect, or after the wait for it when it never
 * does. What the re-check finds before then is held, and sent right after ready, in order, once. No database: the
 * feed is a list, and the test says when LISTEN takes effect and what it signals.
 */
class NotificationStreamReadyTest {

    private static final FeedOwner PELAKSANA = new FeedOwner("pelaksana.one", null, Set.of("pelaksana"), null);

    private final WrittenNotifications feed = new WrittenNotifications();
    private final List<Cancellable> opened = new ArrayList<>();
    private NotificationStream stream;
    /** The replica's signal, never started: the test completes its {@link NotificationSignal#listening()}. */
    private NotificationSignal signal;
    private Consumer<Signalled> signalled;

    @AfterEach
    void close() {
        opened.forEach(Cancellable::cancel);
        stream.stop();
    }

    @Test
    void whatTheReCheckFindsBeforeListenTakesEffectIsSentRightAfterReadyInOrderOnce() {
        stream = stream(Duration.ofMinutes(10));
        Events events = open();
        Notice first = feed.write("first");
        stream.poll();
        Notice second = feed.write("second");
        stream.poll();
        assertEquals(List.of(), events.seen(), "held until LISTEN takes effect");

        signal.listening().complete(null);
        assertEquals(List.of("ready", "first", "second"), events.seen());

        // found again by the re-check and signalled late: already sent
        stream.poll();
        signalled.accept(new Signalled(List.of(first, second), List.of()));
        signalled.accept(new Signalled(List.of(feed.write("third")), List.of()));
        assertEquals(List.of("ready", "first", "second", "third"), events.await(4));
        stream.poll();
        assertEquals(List.of("ready", "first", "second", "third"), events.seen());
    }

    @Test
    void aStreamOpenedOnceTheReplicaListensIsReadyAtOnce() {
        stream = stream(Duration.ofMinutes(10));
        Events earlier = open();
        signal.listening().complete(null);
        Events later = open();
        assertEquals(List.of("ready"), later.seen());

        feed.write("first");
        stream.poll();
        assertEquals(List.of("ready", "first"), earlier.seen());
        assertEquals(List.of("ready", "first"), later.seen());
    }

    @Test
    void whenListenNeverTakesEffectTheStreamIsReadyAfterTheWaitAndStillDelivers() {
        Duration wait = Duration.ofMillis(300);
        stream = stream(wait);
        long openedAt = System.nanoTime();
        Events events = open();
        feed.write("first");
        stream.poll();

        assertEquals(List.of("ready", "first"), events.await(2));
        assertTrue(System.nanoTime() - openedAt >= wait.toNanos(), "not ready before the wait");

        feed.write("second");
        stream.poll();
        assertEquals(List.of("ready", "first", "second"), events.seen());

        // LISTEN taking effect late says nothing again; its signals are streamed
        signal.listening().complete(null);
        signalled.accept(new Signalled(List.of(feed.write("third")), List.of()));
        assertEquals(List.of("ready", "first", "second", "third"), events.await(4));
    }

    private NotificationStream stream(Duration listenWait) {
        NotificationStream created = new NotificationStream(listenWait, (schema, onArrival, onGap) -> {
            signalled = onArrival;
            signal = new NotificationSignal(schema, onArrival, onGap);
            return signal;
        });
        created.feed = feed;
        created.config = new Config();
        return created;
    }

    private Events open() {
        Events events = new Events();
        opened.add(stream.subscribe(PELAKSANA, false).subscribe().with(events::add));
        return events;
    }

    /** What a subscriber received: "ready", then each notification's title. */
    private static final class Events {
        private final List<String> seen = new CopyOnWriteArrayList<>();

        void add(NotificationStream.LiveEvent event) {
            seen.add(event.isReady() ? "ready" : event.notification().title());
        }

        List<String> seen() {
            return List.copyOf(seen);
        }

        /** What was received once {@code count} events were, within 5 s. */
        List<String> await(int count) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (seen.size() < count) {
                if (System.nanoTime() > deadline) {
                    fail("only " + seen + " within 5 s");
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
            }
            return seen();
        }
    }

    /** The notification table, as the stream reads it. */
    private static final class WrittenNotifications extends NotificationFeed {
        private final List<Notice> written = new CopyOnWriteArrayList<>();

        Notice write(String title) {
            Notice notice = new Notice(UUID.randomUUID(), written.size() + 1, Notice.Kind.TASK_ARRIVED,
                    UUID.randomUUID(), UUID.randomUUID(), 2, "SUBMISSION", "pelaksana", null, null, title, title,
                    "m", "m", Instant.now(), Instant.now());
            written.add(notice);
            return notice;
        }

        @Override
        public long lastSeq() {
            return written.size();
        }

        @Override
        public String schema() {
            return "request_svc";
        }

        @Override
        public Map<UUID, Instant> idsSince(long afterSeq, Instant notBefore) {
            Map<UUID, Instant> ids = new HashMap<>();
            written.stream().filter(n -> n.seq() > afterSeq && !n.createdAt().isBefore(notBefore))
                    .forEach(n -> ids.put(n.id(), n.createdAt()));
            return ids;
        }

        @Override
        public List<Notice> byIds(Collection<UUID> ids) {
            return written.stream().filter(n -> ids.contains(n.id())).sorted(Comparator.comparingLong(Notice::seq))
                    .toList();
        }
    }

    /** Listening on; the re-check runs only when the test calls it. */
    private static final class Config implements NotificationConfig {
        @Override
        public BreachCheck breachCheck() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mail mail() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream stream() {
            return new Stream() {
                @Override
                public boolean listen() {
                    return true;
                }

                @Override
                public Duration pollInterval() {
                    return Duration.ofHours(1);
                }

                @Override
                public Duration lookback() {
                    return Duration.ofMinutes(5);
                }

                @Override
                public Duration keepAlive() {
                    return Duration.ofSeconds(25);
                }

                @Override
                public Duration ticketLifetime() {
                    return Duration.ofSeconds(60);
                }
            };
        }
    }
}
