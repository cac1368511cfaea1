package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;

import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * request-service's combined report (steps 1–10) measures steps 5–10 from what review- and archive-service reported
 * of them; for the same period its figures of those steps are the figures each service's own report gives (count,
 * median, p90, breaches: the same working minutes by the same calendar). Run after a case has gone through all ten
 * steps, and awaited, since the reports reach request-service through the outbox.
 */
class ServiceLevelAgreementSystemTest extends SystemTest {

    private static List<Map<String, Object>> steps(Svc svc, String period) {
        return given().auth().oauth2(DevTokens.auditor()).get(system.url(svc) + "/api/v1/reports/service-level?" + period)
                .then().statusCode(200).extract().path("steps");
    }

    /** Per step: count, median, p90, breaches — summed over the kinds of task a step has in request-service. */
    private static Map<Integer, List<Object>> figures(List<Map<String, Object>> steps, int first, int last) {
        Map<Integer, List<Object>> byStep = new TreeMap<>();
        for (Map<String, Object> s : steps) {
            int step = ((Number) s.get("step")).intValue();
            if (step >= first && step <= last) {
                byStep.put(step, List.of(s.get("count"), String.valueOf(s.get("medianMinutes")),
                        String.valueOf(s.get("p90Minutes")), s.get("breaches")));
            }
        }
        return byStep;
    }

    @Test
    void theCombinedReportAgreesWithEachServicesOwnReport() {
        officers.caseSubmittedForReview("Koreksi untuk laporan Mutu Baku");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String period = "from=" + now.minus(1, ChronoUnit.DAYS) + "&to=" + now.plus(1, ChronoUnit.DAYS);
        Officers.await("request-service's steps 5–7 as review-service measured them", () -> {
            Map<Integer, List<Object>> review = figures(steps(Svc.REVIEW, period), 5, 7);
            Map<Integer, List<Object>> combined = figures(steps(Svc.REQUEST, period), 5, 7);
            return !review.isEmpty() && review.equals(combined) ? review : null;
        });
        Map<Integer, List<Object>> archived = Officers.await("request-service's steps 8–10 as archive-service measured them", () -> {
            Map<Integer, List<Object>> archive = figures(steps(Svc.ARCHIVE, period), 8, 10);
            Map<Integer, List<Object>> combined = figures(steps(Svc.REQUEST, period), 8, 10);
            return archive.equals(combined) ? archive : null;
        });
        System.out.println("steps 8–10 agree: " + archived);
    }
}
