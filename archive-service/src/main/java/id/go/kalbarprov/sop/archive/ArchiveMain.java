package id.go.kalbarprov.sop.archive;

import id.go.kalbarprov.sop.archive.service.ArchiveChain;
import id.go.kalbarprov.sop.archive.service.FullChainRuns;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * archive-service's entry point. Without arguments it serves. With {@code verify-chain} it walks the whole integrity
 * chain once, records the run as the API's walk does, and exits: 0 intact, 1 broken, 2 a walk already running on
 * another replica. The chain verification CronJob runs the same image that way, with JVM options of its own: the C2
 * compiler and the JVM's own heap sizing verify 1M records in ≈ 9 s, against 17–19 s under the serving pods' C1-only,
 * small-heap options (deploy/bench/README.md, "The chain walk as a job").
 */
@QuarkusMain
public class ArchiveMain implements QuarkusApplication {

    public static final String VERIFY_CHAIN = "verify-chain";
    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int BUSY = 2;
    private static final Logger LOG = Logger.getLogger(ArchiveMain.class);

    @Inject
    FullChainRuns runs;

    public static void main(String... args) {
        Quarkus.run(ArchiveMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args.length > 1 || !VERIFY_CHAIN.equals(args[0])) {
            LOG.errorf("Unknown arguments %s: none to serve, or %s", String.join(" ", args), VERIFY_CHAIN);
            return 64;
        }
        FullChainRuns.Result result = runs.run("chain-verification-job");
        if (result.report() == null) {
            LOG.warnf("A walk of the chain is already running on another replica; try again in %d s",
                    result.busy().retryAfterSeconds());
            return BUSY;
        }
        ArchiveChain.Report report = result.report();
        if (report.intact()) {
            LOG.infof("chain intact: %d records checked, head %d %s", report.checked(), report.lastSequence(),
                    report.lastHash());
            return INTACT;
        }
        LOG.errorf("chain BROKEN at sequence %d (record %s): %s; %d records checked", report.firstBroken().sequence(),
                report.firstBroken().recordId(), report.firstBroken().fault(), report.checked());
        return BROKEN;
    }
}
