package id.go.kalbarprov.sop.review.persistence;

import id.go.kalbarprov.sop.platform.testing.DatabaseRoles;
import id.go.kalbarprov.sop.platform.testing.RuntimeRole;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** review-service's runtime role appends versions, acts and seals and cannot rewrite them, nor the schema. */
@QuarkusTest
class RuntimeRoleTest {

    private static final String SCHEMA = "review_svc";

    @Test
    void theRuntimeRoleCannotChangeDeleteOrTruncateWhatIsAppendOnly() throws SQLException {
        try (Connection c = DatabaseRoles.connectAs("review_svc", SCHEMA)) {
            for (String table : List.of("review_version", "review_act", "review_seal", "applied_event")) {
                RuntimeRole.assertAppendOnly(c, SCHEMA, table);
            }
            for (String table : List.of("review", "review_task", "outbox_event")) {
                RuntimeRole.assertRefused(c, "DELETE FROM " + table);
                RuntimeRole.assertRefused(c, "TRUNCATE " + table);
            }
        }
    }

    @Test
    void theRuntimeRoleCannotDropTheAppendOnlyTriggersOrChangeTheSchema() throws SQLException {
        try (Connection c = DatabaseRoles.connectAs("review_svc", SCHEMA)) {
            RuntimeRole.assertRefused(c, "DROP TRIGGER review_seal_append_only ON review_seal");
            RuntimeRole.assertRefused(c, "ALTER TABLE review_act DISABLE TRIGGER review_act_append_only");
            RuntimeRole.assertRefused(c, "DROP FUNCTION refuse_change() CASCADE");
            RuntimeRole.assertNoDdl(c, "review_seal");
        }
    }
}
