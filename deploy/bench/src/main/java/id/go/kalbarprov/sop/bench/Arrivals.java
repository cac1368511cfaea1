package id.go.kalbarprov.sop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How a session's front-end learns that a handoff has arrived without polling: each of its officers who waits keeps
 * their live notification stream open (Server-Sent Events, {@code GET /api/v1/notifications/stream} with the bearer
 * token) on the service where the task will arrive. The session watches one case at a time; notifications of other
 * cases (a role's notices reach every officer of the role) are dropped.
 */
final class Arrivals implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, Feed> feeds = new HashMap<>();
    private volatile String watched;
    private volatile boolean closing;

    /** One open stream: the watched case's notifications not taken yet. */
    private final class Feed {
        final Deque<JsonNode> arrived = new ArrayDeque<>();
        final CountDownLatch ready = new CountDownLatch(1);
        volatile boolean open = true;
        HttpResponse<Stream<String>> response;

        void read(String url, String token) {
            Thread reader = new Thread(() -> {
                try {
                    response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET()
                            .build(), HttpResponse.BodyHandlers.ofLines());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("stream answered " + response.statusCode());
                    }
                    String[] event = {""};
                    response.body().forEach(line -> {
                        if (line.startsWith("event:")) {
                            event[0] = line.substring(6).trim();
                        } else if (line.startsWith("data:")) {
                            take(event[0], line.substring(5).trim());
                        }
                    });
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    if (!closing) {
                        System.err.println("[bench] notification stream " + url + " ended: " + e);
                    }
                } finally {
                    open = false;
                    ready.countDown();
                    synchronized (Arrivals.this) {
                        Arrivals.this.notifyAll();
                    }
                }
            }, "stream-" + url);
            reader.setDaemon(true);
            reader.start();
        }

        private void take(String event, String data) {
            if ("ready".equals(event)) {
                ready.countDown();
                return;
            }
            if (!"notification".equals(event)) {
                return;
            }
            try {
                JsonNode n = Api.JSON.readTree(data);
                if (n.path("caseId").asText().equals(watched)) {
                    synchronized (Arrivals.this) {
                        arrived.add(n);
                        Arrivals.this.notifyAll();
                    }
                }
            } catch (Exception unreadable) {
                // not a notification this session waits for
            }
        }
    }

    /** Opens a stream named {@code name} for the officer of {@code token} at the service {@code baseUrl}. */
    Arrivals open(String name, String baseUrl, String token) {
        Feed feed = new Feed();
        feeds.put(name, feed);
        feed.read(baseUrl + "/api/v1/notifications/stream", token);
        return this;
    }

    /** Waits until every stream listens; false when one could not be opened. */
    boolean ready(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (Feed f : feeds.values()) {
            if (!f.ready.await(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) || !f.open) {
                return false;
            }
        }
        return true;
    }

    /** From now on, the notifications of this case are kept (those of the case before are forgotten). */
    synchronized void watch(String caseId) {
        watched = caseId;
        feeds.values().forEach(f -> f.arrived.clear());
    }

    /** Forgets what stream {@code name} has delivered for the watched case so far. */
    synchronized void discard(String name) {
        feeds.get(name).arrived.clear();
    }

    /**
     * The next notification of the watched case with task {@code task} on stream {@code name}, taken; null when none
     * came within the time, or the stream is closed (the caller then falls back to polling).
     */
    synchronized JsonNode await(String name, String task, long deadlineNanos) throws InterruptedException {
        Feed feed = feeds.get(name);
        while (true) {
            for (Iterator<JsonNode> it = feed.arrived.iterator(); it.hasNext(); ) {
                JsonNode n = it.next();
                if (task.equals(n.path("task").asText())) {
                    it.remove();
                    return n;
                }
            }
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0 || !feed.open) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public void close() {
        closing = true;
        for (Feed f : feeds.values()) {
            if (f.response != null) {
                f.response.body().close();
            }
        }
    }
}
