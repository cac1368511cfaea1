package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every metric the Grafana dashboard and the alert rules of {@code deploy/kubernetes/monitoring} name is exported by a
 * running service, checked against a scrape of the three services after a case went up the review chain.
 */
class MetricsContractTest extends SystemTest {

    /** The metric names in a PromQL text: ours and the libraries' families the files use ({@code up} is Prometheus'). */
    private static final Pattern METRIC = Pattern.compile(
            "\\b((?:sop|http_server_requests_seconds|agroal|jvm)_[a-z_]+)\\b");

    @Test
    void everyMetricTheDashboardAndTheAlertsNameIsExported() throws Exception {
        String caseId = officers.caseSubmittedForReview("Metrik");
        officers.approveChain(officers.reviewId(caseId));
        officers.awaitCaseState(caseId, "SIGNED");

        Path monitoring = SystemUnderTest.root().resolve("deploy/kubernetes/monitoring");
        Set<String> named = new TreeSet<>();
        named.addAll(names(Files.readString(monitoring.resolve("prometheus-rules.yaml"))));
        named.addAll(names(Files.readString(monitoring.resolve("sop45-dashboard.json"))));
        assertTrue(named.size() >= 10, "the files name the metrics: " + named);

        Set<String> exported = new TreeSet<>();
        for (Svc svc : Svc.values()) {
            String scrape = given().get(system.metricsUrl(svc)).then().statusCode(200).extract().asString();
            for (String line : scrape.split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    exported.add(line.split("[{ ]", 2)[0]);
                }
            }
        }
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(exported);
        assertEquals(Set.of(), missing, "named by the dashboard or the alerts but exported by no service");
    }

    private static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
