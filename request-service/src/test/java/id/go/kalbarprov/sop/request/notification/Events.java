package id.go.kalbarprov.sop.request.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** An open stream: its events as "name data" lines, and the connection to close. */
final class Events implements AutoCloseable {
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    final HttpResponse<Stream<String>> response;

    static Events open(HttpClient http, String url, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return new Events(http, request.build());
    }

    Events(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() == 200) {
            Thread reader = new Thread(() -> {
                String[] name = {"message"};
                try {
                    response.body().forEach(line -> {
                        if (line.startsWith("event:")) {
                            name[0] = line.substring(6).trim();
                        } else if (line.startsWith(":")) {
                            events.add("comment " + line.substring(1).trim());
                        } else if (line.startsWith("data:")) {
                            events.add(name[0] + " " + line.substring(5).trim());
                        }
                    });
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            });
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** The next event whose line contains {@code text}, or null after {@code seconds}. */
    String next(String text, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            String event = events.poll(200, TimeUnit.MILLISECONDS);
            if (event != null && event.contains(text)) {
                return event;
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (response.statusCode() == 200) {
            response.body().close();
        }
    }
}
