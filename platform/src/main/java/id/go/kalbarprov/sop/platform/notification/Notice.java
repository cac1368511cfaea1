package id.go.kalbarprov.sop.platform.notification;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored notification, in both languages (a row of table {@code notification}). */
public record Notice(UUID id, long seq, Kind kind, UUID taskId, UUID caseId, Integer step, String task,
                     String recipientRole, String recipientUpn, String recipientUnit, String titleEn, String titleId,
                     String messageEn, String messageId, Instant dueAt, Instant createdAt) {

    /** What a notification tells. The names are also the webhook event types, in lower case with a dot. */
    public enum Kind {
        /** A new task for whoever must act. */
        TASK_ARRIVED("task.arrived"),
        /** An open task passed its working-time deadline: told to the holder's superior, once. */
        STANDARD_BREACHED("standard.breached");

        public final String eventType;

        Kind(String eventType) {
            this.eventType = eventType;
        }
    }

    /** The columns {@link #of(Object[])} reads, in its order. */
    static final String COLUMNS = """
            n.id, n.seq, n.kind, n.task_id, n.case_id, n.step, n.task_name, n.recipient_role, n.recipient_upn,
            n.recipient_unit, n.title_en, n.title_id, n.message_en, n.message_id, n.due_at, n.created_at""";

    static Notice of(Object[] row) {
        return new Notice((UUID) row[0], ((Number) row[1]).longValue(), Kind.valueOf((String) row[2]),
                (UUID) row[3], (UUID) row[4], row[5] == null ? null : ((Number) row[5]).intValue(), (String) row[6],
                (String) row[7], (String) row[8], (String) row[9], (String) row[10], (String) row[11],
                (String) row[12], (String) row[13], instant(row[14]), instant(row[15]));
    }

    /** A row as the table's trigger sends it with its signal ({@code row_to_json}: the columns by name). */
    static Notice of(JsonNode row) {
        return new Notice(UUID.fromString(row.get("id").asText()), row.get("seq").asLong(),
                Kind.valueOf(row.get("kind").asText()), uuid(row, "task_id"), uuid(row, "case_id"),
                row.hasNonNull("step") ? row.get("step").asInt() : null, text(row, "task_name"),
                text(row, "recipient_role"), text(row, "recipient_upn"), text(row, "recipient_unit"),
                text(row, "title_en"), text(row, "title_id"), text(row, "message_en"), text(row, "message_id"),
                time(row, "due_at"), time(row, "created_at"));
    }

    private static String text(JsonNode row, String column) {
        return row.hasNonNull(column) ? row.get(column).asText() : null;
    }

    private static UUID uuid(JsonNode row, String column) {
        return row.hasNonNull(column) ? UUID.fromString(row.get(column).asText()) : null;
    }

    private static Instant time(JsonNode row, String column) {
        return row.hasNonNull(column) ? OffsetDateTime.parse(row.get(column).asText()).toInstant() : null;
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
