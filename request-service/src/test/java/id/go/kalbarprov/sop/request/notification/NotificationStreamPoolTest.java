package id.go.kalbarprov.sop.request.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Waiting officers hold no database connection: with a pool of one connection, open streams do not keep the other
 * calls from being served, and still see the tasks those calls make.
 */
@QuarkusTest
@TestProfile(NotificationStreamPoolTest.PoolOfOne.class)
class NotificationStreamPoolTest {

    public static class PoolOfOne implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "1",
                    "quarkus.datasource.jdbc.acquisition-timeout", "3s");
        }
    }

    @TestHTTPResource("/api/v1/notifications/stream")
    URL stream;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void openStreamsHoldNoConnectionOfThePool() throws Exception {
        List<Events> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Events kabag = Events.open(http, stream.toString(), Tokens.kabag());
                open.add(kabag);
                assertEquals(200, kabag.response.statusCode());
                assertNotNull(kabag.next("ready", 10));
            }
            for (int i = 0; i < 3; i++) {
                String caseId = Cases.open();
                for (Events kabag : open) {
                    assertNotNull(kabag.next(caseId, 5), "the MEMO task of case " + caseId + " streamed");
                }
            }
        } finally {
            open.forEach(Events::close);
        }
    }
}
