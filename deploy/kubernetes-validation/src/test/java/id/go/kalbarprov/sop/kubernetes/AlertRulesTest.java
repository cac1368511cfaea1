package id.go.kalbarprov.sop.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The alert rules of {@code deploy/kubernetes/monitoring} pass {@code promtool check rules} and {@code promtool test
 * rules} (Debian's prometheus package; deploy/local/test.sh installs it), with a test per alert, and each alert's
 * runbook paragraph exists in the Kubernetes README.
 */
class AlertRulesTest {

    private static final Path MONITORING = Repo.K8S.resolve("monitoring");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theRulesPassPromtoolsCheckAndTheirUnitTests() throws Exception {
        Path dir = Files.createTempDirectory("alert-rules");
        Files.writeString(dir.resolve("rules.yaml"), YAML.writeValueAsString(rules().path("spec")));
        Files.copy(MONITORING.resolve("tests/alerts-test.yaml"), dir.resolve("alerts-test.yaml"));
        String check = promtool(dir, "check", "rules", "rules.yaml");
        assertTrue(check.contains("SUCCESS: " + alerts().size() + " rules found"), check);
        String test = promtool(dir, "test", "rules", "alerts-test.yaml");
        assertTrue(test.contains("SUCCESS"), test);
    }

    @Test
    void everyAlertHasATestAndARunbookParagraph() throws Exception {
        Set<String> tested = new TreeSet<>();
        for (JsonNode test : YAML.readTree(MONITORING.resolve("tests/alerts-test.yaml").toFile()).path("tests")) {
            for (JsonNode check : test.path("alert_rule_test")) {
                tested.add(check.path("alertname").asText());
            }
        }
        assertEquals(new TreeSet<>(alerts()), tested, "a promtool test per alert");
        String readme = Files.readString(Repo.K8S.resolve("README.md"));
        for (String alert : alerts()) {
            assertTrue(readme.contains("#### " + alert), "README has a runbook paragraph for " + alert);
        }
    }

    @Test
    void theMonitoringKustomizationRendersTheScrapeTheRulesAndTheDashboard() throws Exception {
        String kubectl = Repo.kubectl().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(kubectl != null, "SKIPPED, NOT RENDERED: kubectl is not on the PATH");
        Set<String> kinds = new TreeSet<>();
        for (String document : Repo.kustomize(kubectl, MONITORING).split("(?m)^---$")) {
            JsonNode object = YAML.readTree(document);
            kinds.add(object.path("kind").asText());
            if (object.path("kind").asText().equals("ConfigMap")) {
                assertEquals("1", object.path("metadata").path("labels").path("grafana_dashboard").asText());
                JsonNode dashboard = new ObjectMapper().readTree(object.path("data").path("sop45-dashboard.json").asText());
                assertTrue(dashboard.path("panels").size() >= 10, "the dashboard's panels");
            }
            if (object.path("kind").asText().equals("PodMonitor")) {
                assertEquals("management", object.path("spec").path("podMetricsEndpoints").get(0).path("port").asText(),
                        "scraped on the management port");
            }
        }
        assertEquals(Set.of("ConfigMap", "PodMonitor", "PrometheusRule"), kinds);
    }

    private static JsonNode rules() throws IOException {
        return YAML.readTree(MONITORING.resolve("prometheus-rules.yaml").toFile());
    }

    private static List<String> alerts() throws IOException {
        List<String> alerts = new ArrayList<>();
        for (JsonNode group : rules().path("spec").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                alerts.add(rule.path("alert").asText());
            }
        }
        return alerts;
    }

    private static String promtool(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("promtool is not on the PATH (Debian package prometheus; deploy/local/test.sh installs it): " + e);
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("promtool " + String.join(" ", args) + " failed:\n" + out);
        }
        return out;
    }
}
