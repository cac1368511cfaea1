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
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
            if (status >= 400) {
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
                HttpResponse<String> response = CLIENT.send(builder.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
