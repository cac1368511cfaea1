package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A notification to a role's mailbox ({@code sop.notifications.mail.role-addresses.<role>}) when e-mail is enabled:
 * recorded in the outbox with the notification and sent by {@link MailSender} after the commit, retried while the
 * SMTP server does not take it. No officer directory: a role's shared mailbox, not a person's.
 */
@ApplicationScoped
public class MailChannel implements NotificationChannel {

    @Inject
    NotificationConfig config;

    @Inject
    Outbox outbox;

    @Override
    public void announce(Notice notice) {
        if (!config.mail().enabled() || notice.recipientRole() == null) {
            return;
        }
        String to = config.mail().roleAddresses().get(notice.recipientRole());
        if (to == null || to.isBlank()) {
            return;
        }
        // One mailbox's e-mails leave in order: the mailbox is the outbox aggregate.
        UUID mailbox = UUID.nameUUIDFromBytes(("mailbox:" + to).getBytes(StandardCharsets.UTF_8));
        outbox.recordDelivery("mail." + notice.kind().eventType, MailSender.DESTINATION, mailbox,
                id -> mail(to, notice));
    }

    /** Subject and text in Indonesian first (officials read it), then English. */
    static Map<String, Object> mail(String to, Notice n) {
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("to", to);
        mail.put("subject", n.titleId() + " / " + n.titleEn());
        mail.put("text", n.messageId() + "\n\n" + n.messageEn() + "\n");
        return mail;
    }
}
