package id.go.kalbarprov.sop.request.persistence;

import id.go.kalbarprov.sop.platform.testing.DatabaseRoles;
import id.go.kalbarprov.sop.platform.testing.RuntimeRole;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** request-service's runtime role appends to its history and cannot rewrite it, nor the schema. */
@QuarkusTest
class RuntimeRoleTest {

    private static final String SCHEMA = "request_svc";

    @Test
    void theRuntimeRoleCannotChangeDeleteOrTruncateWhatIsAppendOnly() throws SQLException {
        try (Connection c = DatabaseRoles.connectAs("request_svc", SCHEMA)) {
            for (String table : List.of("case_event", "indicator_row", "memo", "applied_event", "reference_change", "draft_correction", "document_pdf")) {
                RuntimeRole.assertAppendOnly(c, SCHEMA, table);
            }
            // A frozen draft version: only its return may be marked; a submission: only its supersession.
            for (String column : List.of("content", "content_hash", "number", "submitted_by_upn")) {
                RuntimeRole.assertRefused(c, "UPDATE draft_version SET " + column + " = " + column);
            }
            RuntimeRole.assertRefused(c, "DELETE FROM draft_version");
            RuntimeRole.assertRefused(c, "UPDATE submission SET unit_code = unit_code");
            // A file's bytes and what was recorded of them never change; only a reply letter moves to its reply.
            RuntimeRole.assertAppendOnly(c, SCHEMA, "attachment_content");
            for (String column : List.of("sha256", "size_bytes", "file_name", "media_type", "case_id", "store")) {
                RuntimeRole.assertRefused(c, "UPDATE attachment SET " + column + " = " + column);
            }
            RuntimeRole.assertRefused(c, "DELETE FROM attachment");
            // A reopening: only the unit's answer and its closing move; who reopened it, why and when never do.
            for (String column : List.of("unit_code", "reason", "reopened_by_upn", "reopened_at", "from_state")) {
                RuntimeRole.assertRefused(c, "UPDATE reopening SET " + column + " = " + column);
            }
            RuntimeRole.assertRefused(c, "DELETE FROM reopening");
            // Notifications and read marks stay as written; a webhook is only ever marked removed, never rewritten.
            RuntimeRole.assertAppendOnly(c, SCHEMA, "notification");
            RuntimeRole.assertAppendOnly(c, SCHEMA, "notification_read");
            for (String column : List.of("url", "secret", "event_types", "created_at")) {
                RuntimeRole.assertRefused(c, "UPDATE webhook SET " + column + " = " + column);
            }
            RuntimeRole.assertRefused(c, "DELETE FROM webhook");
            RuntimeRole.assertRefused(c, "UPDATE stream_ticket SET expires_at = expires_at");
            // What an operator did to a parked handoff, who and why, stays as written.
            RuntimeRole.assertAppendOnly(c, SCHEMA, "outbox_action");
            for (String table : List.of("correction_case", "task", "outbox_event", "draft", "submission", "unit",
                    "officer")) {
                RuntimeRole.assertRefused(c, "DELETE FROM " + table);
                RuntimeRole.assertRefused(c, "TRUNCATE " + table);
            }
        }
    }

    @Test
    void theRuntimeRoleHasNoDdl() throws SQLException {
        try (Connection c = DatabaseRoles.connectAs("request_svc", SCHEMA)) {
            RuntimeRole.assertNoDdl(c, "case_event");
        }
    }
}
