package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.system.OtlpReceiver.ExportedSpan;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import io.restassured.http.ContentType;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * One case followed across the three services by its traces, as an operator would in a tracing backend: the services
 * export their spans to the tests' OTLP receiver ({@link OtlpReceiver}); the trace context of a request travels with
 * the handoffs it records, through the outbox.
 */
class TracingSystemTest extends SystemTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void theSubmissionAndTheSignatureAreEachFollowedIntoTheNextService() {
        String caseId = officers.caseAssignedToPelaksana("Jejak satu kasus");
        String submission = hex(16);
        officers.submitDraft(caseId, Map.of("traceparent", "00-" + submission + "-" + hex(8) + "-01"));

        ExportedSpan delivery = awaitSpan("request-service's delivery of the draft", span ->
                span.service().equals("request-service") && span.traceId().equals(submission)
                        && "DraftSubmitted".equals(span.attributes().get("sop.event_type")));
        assertEquals(caseId, delivery.attributes().get("sop.case_id"), delivery.toString());
        ExportedSpan arrival = awaitSpan("review-service receiving the draft", span ->
                span.service().equals("review-service") && span.isServer() && span.traceId().equals(submission));
        assertEquals(delivery.spanId(), arrival.parentSpanId(), "the receiver's span is the delivery's child");

        String reviewId = officers.reviewId(caseId);
        officers.decide(DevTokens.kasubbag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.kabag(), reviewId, "APPROVE", null).then().statusCode(201);
        String signature = hex(16);
        int version = officers.currentVersion(reviewId);
        given().auth().oauth2(DevTokens.karo()).contentType(ContentType.JSON)
                .header("traceparent", "00-" + signature + "-" + hex(8) + "-01")
                .body(Map.of("decision", "APPROVE", "version", version))
                .post(system.url(Svc.REVIEW) + "/api/v1/reviews/" + reviewId + "/decisions").then().statusCode(201);

        ExportedSpan signedDelivery = awaitSpan("review-service's delivery of the signed correction", span ->
                span.service().equals("review-service") && span.traceId().equals(signature)
                        && "CorrectionSigned".equals(span.attributes().get("sop.event_type")));
        ExportedSpan filed = awaitSpan("archive-service receiving the signed correction", span ->
                span.service().equals("archive-service") && span.isServer() && span.traceId().equals(signature)
                        && span.parentSpanId().equals(signedDelivery.spanId()));
        assertEquals(caseId, signedDelivery.attributes().get("sop.case_id"), filed.toString());
    }

    @Test
    void spansCarryRolesAndCaseIdsButNoNamesNipsOrTokens() {
        String caseId = officers.caseSubmittedForReview("Jejak tanpa data pribadi");
        awaitSpan("a span about the case", span -> caseId.equals(span.attributes().get("sop.case_id")));
        List<ExportedSpan> spans = OtlpReceiver.shared().spans();
        assertTrue(spans.stream().anyMatch(span -> span.attributes().getOrDefault("sop.roles", "").contains("pelaksana")),
                "the actor's role is on the span");
        for (ExportedSpan span : spans) {
            String text = span.name() + " " + span.attributes();
            for (String personal : List.of("199003032015031003", "196609211986031004", "Pelaksana Sistem",
                    "System test", "Bearer", "eyJ")) {
                assertFalse(text.contains(personal), personal + " in " + span);
            }
        }
    }

    private static ExportedSpan awaitSpan(String what, Predicate<ExportedSpan> match) {
        return Officers.await(what, () -> {
            Optional<ExportedSpan> found = OtlpReceiver.shared().spans().stream().filter(match).findFirst();
            return found.orElse(null);
        });
    }

    private static String hex(int bytes) {
        byte[] id = new byte[bytes];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
