package id.go.kalbarprov.sop.platform.outbox;

import id.go.kalbarprov.sop.platform.event.HandoffBatch;
import id.go.kalbarprov.sop.platform.event.HandoffBatchResult;
import id.go.kalbarprov.sop.platform.observability.DeliveryTracing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import id.go.kalbarprov.sop.platform.transaction.AfterCompletion;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Delivers outbox events. Each replica claims due events with {@code FOR UPDATE SKIP LOCKED}, so replicas never send
 * the same event at once; only the oldest undelivered event of each case is due, so events of one case arrive in
 * order at each destination. A failure is kept with its attempt count and error, and retried with exponential backoff
 * — never dropped. An event its receiver refuses for good, or that failed too often ({@link ParkingRule}), is parked:
 * kept, never sent again until an operator retries it, and still first in line, so the case's later events to that
 * destination wait behind it (visibly: {@link OutboxMonitor#stuck}) rather than arrive out of order.
 * <p>
 * Delivery runs on one relay thread per replica. It is woken when a transaction that recorded events commits (so a
 * handoff normally leaves within milliseconds) and by the poll, which picks up retries and whatever a crashed
 * replica left behind. A tick of the poll reads the outbox only when {@link RelayPace} says it may find something: a
 * relay with nothing to send reads it every {@code sop.outbox.idle-poll-interval}, not every tick.
 * <p>
 * With {@code sop.outbox.direct-send} (off by default, {@link OutboxConfig#directSend()}): a handoff that is its case's
 * first open event to its destination is claimed by the transaction that records it
 * ({@link Outbox}: its {@code next_attempt_at} is set {@link #LEASE} ahead, so no relay claims it meanwhile) and sent
 * by this replica right after the commit, without a relay transaction. Its delivery is booked by the next transaction
 * that touches the outbox here (a step recording a handoff, a relay pass, at the latest the idle poll); should this
 * replica stop before that, the lease runs out and a relay sends it again, which its receiver applies once. A direct
 * send that fails is booked at once, as a relay pass would, and retried by the relay.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 50;
    /** Calls in flight at once; they wait on the network, not the CPU. */
    private static final int SENDERS = 8;
    /** The clients give up on a call after 10 s; a batch's transaction outlives a batch of calls that all time out. */
    private static final int BATCH_TIMEOUT_SECONDS = (BATCH + SENDERS - 1) / SENDERS * 10 + 30;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** How long one transaction goes on with further passes; the last pass may take a batch's time more. */
    private static final Duration PASSES_FOR = Duration.ofSeconds(2);
    private static final int TRANSACTION_TIMEOUT_SECONDS = BATCH_TIMEOUT_SECONDS + (int) PASSES_FOR.toSeconds();

    @Inject
    EntityManager em;

    @Inject
    HandoffSender sender;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxMonitor monitor;

    @Inject
    DeliveryTracing tracing;

    /**
     * How long a relay leaves an event alone that the recording replica sends itself: far longer than its delivery
     * stays unbooked here (until the next relay pass, the idle poll at the latest).
     */
    static final Duration LEASE = Duration.ofSeconds(60);

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    /** A relay pass is wanted (a commit recorded events for the relay, the poll); direct sends alone need none. */
    private final AtomicBoolean passRequested = new AtomicBoolean();
    /** Events committed with a lease for this replica to send, in commit order. */
    private final ConcurrentLinkedQueue<OutboxEvent> direct = new ConcurrentLinkedQueue<>();
    /** Direct sends received but not yet booked as delivered. */
    private final ConcurrentLinkedQueue<Delivered> delivered = new ConcurrentLinkedQueue<>();

    private record Delivered(Instant at, List<UUID> ids) {
    }
    private volatile RelayPace pace;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("outbox-relay"));
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, daemon("outbox-sender"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("outbox-tick"));

    /**
     * Starts the poll's ticks (unless the scheduler is off, as in the services' tests) at a random phase within the
     * interval. Quarkus' scheduler fires every job on the wall clock's second, so the three services' relays sent
     * their waiting reports in the same instant and each receiver took two batches at once: the step calls of that
     * instant were the slowest of the half-load window (deploy/bench/README.md).
     */
    void startTicking(@Observes StartupEvent start) {
        if (!ConfigProvider.getConfig().getOptionalValue("quarkus.scheduler.enabled", Boolean.class).orElse(true)) {
            return;
        }
        long every = Math.max(1, config.pollInterval().toMillis());
        ticker.scheduleAtFixedRate(this::poll, ThreadLocalRandom.current().nextLong(every), every,
                TimeUnit.MILLISECONDS);
    }

    void poll() {
        try {
            if (!config.deliverOnCommit() || pace().worthLooking(Instant.now())) {
                passRequested.set(true);
                schedule();
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Outbox relay tick failed; the next tick tries again");
        }
    }

    private RelayPace pace() {
        RelayPace current = pace;
        if (current == null) {
            current = new RelayPace(config.idlePollInterval());
            pace = current;
        }
        return current;
    }

    /** Called after a commit that recorded only reports that wait: the tick after {@code at} sends them. */
    void reportsDueAt(Instant at) {
        pace().retryScheduled(at);
    }

    /** Called after a commit that recorded events. Never blocks the caller; wake-ups during a drain coalesce. */
    public void wakeUp() {
        if (config.deliverOnCommit()) {
            passRequested.set(true);
            schedule();
        }
    }

    /** Whether a handoff recorded now may be sent by this replica right after its commit ({@link #sendAfterCommit}). */
    boolean sendsDirectly(OutboxEvent event) {
        return config.deliverOnCommit() && config.directSend() && sender.batchable(event);
    }

    /** Called after the commit that recorded {@code events} with this replica's lease ({@link #LEASE}), in order. */
    void sendAfterCommit(List<OutboxEvent> events) {
        direct.addAll(events);
        schedule();
    }

    /**
     * Books, in the calling transaction, the direct sends received so far; they are booked again by a later
     * transaction should this one roll back.
     */
    void bookDelivered() {
        if (delivered.isEmpty()) {
            return;
        }
        List<Delivered> taken = new ArrayList<>();
        for (Delivered d = delivered.poll(); d != null; d = delivered.poll()) {
            taken.add(d);
        }
        AfterCompletion.onRollback(transactions, () -> delivered.addAll(taken));
        for (Delivered d : taken) {
            em.createNativeQuery("UPDATE outbox_event SET delivered_at = ?1 WHERE id IN (?2) AND delivered_at IS NULL")
                    .setParameter(1, d.at()).setParameter(2, d.ids()).executeUpdate();
        }
    }

    /** Whether direct sends were received but not yet booked (the next relay pass, the idle poll at the latest). */
    public boolean deliveredUnbooked() {
        return !delivered.isEmpty();
    }

    private void schedule() {
        wakeRequested.set(true);
        if (draining.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false); // shutting down: the next start's poll delivers what is left
            }
        }
    }

    private void drain() {
        try {
            while (wakeRequested.getAndSet(false)) {
                gather();
                sendDirect();
                if (passRequested.getAndSet(false)) {
                    relay();
                }
            }
        } catch (RuntimeException e) {
            pace().leftDue();
            LOG.errorf(e, "Outbox relay pass failed; the next poll retries");
        } finally {
            draining.set(false);
            if (wakeRequested.get()) {
                schedule();
            }
        }
    }

    /** Waits the batch window, so that the events of the steps committing meanwhile go in the same calls. */
    private void gather() {
        long window = config.batchWindow().toMillis();
        if (window > 0) {
            try {
                Thread.sleep(window);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Delivers every due event now, in the calling thread. */
    public void relay() {
        pace().looking(Instant.now());
        boolean more;
        do {
            more = QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS).call(this::passes);
        } while (more);
    }

    /**
     * Relay passes in one transaction while there is more to send — a full batch, or events recorded during the
     * pass: each pass's bookkeeping (delivered, failed) is written with the next pass's claim rather than in a
     * transaction of its own. Returns true when it stopped with more to send.
     */
    private boolean passes() {
        long until = System.nanoTime() + PASSES_FOR.toNanos();
        while (true) {
            // A direct send waiting here goes first: a later event of its case may be waiting for it to be booked.
            sendDirect();
            bookDelivered();
            int claimed = deliverBatch();
            boolean more = claimed == BATCH || claimed > 0 && passRequested.getAndSet(false);
            if (!more) {
                return false;
            }
            if (System.nanoTime() > until) {
                return true;
            }
            if (claimed < BATCH) {
                gather();
            }
        }
    }

    /**
     * Sends the events committed with this replica's lease, one call per destination, without a transaction when all
     * are received; a refusal, a failure or a "not attempted" is booked at once, as a relay pass would book it.
     */
    private void sendDirect() {
        if (direct.isEmpty()) {
            return;
        }
        Map<String, List<OutboxEvent>> batches = new LinkedHashMap<>();
        for (OutboxEvent event = direct.poll(); event != null; event = direct.poll()) {
            batches.computeIfAbsent(event.destination, d -> new ArrayList<>()).add(event);
        }
        List<CompletableFuture<List<Outcome>>> sends = new ArrayList<>();
        batches.forEach((destination, events) -> {
            for (int from = 0; from < events.size(); from += HandoffBatch.MAX) {
                List<OutboxEvent> part = events.subList(from, Math.min(events.size(), from + HandoffBatch.MAX));
                // A receiver without the batch endpoint: the relay sends them one by one.
                sends.add(CompletableFuture.supplyAsync(() -> outcomes(destination, part)
                        .orElseGet(() -> part.stream().map(Outcome::notAttempted).toList()), senders));
            }
        });
        List<Outcome> unreceived = new ArrayList<>();
        for (CompletableFuture<List<Outcome>> send : sends) {
            List<UUID> received = new ArrayList<>();
            Instant at = null;
            for (Outcome outcome : send.join()) {
                if (outcome.receivedAt() != null) {
                    received.add(outcome.event().id);
                    at = outcome.receivedAt();
                } else {
                    unreceived.add(outcome);
                }
            }
            if (!received.isEmpty()) {
                delivered.add(new Delivered(at, received));
            }
        }
        if (!unreceived.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> bookUnreceived(unreceived));
        }
    }

    /**
     * What became of direct sends not received: the first of each case is booked as failed (retried with backoff,
     * or parked), its others lose their lease and follow it through the relay.
     */
    private void bookUnreceived(List<Outcome> unreceived) {
        Set<UUID> failedCases = new HashSet<>();
        for (Outcome outcome : unreceived) {
            OutboxEvent event = em.find(OutboxEvent.class, outcome.event().id);
            if (event == null || !event.isOpen()) {
                continue;
            }
            if (outcome.failure() != null && failedCases.add(event.aggregateId)) {
                failed(event, outcome.failure());
            } else {
                event.nextAttemptAt = Instant.now();
                pace().leftDue();
            }
        }
    }

    /** One event's result in a batch call: received at, or the failure (neither: the receiver did not attempt it). */
    private record Outcome(OutboxEvent event, Instant receivedAt, Throwable failure) {
        static Outcome notAttempted(OutboxEvent event) {
            return new Outcome(event, null, null);
        }
    }

    /**
     * Sends one destination's events in one call and says what became of each; empty for a receiver without the batch
     * endpoint. A call that failed as a whole fails each of its events.
     */
    private Optional<List<Outcome>> outcomes(String destination, List<OutboxEvent> events) {
        List<DeliveryTracing.Delivery> deliveries = events.stream()
                .map(event -> tracing.start(event.id, event.type, destination, event.aggregateId, event.traceParent))
                .toList();
        List<HandoffBatchResult.Result> results;
        try {
            Optional<List<HandoffBatchResult.Result>> answered = sender.sendBatch(destination, events,
                    deliveries.stream().map(DeliveryTracing.Delivery::traceParent).toList());
            if (answered.isEmpty()) {
                deliveries.forEach(delivery -> delivery.end("no batch endpoint"));
                return Optional.empty();
            }
            results = answered.get();
        } catch (RuntimeException e) {
            deliveries.forEach(delivery -> delivery.end(e.getClass().getSimpleName()));
            return Optional.of(events.stream().map(event -> new Outcome(event, null, e)).toList());
        }
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            HandoffBatchResult.Result result = results.get(i);
            if (result.received()) {
                deliveries.get(i).end(null);
                outcomes.add(new Outcome(events.get(i), Instant.now(), null));
            } else if (result.status() == HandoffBatchResult.NOT_ATTEMPTED) {
                deliveries.get(i).end("not attempted");
                outcomes.add(Outcome.notAttempted(events.get(i)));
            } else {
                deliveries.get(i).end("refused " + result.status());
                outcomes.add(new Outcome(events.get(i), null, HandoffSender.refused(destination, result)));
            }
        }
        return Optional.of(outcomes);
    }

    @PreDestroy
    void stop() {
        if (deliveredUnbooked()) {
            try {
                QuarkusTransaction.requiringNew().run(this::bookDelivered);
            } catch (RuntimeException e) {
                LOG.warnf("Direct deliveries not booked at shutdown; their leases run out and they go again: %s",
                        e.toString());
            }
        }
        ticker.shutdownNow();
        worker.shutdown();
        senders.shutdown();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Claims one batch and sends it inside one transaction; returns how many heads were claimed. The claim holds at
     * most one event per case and destination (the oldest open one, its head), so replicas never send a case's events
     * side by side; the events recorded after a claimed head that can go with it in one call (handoffs to a service,
     * neither parked nor waiting for a retry) follow it in the same batch call, in order — the receiver applies a
     * case's later event only when the earlier ones were received (else answers it as not attempted).
     */
    int deliverBatch() {
        // The previous pass's bookkeeping first: the claim must not find its delivered events open (and locked by
        // this very transaction, which SKIP LOCKED does not skip).
        em.flush();
        @SuppressWarnings("unchecked")
        List<OutboxEvent> heads = em.createNativeQuery("""
                        SELECT o.* FROM outbox_event o
                        WHERE o.delivered_at IS NULL AND o.skipped_at IS NULL AND o.parked_at IS NULL
                          AND o.next_attempt_at <= now()
                          AND NOT EXISTS (SELECT 1 FROM outbox_event e WHERE e.aggregate_id = o.aggregate_id
                                          AND e.destination = o.destination AND e.delivered_at IS NULL
                                          AND e.skipped_at IS NULL AND e.created_at < o.created_at)
                        ORDER BY o.created_at LIMIT ?1 FOR UPDATE SKIP LOCKED""", OutboxEvent.class)
                .setParameter(1, BATCH).getResultList();
        if (heads.isEmpty()) {
            return 0;
        }
        Map<String, List<OutboxEvent>> batches = new LinkedHashMap<>();
        List<OutboxEvent> singles = new ArrayList<>();
        for (OutboxEvent head : heads) {
            if (sender.batchable(head)) {
                batches.computeIfAbsent(head.destination, d -> new ArrayList<>()).add(head);
            } else {
                singles.add(head);
            }
        }
        followers(batches);
        List<CompletableFuture<List<Runnable>>> sends = new ArrayList<>();
        batches.forEach((destination, events) -> {
            for (int from = 0; from < events.size(); from += HandoffBatch.MAX) {
                List<OutboxEvent> part = events.subList(from, Math.min(events.size(), from + HandoffBatch.MAX));
                sends.add(CompletableFuture.supplyAsync(() -> sendBatch(destination, part), senders));
            }
        });
        List<CompletableFuture<Void>> singleSends = singles.stream()
                .map(event -> CompletableFuture.runAsync(() -> send(event), senders)).toList();
        // The entities are booked here, in the transaction's thread: the senders only say what to book.
        sends.forEach(send -> send.join().forEach(Runnable::run));
        for (int i = 0; i < singles.size(); i++) {
            OutboxEvent event = singles.get(i);
            try {
                singleSends.get(i).join();
                event.deliveredAt = Instant.now();
                pace().leftDue(); // the case's next event to this destination may be due now
            } catch (CompletionException e) {
                failed(event, e.getCause() != null ? e.getCause() : e);
            }
        }
        return heads.size();
    }

    /**
     * Adds to each destination's batch the open events recorded after its heads, in order. They are read without a
     * lock: only this relay pass can send them, as another replica claims a case's events to a destination only as
     * their head, which this pass holds (and locking them could wait for another replica that holds the same case's
     * head to another destination, while it waits for this one).
     */
    private void followers(Map<String, List<OutboxEvent>> batches) {
        if (batches.isEmpty()) {
            return;
        }
        Set<UUID> cases = new HashSet<>();
        Set<UUID> claimed = new HashSet<>();
        batches.values().forEach(events -> events.forEach(head -> {
            cases.add(head.aggregateId);
            claimed.add(head.id);
        }));
        @SuppressWarnings("unchecked")
        List<OutboxEvent> later = em.createNativeQuery("""
                        SELECT o.* FROM outbox_event o
                        WHERE o.aggregate_id IN (?1) AND o.destination IN (?2)
                          AND o.delivered_at IS NULL AND o.skipped_at IS NULL
                        ORDER BY o.created_at, o.id""", OutboxEvent.class)
                .setParameter(1, cases).setParameter(2, batches.keySet()).getResultList();
        Set<String> stopped = new HashSet<>();
        Instant now = Instant.now();
        for (OutboxEvent event : later) {
            List<OutboxEvent> batch = batches.get(event.destination);
            String chain = event.destination + '\n' + event.aggregateId;
            if (claimed.contains(event.id) || batch == null || stopped.contains(chain)) {
                continue;
            }
            boolean headClaimed = batch.stream().anyMatch(head -> head.aggregateId.equals(event.aggregateId));
            if (!headClaimed || event.parkedAt != null || event.nextAttemptAt.isAfter(now)
                    || !sender.batchable(event)) {
                if (headClaimed && event.parkedAt == null && !event.nextAttemptAt.isAfter(now)) {
                    pace().leftDue(); // due, but not in this batch: the next tick sends it after its head
                }
                stopped.add(chain);
                continue;
            }
            batch.add(event);
        }
    }

    /**
     * Sends one destination's events in one call; returns how to book each event's own result. A case's first failed
     * event is booked as failed: its later ones wait behind it (a receiver does not attempt them after a refusal).
     */
    private List<Runnable> sendBatch(String destination, List<OutboxEvent> events) {
        Optional<List<Outcome>> sent = outcomes(destination, events);
        if (sent.isEmpty()) {
            return oneByOne(events);
        }
        List<Runnable> bookings = new ArrayList<>();
        Set<UUID> failedCases = new HashSet<>();
        for (Outcome outcome : sent.get()) {
            OutboxEvent event = outcome.event();
            if (outcome.receivedAt() != null) {
                bookings.add(() -> event.deliveredAt = outcome.receivedAt());
            } else if (outcome.failure() == null) {
                pace().leftDue();
            } else if (failedCases.add(event.aggregateId)) {
                bookings.add(() -> failed(event, outcome.failure()));
            }
        }
        return bookings;
    }

    /** A receiver without the batch endpoint: one call per event, a case's later events only after its earlier. */
    private List<Runnable> oneByOne(List<OutboxEvent> events) {
        List<Runnable> bookings = new ArrayList<>();
        Set<UUID> held = new HashSet<>();
        for (OutboxEvent event : events) {
            if (held.contains(event.aggregateId)) {
                continue;
            }
            try {
                send(event);
                Instant at = Instant.now();
                bookings.add(() -> event.deliveredAt = at);
            } catch (RuntimeException e) {
                held.add(event.aggregateId);
                bookings.add(() -> failed(event, e));
            }
        }
        return bookings;
    }

    private void failed(OutboxEvent event, Throwable failure) {
        Integer status = failure instanceof HandoffSender.HandoffFailedException refused ? refused.status() : null;
        event.attempts += 1;
        event.lastError = abbreviate(failure);
        Optional<String> parked = new ParkingRule(config.parkAfterAttempts())
                .parkReason(status, event.attempts, failure.getMessage());
        if (parked.isPresent()) {
            event.parkedAt = Instant.now();
            event.parkedReason = parked.get();
            monitor.watch(event.destination);
            LOG.errorf("Parked %s %s of case %s for %s after %d attempt(s); the case's later events to it wait "
                            + "until an operator retries or skips it (GET /api/v1/outbox/stuck, where the reason is): %s",
                    event.type, event.id, event.aggregateId, event.destination, event.attempts, summary(failure, status));
        } else {
            event.nextAttemptAt = Instant.now().plus(backoff(event.attempts));
            pace().retryScheduled(event.nextAttemptAt);
            LOG.warnf("Delivery of %s %s failed (attempt %d), next at %s: %s", event.type, event.id,
                    event.attempts, event.nextAttemptAt, summary(failure, status));
        }
    }

    /**
     * What the log says of a failure: the receiver's status, not its answer — a problem's detail can name an officer
     * (it is kept with the event, where the stuck list shows it to operators); an unreachable receiver's exception.
     */
    static String summary(Throwable failure, Integer status) {
        return status != null ? event(failure) + " answered " + status : abbreviate(failure);
    }

    private static String event(Throwable failure) {
        return failure.getClass().getSimpleName() + ":";
    }

    private void send(OutboxEvent event) {
        tracing.deliver(event.id, event.type, event.destination, event.aggregateId, event.traceParent,
                () -> sender.send(event));
    }

    static Duration backoff(int attempts) {
        Duration delay = Duration.ofSeconds(1L << Math.min(attempts - 1, 16));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private static String abbreviate(Throwable e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
