package id.go.kalbarprov.sop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.client.archive.api.ArchiveOrdersApi;
import id.go.kalbarprov.sop.client.archive.api.RecordsApi;
import id.go.kalbarprov.sop.client.archive.model.AccessClass;
import id.go.kalbarprov.sop.client.archive.model.Authenticity;
import id.go.kalbarprov.sop.client.archive.model.DelegateFiling;
import id.go.kalbarprov.sop.client.archive.model.Medium;
import id.go.kalbarprov.sop.client.archive.model.FileRecord;
import id.go.kalbarprov.sop.client.archive.model.OrderArchiving;
import id.go.kalbarprov.sop.client.archive.model.OrderView;
import id.go.kalbarprov.sop.client.archive.model.RecordView;
import id.go.kalbarprov.sop.client.archive.model.Report;
import id.go.kalbarprov.sop.client.request.api.AgreementsApi;
import id.go.kalbarprov.sop.client.request.api.CasesApi;
import id.go.kalbarprov.sop.client.request.api.DraftApi;
import id.go.kalbarprov.sop.client.request.api.MemoApi;
import id.go.kalbarprov.sop.client.request.api.OfficersApi;
import id.go.kalbarprov.sop.client.request.api.SubmissionsApi;
import id.go.kalbarprov.sop.client.request.model.AssignPelaksana;
import id.go.kalbarprov.sop.client.request.model.CaseState;
import id.go.kalbarprov.sop.client.request.model.CaseView;
import id.go.kalbarprov.sop.client.request.model.ComposeDraft;
import id.go.kalbarprov.sop.client.request.model.Direction;
import id.go.kalbarprov.sop.client.request.model.DraftVersionView;
import id.go.kalbarprov.sop.client.request.model.DraftView;
import id.go.kalbarprov.sop.client.request.model.ForwardMaterial;
import id.go.kalbarprov.sop.client.request.model.Indicator;
import id.go.kalbarprov.sop.client.request.model.IssueMemo;
import id.go.kalbarprov.sop.client.request.model.MemoView;
import id.go.kalbarprov.sop.client.request.model.Nature;
import id.go.kalbarprov.sop.client.request.model.OpenCase;
import id.go.kalbarprov.sop.client.request.model.Period;
import id.go.kalbarprov.sop.client.request.model.PutAgreement;
import id.go.kalbarprov.sop.client.request.model.PutOfficer;
import id.go.kalbarprov.sop.client.request.model.SubmissionView;
import id.go.kalbarprov.sop.client.request.model.SubmitRows;
import id.go.kalbarprov.sop.client.request.model.Urgency1;
import id.go.kalbarprov.sop.client.review.api.ReviewsApi;
import id.go.kalbarprov.sop.client.review.api.SealsApi;
import id.go.kalbarprov.sop.client.review.model.Decide;
import id.go.kalbarprov.sop.client.review.model.Decision;
import id.go.kalbarprov.sop.client.review.model.DecisionView;
import id.go.kalbarprov.sop.client.review.model.ReviewSummary;
import id.go.kalbarprov.sop.client.review.model.Scope;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One whole case, steps 1–10 with a return at level 5 and the resubmission, walked through the Java clients that
 * deploy/api-clients generates from the committed OpenAPI documents, and nothing else: no hand-written JSON, no
 * other HTTP client. A document that lies about a request or an answer (a type, a field, a status, a header) fails
 * here. Tokens are the dev issuer's ({@link DevTokens}), set by each client's request interceptor.
 */
class GeneratedClientSystemTest {

    private static SystemUnderTest system;

    @BeforeAll
    static void startTheSystem() {
        system = SystemUnderTest.get();
    }

