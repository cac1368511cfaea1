package id.go.kalbarprov.sop.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.testing.DatabaseRoles;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The chain verification as the CronJob runs it: {@code verify-chain}, the walk's verdict as the exit code. */
@QuarkusMainTest
class ChainVerificationCommandTest {

    @Test
    void anIntactChainExitsZeroAndAHeadMovedBehindTheServicesBackExitsOne(QuarkusMainLauncher launcher)
            throws SQLException {
        LaunchResult intact = launcher.launch(ArchiveMain.VERIFY_CHAIN);
        assertEquals(ArchiveMain.INTACT, intact.exitCode(), intact.getOutput());
        assertTrue(intact.getOutput().contains("chain intact"), intact.getOutput());

        long head = headSequence();
        moveHead(head + 1);
        // the test profile empties the schema at every start: this launch must find the head as it was left
        System.setProperty("quarkus.flyway.clean-at-start", "false");
        try {
            LaunchResult broken = launcher.launch(ArchiveMain.VERIFY_CHAIN);
            assertEquals(ArchiveMain.BROKEN, broken.exitCode(), broken.getOutput());
            assertTrue(broken.getErrorOutput().contains("TAIL_MISSING") || broken.getOutput().contains("TAIL_MISSING"),
                    broken.getOutput() + broken.getErrorOutput());
        } finally {
            System.clearProperty("quarkus.flyway.clean-at-start");
            moveHead(head);
        }
    }

    @Test
    void anUnknownCommandIsRefused(QuarkusMainLauncher launcher) {
        assertEquals(64, launcher.launch("verify-everything").exitCode());
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(DatabaseRoles.URL,
                System.getenv().getOrDefault("TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
    }

    private static long headSequence() throws SQLException {
        try (Connection c = owner(); PreparedStatement s = c.prepareStatement(
                "SELECT last_sequence FROM archive_svc.chain_head WHERE id = 1"); ResultSet row = s.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The head's sequence rewritten as someone with direct database access could (triggers bypassed). */
    private static void moveHead(long sequence) throws SQLException {
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            try (PreparedStatement replica = c.prepareStatement("SET LOCAL session_replication_role = replica");
                 PreparedStatement s = c.prepareStatement(
                         "UPDATE archive_svc.chain_head SET last_sequence = ? WHERE id = 1")) {
                replica.execute();
                s.setLong(1, sequence);
                s.executeUpdate();
            }
            c.commit();
        }
    }
}
