package id.go.kalbarprov.sop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Nothing is lost and nothing is applied twice: receivers down, senders killed, many cases at once. */
class ReliabilityTest extends SystemTest {

    private static long count(String sql, Object... params) throws Exception {
        try (Connection c = system.database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static List<Long> column(String sql) throws Exception {
        List<Long> values = new ArrayList<>();
        try (Connection c = system.database(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }

    @Test
    void draftsSubmittedWhileReviewIsDownArriveOnceWhenItIsBack() throws Exception {
        system.stop(Svc.REVIEW);
        List<String> cases = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                cases.add(officers.caseSubmittedForReview("Saat review mati " + i));
            }
        } finally {
            system.start(Svc.REVIEW);
        }
        for (String caseId : cases) {
            officers.reviewId(caseId);
            assertEquals(1, count("select count(*) from review_svc.review where case_id = ?", UUID.fromString(caseId)));
            assertEquals(1, count("select count(*) from review_svc.review_version where review_id = "
                    + "(select id from review_svc.review where case_id = ?)", UUID.fromString(caseId)));
        }
    }

    @Test
    void aCorrectionSignedWhileArchiveIsDownArrivesOnceWhenItIsBack() throws Exception {
        String caseId = officers.caseSubmittedForReview("Saat arsip mati");
        String reviewId = officers.reviewId(caseId);
        system.stop(Svc.ARCHIVE);
        try {
            officers.approveChain(reviewId);
            officers.awaitCaseState(caseId, "SIGNED");
        } finally {
            system.start(Svc.ARCHIVE);
        }
        officers.orderId(caseId);
        assertEquals(1, count("select count(*) from archive_svc.archive_order where case_id = ?",
                UUID.fromString(caseId)));
    }

    @Test
    void anEventCommittedJustBeforeTheSenderIsKilledIsDeliveredAfterRestart() throws Exception {
        String caseId;
        system.stop(Svc.REVIEW);
        try {
            caseId = officers.caseSubmittedForReview("Pengirim dibunuh");
            system.kill(Svc.REQUEST);
            system.start(Svc.REQUEST);
        } finally {
            system.start(Svc.REVIEW);
        }
        officers.reviewId(caseId);
        assertEquals(1, count("select count(*) from review_svc.review where case_id = ?", UUID.fromString(caseId)));
    }

    @Test
    void fiftyCasesInParallelAreAllArchivedWithGapFreeNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> work = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            work.add(() -> {
                String caseId = officers.caseSubmittedForReview("Paralel " + n);
                officers.approveChain(officers.reviewId(caseId));
                officers.archive(officers.orderId(caseId));
                officers.awaitCaseState(caseId, "ARCHIVED");
                return caseId;
            });
        }
        List<String> done = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(work)) {
            done.add(f.get());
        }
        pool.shutdown();
        assertEquals(50, done.size());
        assertGapFree(column("select sequence from request_svc.memo order by sequence"));
        assertGapFree(column("select number from archive_svc.agenda_entry order by number"));
        printDeliveryLatency();
    }

    private static void assertGapFree(List<Long> numbers) {
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 1, numbers.get(i), "numbers must run 1.." + numbers.size() + " without gaps");
        }
    }

    /** From commit at the sender to applied at the receiver, over the request → review handoff. */
    private static void printDeliveryLatency() throws Exception {
        List<Long> millis = column("""
                select (extract(epoch from a.applied_at - o.created_at) * 1000)::bigint
                from request_svc.outbox_event o join review_svc.applied_event a on a.event_id = o.id
                where o.type = 'DraftSubmitted'""");
        if (millis.isEmpty()) {
            return;
        }
        Collections.sort(millis);
        System.out.printf("Handoff request → review: %d deliveries, median %d ms, worst %d ms%n", millis.size(),
                millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }
}
