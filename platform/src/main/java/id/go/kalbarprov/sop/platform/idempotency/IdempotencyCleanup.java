package id.go.kalbarprov.sop.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Forgets idempotency records past their retention; a client retries within minutes, not weeks. */
@ApplicationScoped
public class IdempotencyCleanup {

    @Inject
    IdempotencyConfig config;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        IdempotencyRecord.delete("createdAt < ?1", Instant.now().minus(config.retention()));
    }
}
