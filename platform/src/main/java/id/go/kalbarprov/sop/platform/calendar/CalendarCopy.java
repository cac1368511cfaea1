package id.go.kalbarprov.sop.platform.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.security.ServiceTokens;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * review- and archive-service's copy of request-service's calendar ({@code sop.calendar.copy-from}): asked for at start
 * and every refresh interval, as this service; a changed calendar is stored and put in force. While the owner cannot
 * be reached the last copy stays in force, so each service keeps computing working time locally.
 */
@ApplicationScoped
public class CalendarCopy {

    private static final Logger LOG = Logger.getLogger(CalendarCopy.class);
    static final String PATH = "/api/v1/calendar";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    @Inject
    CalendarConfig config;

    @Inject
    WorkingCalendarStore store;

    @Inject
    ServiceTokens tokens;

    @Inject
    ObjectMapper json;

    @Inject
    Config settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build();

    @Scheduled(every = "${sop.calendar.refresh-interval:5m}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshRegularly() {
        refresh();
    }

    /** Asks the owner for its calendar and stores it when it changed; false when there is no owner or no answer. */
    public boolean refresh() {
        Optional<String> owner = config.copyFrom();
        if (owner.isEmpty()) {
            return false;
        }
        String base = settings.getValue("quarkus.rest-client." + owner.get() + ".url", String.class);
        Optional<CalendarSnapshot> snapshot = fetch(URI.create(base.replaceFirst("/+$", "") + PATH));
        snapshot.ifPresent(calendar -> store.store(calendar, owner.get()));
        return snapshot.isPresent();
    }

    Optional<CalendarSnapshot> fetch(URI address) {
        HttpRequest request = HttpRequest.newBuilder(address).timeout(CALL_TIMEOUT)
                .header("Accept", "application/json").header("Authorization", tokens.bearer()).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warnf("the working calendar at %s answered %d; the last copy stays in force", address,
                        response.statusCode());
                return Optional.empty();
            }
            JsonNode view = json.readTree(response.body());
            return Optional.of(json.treeToValue(view.get("calendar"), CalendarSnapshot.class));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("the working calendar at %s cannot be read (%s); the last copy stays in force", address,
                    e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
