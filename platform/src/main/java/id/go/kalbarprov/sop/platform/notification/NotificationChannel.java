package id.go.kalbarprov.sop.platform.notification;

/**
 * A way a notification leaves the service besides the feed and the live stream (webhooks, e-mail). Called in the
 * transaction that made the notification: a channel records its deliveries in the outbox, never sends there.
 */
public interface NotificationChannel {

    void announce(Notice notice);
}
