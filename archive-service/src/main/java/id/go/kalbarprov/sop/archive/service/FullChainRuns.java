package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.event.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.archive.domain.ChainVerification;
import id.go.kalbarprov.sop.archive.persistence.ChainVerificationRunEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;

/**
 * The full walk of the integrity chain, one at a time: a second request on this replica is turned away at once
 * (without taking a database connection), one on another replica by the walk's advisory lock. Each finished walk is
 * recorded with its verdict and time, so that its result can be read cheaply afterwards.
 */
@ApplicationScoped
public class FullChainRuns {

    /** The verdict of the last finished walk. */
    public record LastRun(Instant startedAt, Instant finishedAt, boolean intact, long checked, long lastSequence,
                          @Schema(pattern = Limits.SHA256) String lastHash, ChainVerification.Break firstBroken,
                          @Schema(maxLength = Limits.UPN) String runBy) {
    }

    /** A walk is already running (here or on another replica): try again in about {@code retryAfterSeconds}. */
    public record Busy(long retryAfterSeconds) {
    }

    /** Either the walk's report or, when it did not run, how long to wait. */
    public record Result(ArchiveChain.Report report, Busy busy) {
    }

    private final Semaphore oneAtATime = new Semaphore(1);

    @Inject
    ArchiveChain chain;

    /** The walk's report, or why it did not run. */
    public Result run(String runBy) {
        if (!oneAtATime.tryAcquire()) {
            return new Result(null, busy());
        }
        try {
            Instant started = Instant.now();
            Optional<ArchiveChain.Report> report = chain.verifyUnlessRunning();
            if (report.isEmpty()) {
                return new Result(null, busy());
            }
            QuarkusTransaction.requiringNew().run(() -> record(report.get(), started, runBy));
            return new Result(report.get(), null);
        } finally {
            oneAtATime.release();
        }
    }

    @Transactional
    public Optional<LastRun> last() {
        return ChainVerificationRunEntity.<ChainVerificationRunEntity>find("order by finishedAt desc")
                .firstResultOptional().map(r -> new LastRun(r.startedAt, r.finishedAt, r.intact, r.checked,
                        r.lastSequence, r.lastHash, r.brokenFault == null ? null
                        : new ChainVerification.Break(r.brokenSequence, r.brokenRecordId, r.brokenFault), r.runByUpn));
    }

    /** About as long as the last walk took, at least a second and at most five minutes. */
    private Busy busy() {
        long seconds = last().map(r -> Duration.between(r.startedAt(), r.finishedAt()).toSeconds() + 1).orElse(1L);
        return new Busy(Math.max(1, Math.min(300, seconds)));
    }

    private static void record(ArchiveChain.Report report, Instant started, String runBy) {
        ChainVerificationRunEntity run = new ChainVerificationRunEntity();
        run.id = UUID.randomUUID();
        run.startedAt = started;
        run.finishedAt = report.verifiedAt();
        run.intact = report.intact();
        run.checked = report.checked();
        run.lastSequence = report.lastSequence();
        run.lastHash = report.lastHash();
        if (report.firstBroken() != null) {
            run.brokenSequence = report.firstBroken().sequence();
            run.brokenRecordId = report.firstBroken().recordId();
            run.brokenFault = report.firstBroken().fault();
        }
        run.runByUpn = runBy;
        run.persist();
    }
}
