package id.go.kalbarprov.sop.kubernetes;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed manifests (deploy/kubernetes/base/&lt;svc&gt;/kubernetes.yml) are exactly what Quarkus generates from the
 * service's current configuration (&lt;svc&gt;/target/kubernetes/kubernetes.yml, written at package time). When this
 * fails, run deploy/kubernetes/scripts/sync-manifests.sh and commit the result.
 */
class ManifestsInStepTest {

    @TestFactory
    Stream<DynamicTest> committedManifestsMatchWhatQuarkusGenerates() throws IOException {
        var services = Repo.servicesWithManifests();
        assertTrue(services.contains("request-service"), "request-service generates its manifests");
        return services.stream().map(s -> DynamicTest.dynamicTest(s, () -> {
            Path generated = Repo.ROOT.resolve(s).resolve("target/kubernetes/kubernetes.yml");
            Path committed = Repo.K8S.resolve("base").resolve(s).resolve("kubernetes.yml");
            assertTrue(Files.isRegularFile(generated), generated + " missing: package " + s + " first (mvn package)");
            assertTrue(Files.isRegularFile(committed), committed + " missing: run deploy/kubernetes/scripts/sync-manifests.sh");
            assertEquals(strip(Files.readString(generated)), strip(Files.readString(committed)),
                    "deploy/kubernetes/base/" + s + "/kubernetes.yml drifted from what Quarkus generates for " + s
                            + ": run deploy/kubernetes/scripts/sync-manifests.sh and commit");
        }));
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * The documents as data, in a canonical form: Quarkus does not keep the order of labels or of some lists from one
     * build to the next, so keys are sorted (Jackson's object equality ignores order) and lists are sorted by content.
     */
    private static List<JsonNode> strip(String yaml) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            JsonNode n = YAML.readTree(doc);
            if (n != null && !n.isMissingNode() && !n.isNull()) {
                docs.add(canonical(n));
            }
        }
        docs.sort(Comparator.comparing(JsonNode::toString));
        return docs;
    }

    private static JsonNode canonical(JsonNode n) {
        if (n.isObject()) {
            ObjectNode out = YAML.createObjectNode();
            new TreeMap<String, JsonNode>(toMap(n)).forEach((k, v) -> out.set(k, canonical(v)));
            return out;
        }
        if (n.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            n.forEach(e -> items.add(canonical(e)));
            items.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode out = YAML.createArrayNode();
            items.forEach(out::add);
            return out;
        }
        return n;
    }

    private static Map<String, JsonNode> toMap(JsonNode n) {
        Map<String, JsonNode> m = new TreeMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }
}