    @Test
    void aWholeCaseWithAReturnAtLevel5WalksThroughTheGeneratedClientsOnly() throws Exception {
        registerOfficers();
        agreements();

        // Step 1: the Karo opens the case and disposes it to the Kabag
        CaseView opened = request(DevTokens.karo(), CasesApi::new).openCase(new OpenCase()
                .title("Koreksi lewat klien Java").year(2026).period(Period.Q2).reason("Realisasi keliru")
                .targetUnits(List.of("DINKES", "DISDIK")).dueDate(LocalDate.now().plusDays(7))
                .instruction("Siapkan Nota Dinas").urgency(Urgency1.SEGERA), UUID.randomUUID().toString());
        UUID caseId = opened.getId();
        assertEquals(CaseState.OPEN, opened.getState());

        // Step 1 (cont.): the Kabag issues the Nota Dinas to the units
        MemoView memo = request(DevTokens.kabag(), MemoApi::new).issueMemo(caseId, new IssueMemo()
                .subject("Permintaan data").body("Mohon data koreksi.").nature(Nature.SEGERA),
                UUID.randomUUID().toString(), null);
        assertTrue(memo.getNumber().startsWith("000.8.6.3/"), memo.getNumber());

        // Step 2: each unit sends its corrected rows; the Kabag forwards the material
        for (String unit : List.of("DINKES", "DISDIK")) {
            SubmissionView submitted = request(DevTokens.unit(unit), SubmissionsApi::new).submitUnitInput(caseId,
                    new SubmitRows().rows(List.of(row(unit))), UUID.randomUUID().toString());
            assertEquals(unit, submitted.getUnitCode());
        }
        CaseView forwarded = request(DevTokens.kabag(), CasesApi::new).forwardCase(caseId, new ForwardMaterial(),
                null);
        assertEquals(CaseState.FORWARDED, forwarded.getState());

        // Step 3: the Kasubbag assigns the pelaksana
        CaseView assigned = request(DevTokens.kasubbag(), CasesApi::new).assignCase(caseId,
                new AssignPelaksana().upn("pelaksana.sys"), null);
        assertEquals(CaseState.DRAFTING, assigned.getState());

        // Step 4: the pelaksana drafts from every collected row and submits version 1
        DraftApi pelaksana = request(DevTokens.pelaksana(), DraftApi::new);
        List<UUID> rowIds = pelaksana.getAnalysis(caseId).getRows().stream()
                .map(id.go.kalbarprov.sop.client.request.model.Row::getRowId).toList();
        assertEquals(2, rowIds.size());
        DraftView draft = pelaksana.composeDraft(caseId, new ComposeDraft().rowIds(rowIds).notes("Catatan")
                .conclusion("Kesimpulan"), null);
        assertEquals(rowIds, draft.getRowIds());
        DraftVersionView first = pelaksana.submitDraft(caseId, UUID.randomUUID().toString(), null);
        assertEquals(1, first.getNumber());

        // Step 5: the review arrives; the Kasubbag returns it to the pelaksana
        ReviewSummary review = awaitReview(caseId, "IN_REVIEW", 0);
        UUID reviewId = review.getId();
        DecisionView returned = decide(DevTokens.kasubbag(), reviewId, Decision.RETURN,
                "Periksa lagi angka DISDIK");
        assertEquals(Decision.RETURN, returned.getAct().getDecision());
        assertEquals(5, returned.getAct().getLevel());
        int returnedVersion = returned.getReview().getCurrentVersion();

        // Step 4 again: the pelaksana revises the draft with its ETag as If-Match and resubmits
        await("case " + caseId + " in REVISION", () -> request(DevTokens.auditor(), CasesApi::new)
                .getCase(caseId).getState() == CaseState.REVISION ? Boolean.TRUE : null);
        var current = pelaksana.getDraftWithHttpInfo(caseId);
        String etag = current.getHeaders().get("etag").get(0);
        assertEquals("\"" + current.getData().getVersion() + "\"", etag);
        pelaksana.composeDraft(caseId, new ComposeDraft().rowIds(current.getData().getRowIds()).notes("Direvisi")
                .conclusion("Kesimpulan"), etag);
        DraftVersionView second = pelaksana.submitDraft(caseId, UUID.randomUUID().toString(), null);
        assertEquals(2, second.getNumber());
        awaitReview(caseId, "IN_REVIEW", returnedVersion);

        // Steps 5–7: approved up the chain; the Karo's signature makes the signed correction
        decide(DevTokens.kasubbag(), reviewId, Decision.APPROVE, null);
        decide(DevTokens.kabag(), reviewId, Decision.APPROVE, null);
        DecisionView signed = decide(DevTokens.karo(), reviewId, Decision.APPROVE, null);
        assertNotNull(signed.getSeal());
        var signedReview = review(DevTokens.auditor(), ReviewsApi::new).getReview(reviewId);
        assertEquals("SIGNED", signedReview.getStatus().getValue());
        assertTrue(review(DevTokens.auditor(), SealsApi::new).verifySeals(reviewId).getAllValid());

        // Step 8: the order arrives in the archive; the Kabag orders archiving
        ArchiveOrdersApi auditorOrders = archive(DevTokens.auditor(), ArchiveOrdersApi::new);
        UUID orderId = await("archive order of " + caseId, () -> {
            var orders = auditorOrders.listArchiveOrders(caseId, null, null, null).getItems();
            return orders.isEmpty() ? null : orders.get(0).getId();
        });
        OrderView ordered = archive(DevTokens.kabag(), ArchiveOrdersApi::new).orderArchiving(orderId,
                new OrderArchiving().note("Arsipkan"), null);
        assertEquals(orderId, ordered.getId());

        // Step 9: the Kasubbag delegates the filing to the arsiparis
        archive(DevTokens.kasubbag(), ArchiveOrdersApi::new).delegateArchiveOrder(orderId,
                new DelegateFiling().upn("arsip.sys"), null);

        // Step 10: the arsiparis files it: the archive record
        RecordView filed = archive(DevTokens.arsiparis(), ArchiveOrdersApi::new).fileArchiveOrder(
                orderId, filing(), UUID.randomUUID().toString(), null);
        await("case " + caseId + " ARCHIVED", () -> request(DevTokens.auditor(), CasesApi::new)
                .getCase(caseId).getState() == CaseState.ARCHIVED ? Boolean.TRUE : null);

        // The archived record, read and verified through the client: the signed content, its seals and the chain
        RecordsApi records = archive(DevTokens.auditor(), RecordsApi::new);
        RecordView record = records.getRecord(filed.getId());
        assertEquals(signedReview.getCurrentContentHash(), record.getContentHash());
        assertEquals(Boolean.TRUE, record.getSealsVerified());
        assertEquals(List.of(5, 6, 7), record.getSeals().stream().map(s -> s.get("level")).toList());
        assertTrue(record.getDocumentNumber().startsWith("000.8.6.3/"), record.getDocumentNumber());
        Report chain = records.verifyRecordChain();
        assertEquals(Boolean.TRUE, chain.getIntact());
    }

