package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.outbox.HandoffSender.HandoffFailedException;
import id.go.kalbarprov.sop.platform.outbox.OutboxDestination;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends one notification e-mail from the outbox through the configured SMTP server ({@code quarkus.mailer.*}). */
@ApplicationScoped
public class MailSender implements OutboxDestination {

    public static final String DESTINATION = "mail";

    @Inject
    Mailer mailer;

    @Inject
    NotificationConfig config;

    @Override
    public String name() {
        return DESTINATION;
    }

    @Override
    public void send(OutboxEvent event) {
        Mail mail = Mail.withText((String) event.payload.get("to"), (String) event.payload.get("subject"),
                (String) event.payload.get("text"));
        config.mail().from().ifPresent(mail::setFrom);
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw new HandoffFailedException("SMTP did not take the e-mail: " + e, e);
        }
    }
}
