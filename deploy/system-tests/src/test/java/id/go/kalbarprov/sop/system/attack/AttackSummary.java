package id.go.kalbarprov.sop.system.attack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import id.go.kalbarprov.sop.system.SystemUnderTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * What the attack suite checked, printed when the test run ends (registered through META-INF/services, so it also
 * reports when only some attack classes ran) and written to target/attack-summary.txt.
 */
public final class AttackSummary implements TestExecutionListener {

    static final AtomicInteger OPERATIONS = new AtomicInteger();
    static final AtomicInteger CALLERS = new AtomicInteger();
    static final AtomicInteger ROLE_CHECKS = new AtomicInteger();
    static final AtomicInteger TOKEN_ATTACKS = new AtomicInteger();
    static final AtomicInteger OBJECT_LEVEL_CHECKS = new AtomicInteger();
    static final AtomicInteger BAD_INPUTS = new AtomicInteger();
    static final AtomicInteger HOSTILE_TEXTS_STORED = new AtomicInteger();
    static final AtomicInteger RACES = new AtomicInteger();
    static final AtomicInteger LIMIT_CHECKS = new AtomicInteger();
    static final AtomicInteger DATABASE_COMPARISONS = new AtomicInteger();
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

    static void answered(int status) {
        REQUESTS.incrementAndGet();
        if (status >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (REQUESTS.get() == 0) {
            return;
        }
        String summary = String.join(System.lineSeparator(),
                "==== Attack and abuse suite ====",
                "operations x callers checked : " + OPERATIONS.get() + " x " + CALLERS.get() + " = " + ROLE_CHECKS.get(),
                "token attacks                : " + TOKEN_ATTACKS.get(),
                "object-level checks          : " + OBJECT_LEVEL_CHECKS.get(),
                "bad inputs sent              : " + BAD_INPUTS.get(),
                "hostile texts stored verbatim: " + HOSTILE_TEXTS_STORED.get(),
                "races                        : " + RACES.get(),
                "limit checks                 : " + LIMIT_CHECKS.get(),
                "database checksums compared  : " + DATABASE_COMPARISONS.get(),
                "requests sent                : " + REQUESTS.get(),
                "5xx seen                     : " + SERVER_ERRORS.get() + " (must be 0)",
                "");
        System.out.println(summary);
        try {
            Path file = SystemUnderTest.root().resolve("deploy/system-tests/target/attack-summary.txt");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, summary);
        } catch (IOException e) {
            System.err.println("attack summary not written: " + e);
        }
    }
}