    /** The admin registers the officers the case names, if they are not yet (request-service's register). */
    private static void registerOfficers() throws Exception {
        OfficersApi officers = request(DevTokens.admin(), OfficersApi::new);
        register(officers, "pelaksana.sys", new PutOfficer().nip("199003032015031003").name("Pelaksana Sistem")
                .post("Analis Kebijakan Ahli Pertama").role(PutOfficer.RoleEnum.PELAKSANA));
        register(officers, "arsip.sys", new PutOfficer().nip("198804042010012004").name("Arsiparis Sistem")
                .post("Arsiparis Ahli Pertama").role(PutOfficer.RoleEnum.ARSIPARIS));
    }

    private static void register(OfficersApi officers, String upn, PutOfficer officer) throws Exception {
        try {
            officers.getOfficer(upn);
        } catch (id.go.kalbarprov.sop.client.request.ApiException e) {
            assertEquals(404, e.getCode(), e.getResponseBody());
            officers.putOfficer(upn, officer.unitCode("BIRO-ORG").section("Bagian Tata Laksana")
                    .activeFrom(LocalDate.of(2020, 1, 1)), null);
        }
    }

    /**
     * The 2026 performance agreements of the units, the same as the other system tests state ({@link Officers}, which
     * share this database): stated once, or stated again with the current ETag.
     */
    private static void agreements() throws Exception {
        AgreementsApi agreements = request(DevTokens.admin(), AgreementsApi::new);
        Map<String, List<Indicator>> byUnit = Map.of(
                "DINKES", List.of(indicator("IKU-DINKES", "Indikator DINKES"), indicator("IKU-R", "Balapan")),
                "DISDIK", List.of(indicator("IKU-DISDIK", "Indikator DISDIK")));
        for (String unit : List.of("DINKES", "DISDIK")) {
            PutAgreement agreement = new PutAgreement().reason("Perjanjian Kinerja 2026").indicators(byUnit.get(unit));
            String etag = null;
            try {
                etag = agreements.getAgreementWithHttpInfo(unit, 2026).getHeaders().get("etag").get(0);
            } catch (id.go.kalbarprov.sop.client.request.ApiException e) {
                assertEquals(404, e.getCode(), e.getResponseBody());
            }
            agreements.putAgreement(unit, 2026, agreement, etag);
        }
    }

