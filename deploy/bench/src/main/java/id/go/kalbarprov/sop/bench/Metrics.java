package id.go.kalbarprov.sop.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies (HdrHistogram, microseconds) and counters of one measured phase. */
final class Metrics {

    /** Latency histograms by operation name; values in microseconds, 1 µs to 5 min, 3 significant digits. */
    final Map<String, Histogram> ops = new ConcurrentHashMap<>();
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    /** Under faults: answers of a service or database that was down (connection refused, 5xx), each retried. */
    final Map<String, LongAdder> clientErrors = new ConcurrentHashMap<>();
    final LongAdder cases = new LongAdder();
    final LongAdder steps = new LongAdder();
    final LongAdder returns = new LongAdder();
    final LongAdder gets = new LongAdder();
    /** Every HTTP request the sessions and readers sent (streams opened once per session are not counted). */
    final LongAdder requests = new LongAdder();
    /** Requests of the sessions that waited for a handoff (polls, or the one read after a streamed arrival). */
    final LongAdder waitRequests = new LongAdder();
    final AtomicLong startNanos = new AtomicLong();
    final AtomicLong endNanos = new AtomicLong();
    /** The slowest step calls, kept to say when a phase's tail happened (to set beside GC logs and profiles). */
    private final PriorityQueue<SlowCall> slowest = new PriorityQueue<>(Comparator.comparingLong(SlowCall::micros));
    private volatile long slowThreshold;

    /** A step call, when it ended (nanoTime) and how long it took. */
    record SlowCall(String op, long endNanos, long micros) {
    }

    static final int SLOWEST_KEPT = 25;

    static Histogram newHistogram() {
        return new ConcurrentHistogram(1, 300_000_000L, 3);
    }

    void record(String op, long micros) {
        ops.computeIfAbsent(op, k -> newHistogram()).recordValue(Math.max(1, Math.min(micros, 300_000_000L)));
        if (micros > slowThreshold && isStepCall(op)) {
            keepIfSlow(new SlowCall(op, System.nanoTime(), micros));
        }
    }

    private synchronized void keepIfSlow(SlowCall call) {
        slowest.add(call);
        if (slowest.size() > SLOWEST_KEPT) {
            slowest.poll();
            slowThreshold = slowest.peek().micros();
        }
    }

    /** The slowest step calls of the phase, slowest first. */
    synchronized List<SlowCall> slowestStepCalls() {
        List<SlowCall> calls = new ArrayList<>(slowest);
        calls.sort(Comparator.comparingLong(SlowCall::micros).reversed());
        return calls;
    }

    static boolean isStepCall(String op) {
        for (String prefix : Report.STEP_CALLS) {
            if (op.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    void error(String op) {
        errors.computeIfAbsent(op, k -> new LongAdder()).increment();
    }

    void clientError(String op) {
        clientErrors.computeIfAbsent(op, k -> new LongAdder()).increment();
    }

    long clientErrorCount() {
        return clientErrors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    double seconds() {
        return (endNanos.get() - startNanos.get()) / 1e9;
    }

    /** All operations whose name starts with one of the prefixes, merged. */
    Histogram merged(String... prefixes) {
        Histogram all = newHistogram();
        new TreeMap<>(ops).forEach((name, h) -> {
            for (String p : prefixes) {
                if (name.startsWith(p)) {
                    all.add(h);
                    return;
                }
            }
        });
        return all;
    }
}
