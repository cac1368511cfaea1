package id.go.kalbarprov.sop.platform.notification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes the live stream when a notification is written, by any replica: {@code LISTEN} on the channel the table's
 * trigger notifies ({@code R__notifications.sql}), which PostgreSQL delivers when the writing transaction commits.
 * It holds one connection of its own, outside the pool, for as long as the stream has subscribers — never one per
 * waiting officer — so a small pool is never taken by waiters. A lost connection is opened again after a pause.
 * A signal carries the new row ({@link Signalled}), so the stream need not read it.
 * {@code onGap} is called each time LISTEN takes effect, for what was written before it.
 */
final class NotificationSignal {

    private static final Logger LOG = Logger.getLogger(NotificationSignal.class);
    private static final int WAIT_MILLIS = 1000;

    private final String channel;
    private final Consumer<Signalled> onArrival;
    private final Runnable onGap;
    private volatile boolean running = true;
    private final Thread thread;
    private final CompletableFuture<Void> listening = new CompletableFuture<>();

    /** Listens from now on, on a thread of its own, until stopped. */
    static NotificationSignal listen(String schema, Consumer<Signalled> onArrival, Runnable onGap) {
        NotificationSignal signal = new NotificationSignal(schema, onArrival, onGap);
        signal.thread.start();
        return signal;
    }

    /** Not listening yet: {@link #listen} starts it. */
    NotificationSignal(String schema, Consumer<Signalled> onArrival, Runnable onGap) {
        this.channel = "sop_notification_" + schema;
        this.onArrival = onArrival;
        this.onGap = onGap;
        this.thread = new Thread(this::run, "notification-listen");
        thread.setDaemon(true);
    }

    /** Completes when the first LISTEN has taken effect: from then on every commit signals. */
    CompletableFuture<Void> listening() {
        return listening;
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void run() {
        long pause = 500;
        while (running) {
            try (Connection connection = open()) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN \"" + channel.replace("\"", "") + "\"");
                }
                listening.complete(null);
                // What was written before this LISTEN took effect (a stream just opened, a connection lost) is read now.
                onGap.run();
                pause = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        onArrival.accept(Signalled.of(received));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Listening for new notifications failed; the stream re-reads on its interval and listens "
                        + "again in %d ms: %s", pause, e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, 30_000);
            }
        }
    }

    /** A connection of its own, with the datasource's URL and credentials. */
    private static Connection open() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Properties props = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> props.put("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(p -> props.put("password", p));
        props.put("ApplicationName", "sop-notification-listen");
        // Wakes up now and then even without traffic, so a dead connection is found.
        props.put("tcpKeepAlive", "true");
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), props);
    }
}
