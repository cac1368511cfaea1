package id.go.kalbarprov.sop.system.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Raw HTTP, so that an attack can send exactly the bytes, headers and content type it wants. Every answer passes
 * through {@link Answer#problems()}, and every 5xx is counted for the summary.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** What must never appear in an answer: stack frames, class and package names, SQL errors, file paths. */
    private static final Pattern INTERNALS = Pattern.compile(String.join("|",
            "Exception", "\\bat [a-z][\\w$]*(\\.[\\w$]+){2,}\\(", "\\.java:\\d+", "\\bjava\\.(lang|util|sql|io|time)\\.",
            "\\bjakarta\\.", "\\borg\\.(hibernate|postgresql|jboss|eclipse|jose4j)", "\\bio\\.(quarkus|vertx|smallrye|netty)\\.",
            "com\\.fasterxml", "id\\.go\\.kalbarprov", "SQLState", "SQL state", "ERROR: ", "/work/", "/home/", "/root/",
            "/tmp/", "Caused by"));

    private Http() {
    }

    record Answer(int status, String contentType, String body, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        String code() {
            JsonNode node = json();
            return node != null && node.hasNonNull("code") ? node.get("code").asText() : null;
        }

        /**
         * Why this answer is not acceptable whatever was asked, or null: a 5xx, anything internal in the body, or
         * a 4xx that is not a problem document (RFC 9457) with its status and a stable code.
         */
        String problems() {
            if (status >= 500) {
                return "server error " + status + ": " + abbreviated(body);
            }
            if (body != null && INTERNALS.matcher(body).find()) {
                return "internal detail in the body: " + abbreviated(body);
            }
            if (status >= 400 && !refusedByTheHttpLayer()) {
                if (contentType == null || !contentType.startsWith("application/problem+json")) {
                    return status + " with content type " + contentType + ": " + abbreviated(body);
                }
                JsonNode problem = json();
                if (problem == null || !problem.isObject() || problem.path("status").asInt() != status
                        || problem.path("code").asText().isBlank() || problem.path("title").asText().isBlank()) {
                    return status + " is not a complete problem document: " + abbreviated(body);
                }
            }
            return null;
        }

        /**
         * A request line or headers beyond the HTTP server's limits (414, 431) are refused by the HTTP decoder,
         * before any application code runs, with an empty body: the one kind of 4xx that cannot be a problem document.
         */
        private boolean refusedByTheHttpLayer() {
            return (status == 414 || status == 431) && (body == null || body.isEmpty());
        }

        @Override
        public String toString() {
            return status + " " + abbreviated(body);
        }
    }

    /** A request under construction. */
    static final class Call {
        private final String method;
        private final String url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        Call(String method, String url) {
            this.method = method;
            this.url = url;
        }

        Call token(String bearer) {
            if (bearer != null) {
                headers.put("Authorization", "Bearer " + bearer);
            }
            return this;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call json(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        Call json(Object value) {
            try {
                return body(JSON.writeValueAsBytes(value), "application/json");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        Call body(byte[] bytes, String contentType) {
            this.body = bytes;
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return this;
        }

        Answer send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(builder::header);
            try {
                HttpResponse<String> response = exchange(builder.build());
                Answer answer = new Answer(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null), response.body(),
                        response.headers().map());
                AttackSummary.answered(answer.status());
                return answer;
            } catch (IOException e) {
                throw new AssertionError(method + " " + url + " got no answer: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * One exchange; when a kept-alive connection turns out to have been closed by the server after an earlier answer
     * (e.g. a refused oversized request), the request is sent again once on a fresh connection. A server that drops
     * this request itself fails the second attempt too.
     */
    private static HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
        try {
            return CLIENT.send(request, BODY);
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            return CLIENT.send(request, BODY);
        }
    }

    /**
     * The body as text; a live stream (text/event-stream) never ends, so it is closed as soon as it opened, and its
     * body reads "(event stream)".
     */
    private static final HttpResponse.BodyHandler<String> BODY = info -> info.headers().firstValue("Content-Type")
            .filter(type -> type.startsWith("text/event-stream")).isPresent()
            ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), in -> {
                try {
                    in.close();
                } catch (IOException e) {
                    // closed either way
                }
                return "(event stream)";
            })
            : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);

    static Call call(String method, String url) {
        return new Call(method, url);
    }

    static String abbreviated(String text) {
        if (text == null) {
            return "(no body)";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
