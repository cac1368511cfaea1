package id.go.kalbarprov.sop.platform.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGNotification;

/**
 * What one wake-up of {@link NotificationSignal} announced: the notifications the signals carried whole (the trigger
 * sends the row as JSON), and the ids of those too long for a NOTIFY payload, which the stream reads.
 */
record Signalled(List<Notice> carried, List<UUID> toRead) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Signalled of(PGNotification[] received) {
        List<Notice> carried = new ArrayList<>(received.length);
        List<UUID> toRead = new ArrayList<>();
        for (PGNotification n : received) {
            String payload = n.getParameter();
            try {
                if (payload.startsWith("{")) {
                    carried.add(Notice.of(JSON.readTree(payload)));
                } else {
                    toRead.add(UUID.fromString(payload));
                }
            } catch (JsonProcessingException | RuntimeException notOurs) {
                // neither a row of ours nor an id: ignored (the re-check streams what was really written)
            }
        }
        return new Signalled(carried, toRead);
    }
}
