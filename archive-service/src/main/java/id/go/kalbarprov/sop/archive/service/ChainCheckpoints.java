package id.go.kalbarprov.sop.archive.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checkpoints the chain every {@code sop.archive.chain.checkpoint-interval}, when the head moved since the last. */
@ApplicationScoped
public class ChainCheckpoints {

    @Inject
    ArchiveChain chain;

    @Scheduled(every = "${sop.archive.chain.checkpoint-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodically() {
        chain.checkpointIfMoved();
    }
}