    private static Indicator indicator(String code, String name) {
        return new Indicator().indicatorCode(code).indicatorName(name).unitOfMeasure("%")
                .direction(Direction.HIGHER_IS_BETTER).target("100");
    }

    private static id.go.kalbarprov.sop.client.request.model.Row1 row(String unit) {
        return new id.go.kalbarprov.sop.client.request.model.Row1().indicatorCode("IKU-" + unit)
                .indicatorName("Indikator " + unit).year(2026).period(Period.Q2).unitOfMeasure("%")
                .direction(Direction.HIGHER_IS_BETTER).target("100").actualReported("80").actualCorrected("90,5")
                .reason("Salah input");
    }

    private static DecisionView decide(String token, UUID reviewId, Decision decision, String reason)
            throws Exception {
        ReviewsApi reviews = review(token, ReviewsApi::new);
        int version = reviews.getReview(reviewId).getCurrentVersion();
        return reviews.decideReview(reviewId, new Decide().decision(decision).version(version).reason(reason),
                UUID.randomUUID().toString());
    }

    /** Polls review-service (the handoff is asynchronous) until the case's review has the status and a newer version. */
    private static ReviewSummary awaitReview(UUID caseId, String status, int afterVersion) {
        ReviewsApi reviews = review(DevTokens.auditor(), ReviewsApi::new);
        return await("review of " + caseId + " " + status + " after version " + afterVersion, () -> {
            var items = reviews.listReviews(caseId, null, null, null, Scope.ALL, null, null,
                    null).getItems();
            return !items.isEmpty() && status.equals(items.get(0).getStatus().getValue())
                    && items.get(0).getCurrentVersion() > afterVersion ? items.get(0) : null;
        });
    }

    private static FileRecord filing() {
        return new FileRecord().classificationCode("000.8.6.3").fileNumber("KIN-2026")
                .itemNumber(ThreadLocalRandom.current().nextInt(50_000, 99_999))
                .processingUnit("Bagian Tata Laksana").description("Koreksi data kinerja")
                .periodCovered(new id.go.kalbarprov.sop.client.archive.model.PeriodCovered()
                        .from(LocalDate.of(2026, 4, 1)).to(LocalDate.of(2026, 6, 30)))
                .quantity(1).medium(Medium.ELECTRONIC).authenticity(Authenticity.ORIGINAL)
                .accessClass(AccessClass.RESTRICTED)
                .location(new id.go.kalbarprov.sop.client.archive.model.Location().folder("F1").box("B1").shelf("R1"));
    }

    /** A client of request-service acting with {@code token}. */
    private static <T> T request(String token, Function<id.go.kalbarprov.sop.client.request.ApiClient, T> api) {
        var client = new id.go.kalbarprov.sop.client.request.ApiClient(HttpClient.newBuilder(),
                id.go.kalbarprov.sop.client.request.ApiClient.createDefaultObjectMapper(), system.url(Svc.REQUEST));
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        return api.apply(client);
    }

    /** A client of review-service acting with {@code token}. */
    private static <T> T review(String token, Function<id.go.kalbarprov.sop.client.review.ApiClient, T> api) {
        var client = new id.go.kalbarprov.sop.client.review.ApiClient(HttpClient.newBuilder(),
                id.go.kalbarprov.sop.client.review.ApiClient.createDefaultObjectMapper(), system.url(Svc.REVIEW));
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        return api.apply(client);
    }

    /** A client of archive-service acting with {@code token}. */
    private static <T> T archive(String token, Function<id.go.kalbarprov.sop.client.archive.ApiClient, T> api) {
        var client = new id.go.kalbarprov.sop.client.archive.ApiClient(HttpClient.newBuilder(),
                id.go.kalbarprov.sop.client.archive.ApiClient.createDefaultObjectMapper(), system.url(Svc.ARCHIVE));
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        return api.apply(client);
    }

    /** A probe through the client, again until it answers something (60 s). */
    interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T await(String what, Probe<T> probe) {
        return Officers.await(what, () -> {
            try {
                return probe.get();
            } catch (Exception e) {
                throw new AssertionError(what + ": " + e.getMessage(), e);
            }
        });
    }
}
