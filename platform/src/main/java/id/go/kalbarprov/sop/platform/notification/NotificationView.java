package id.go.kalbarprov.sop.platform.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.event.Limits;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * (Lengths: the notification table's columns.)
 * A notification as an officer reads it: what happened to which task of which case, whom it is addressed to, its
 * title and message in the caller's language ({@code Accept-Language: id} for Indonesian), the task's due time
 * (working-time deadline) and whether the caller has read it.
 */
public record NotificationView(UUID id, @Schema(maxLength = 40) String kind, UUID taskId, UUID caseId, Integer step,
                               @Schema(maxLength = 60) String task, @Schema(maxLength = 40) String recipientRole,
                               @Schema(maxLength = Limits.STORED_UPN) String recipientUpn,
                               @Schema(maxLength = 40) String recipientUnit, @Schema(maxLength = 500) String title,
                               @Schema(maxLength = Limits.REASON) String message, Instant dueAt, Instant createdAt, boolean read,
                               @JsonIgnore long seq) {

    static NotificationView of(Notice n, boolean indonesian, boolean read) {
        return new NotificationView(n.id(), n.kind().name(), n.taskId(), n.caseId(), n.step(), n.task(),
                n.recipientRole(), n.recipientUpn(), n.recipientUnit(), indonesian ? n.titleId() : n.titleEn(),
                indonesian ? n.messageId() : n.messageEn(), n.dueAt(), n.createdAt(), read, n.seq());
    }
}
