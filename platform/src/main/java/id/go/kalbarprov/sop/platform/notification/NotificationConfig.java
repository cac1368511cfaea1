package id.go.kalbarprov.sop.platform.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How notifications are told, under {@code sop.notifications}. */
@ConfigMapping(prefix = "sop.notifications")
public interface NotificationConfig {

    BreachCheck breachCheck();

    Stream stream();

    Mail mail();

    interface BreachCheck {
        /** Whether this replica looks for breached standards (the job is cheap and safe on every replica). */
        @WithDefault("true")
        boolean enabled();

        /** How often it looks (a Quarkus scheduler interval, e.g. {@code 1m}). */
        @WithDefault("1m")
        String every();
    }

    interface Stream {
        /**
         * Whether each replica LISTENs for new notifications (one connection of its own, outside the pool, while it
         * has stream subscribers), so a notification is streamed as soon as its transaction commits.
         */
        @WithDefault("true")
        boolean listen();

        /**
         * How often each replica re-checks for notifications its stream has not sent yet: the fallback for a signal
         * missed (a lost listening connection), and the only way when {@code listen} is off.
         */
        @WithDefault("5s")
        Duration pollInterval();

        /**
         * How far back each read looks, so a notification whose transaction committed late (after rows written
         * later) is still streamed; each is streamed once per subscriber.
         */
        @WithDefault("5m")
        Duration lookback();

        /**
         * How often an idle stream sends a comment line, so proxies (an ingress closes a silent connection after 60 s
         * by default) keep it open: a browser whose stream was cut needs a new ticket.
         */
        @WithDefault("25s")
        Duration keepAlive();

        /** How long a stream ticket can be used (once). */
        @WithDefault("60s")
        Duration ticketLifetime();
    }

    interface Mail {
        /** E-mail is sent only when enabled and SMTP is configured ({@code quarkus.mailer.*}). */
        @WithDefault("false")
        boolean enabled();

        /** The mailbox of each role (e.g. {@code role-addresses.kasubbag=tu@organisasi.kalbarprov.go.id}). */
        Map<String, String> roleAddresses();

        /** The sender, when not {@code quarkus.mailer.from}. */
        Optional<String> from();
    }
}
