package id.go.kalbarprov.sop.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The OpenAPI contract of a service, checked against files committed in the service module:
 *
 * <ul>
 *   <li>{@code src/main/openapi/<service>.yaml} — the current document; the live one ({@code /q/openapi?format=yaml}
 *       of the running test application) must be identical to it, so every change of the API shows in review;</li>
 *   <li>{@code src/main/openapi/<service>.released.yaml} — the document of the last release;</li>
 *   <li>{@code src/main/openapi/accepted-breaking-changes.yaml} — breaking changes since that release, each with its
 *       reason. Any other break of the released document (openapi-diff) fails the build.</li>
 * </ul>
 *
 * <p>A service's test is a {@code @QuarkusTest} subclass that names the service. Run with
 * {@code -Dopenapi.update=true} to rewrite the committed current document from the live one instead of failing.
 * On a release: copy {@code <service>.yaml} over {@code <service>.released.yaml} and empty the accepted list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class OpenApiContract {

    /** The live document is served on the management interface (its own port), not the API port. */
    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    /** Where the documents live, relative to the module directory (the tests' working directory). */
    static final Path DIRECTORY = Path.of("src", "main", "openapi");
    static final String UPDATE_PROPERTY = "openapi.update";

    private final String service;

    protected OpenApiContract(String service) {
        this.service = service;
    }

    @Test
    @Order(1)
    public void liveDocumentIsTheCommittedOne() throws IOException {
        String live = normalize(given().queryParam("format", "yaml")
                .when().get(openApi)
                .then().statusCode(200).extract().asString());
        Path committed = DIRECTORY.resolve(service + ".yaml");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(committed, live, StandardCharsets.UTF_8);
            System.out.println("[openapi] " + service + ": wrote " + committed.toAbsolutePath()
                    + " from the live document — review and commit it");
            return;
        }
        assertTrue(Files.exists(committed), "No committed OpenAPI document at " + committed.toAbsolutePath()
                + "\n" + howToUpdate());
        String expected = normalize(Files.readString(committed, StandardCharsets.UTF_8));
        if (!expected.equals(live)) {
            fail(service + ": the live OpenAPI document differs from the committed " + committed + "\n"
                    + firstDifference(expected, live) + "\n" + howToUpdate());
        }
    }

    @Test
    @Order(2)
    public void noBreakingChangeSinceTheReleaseUnlessAccepted() throws IOException {
        Path released = DIRECTORY.resolve(service + ".released.yaml");
        Path current = DIRECTORY.resolve(service + ".yaml");
        Path accepted = DIRECTORY.resolve("accepted-breaking-changes.yaml");
        for (Path p : new Path[] {released, current, accepted}) {
            assertTrue(Files.exists(p), "Missing " + p.toAbsolutePath());
        }
        BreakingChangeCheck.Result result = BreakingChangeCheck.check(
                Files.readString(released, StandardCharsets.UTF_8),
                Files.readString(current, StandardCharsets.UTF_8),
                Files.readString(accepted, StandardCharsets.UTF_8));
        if (!result.passes()) {
            fail(BreakingChangeCheck.report(service, result, accepted.toString(), released.toString()));
        }
    }

    /**
     * The one thing that is not stable between runs: the order of the answers in a {@code responses} map (the
     * services' OASFilter adds the error answers from a {@code Map.of}, whose iteration order changes with every JVM).
     * They are sorted by status code; everything else is kept as generated, written the way SmallRye writes YAML.
     */
    static String normalize(String document) {
        try {
            JsonNode tree = YAML.readTree(document);
            sortResponses(tree);
            return YAML.writeValueAsString(tree).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("not a YAML document", e);
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private static void sortResponses(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode responses = object.get("responses");
            if (responses instanceof ObjectNode answers) {
                Map<String, JsonNode> sorted = new TreeMap<>();
                answers.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
                answers.removeAll();
                answers.setAll(sorted);
            }
        }
        node.forEach(OpenApiContract::sortResponses);
    }

    private String howToUpdate() {
        return "If the change of the API is intended, regenerate the committed document and review its diff:\n"
                + "  mvn -pl " + service + " test -Dtest=OpenApiDocumentTest -D" + UPDATE_PROPERTY + "=true\n"
                + "then commit " + DIRECTORY.resolve(service + ".yaml") + " (a breaking change also needs an entry "
                + "in accepted-breaking-changes.yaml).";
    }

    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder m = new StringBuilder("First difference at line " + (i + 1) + ":\n");
        for (int k = Math.max(0, i - 3); k < i; k++) {
            m.append("    ").append(e[k]).append('\n');
        }
        m.append("  committed: ").append(i < e.length ? e[i] : "<end of file>").append('\n');
        m.append("  live:      ").append(i < a.length ? a[i] : "<end of file>").append('\n');
        m.append("(committed ").append(e.length).append(" lines, live ").append(a.length).append(" lines)");
        return m.toString();
    }
}
