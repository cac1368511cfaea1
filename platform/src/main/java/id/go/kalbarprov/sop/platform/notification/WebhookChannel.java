package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Each notification to every webhook that wants its event type, as an outbox delivery recorded with the notification:
 * sent by the relay after the commit ({@link WebhookSender}), retried until the receiver takes it. The delivery id
 * (the outbox event's) lets the receiver take it once.
 */
@ApplicationScoped
public class WebhookChannel implements NotificationChannel {

    @Inject
    Webhooks webhooks;

    @Inject
    Outbox outbox;

    @Override
    public void announce(Notice notice) {
        String type = notice.kind().eventType;
        for (UUID webhook : webhooks.wanting(type)) {
            outbox.recordDelivery(type, WebhookSender.DESTINATION, webhook, deliveryId -> payload(deliveryId, notice));
        }
    }

    static Map<String, Object> payload(UUID deliveryId, Notice n) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("id", n.id().toString());
        notification.put("kind", n.kind().name());
        notification.put("taskId", n.taskId().toString());
        notification.put("caseId", n.caseId() == null ? null : n.caseId().toString());
        notification.put("step", n.step());
        notification.put("task", n.task());
        notification.put("recipientRole", n.recipientRole());
        notification.put("recipientUpn", n.recipientUpn());
        notification.put("recipientUnit", n.recipientUnit());
        notification.put("title", Map.of("en", n.titleEn(), "id", n.titleId()));
        notification.put("message", Map.of("en", n.messageEn(), "id", n.messageId()));
        notification.put("dueAt", n.dueAt() == null ? null : n.dueAt().toString());
        notification.put("createdAt", n.createdAt().toString());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deliveryId", deliveryId.toString());
        payload.put("type", n.kind().eventType);
        payload.put("occurredAt", n.createdAt().toString());
        payload.put("notification", notification);
        return payload;
    }
}
