package id.go.kalbarprov.sop.request.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;
import id.go.kalbarprov.sop.request.support.Cases;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With SMTP configured and e-mail enabled, a notification to a role goes to that role's mailbox, through the outbox,
 * received here by a real SMTP server (GreenMail) that the test runs.
 */
@QuarkusTest
@TestProfile(NotificationMailTest.MailEnabled.class)
class NotificationMailTest {

    static final String KABAG_MAILBOX = "kabag.tatalaksana@organisasi.test";

    /** E-mail on, the Kabag's role mailbox set, SMTP at a GreenMail server. */
    public static class MailEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.notifications.mail.enabled", "true",
                    "sop.notifications.mail.role-addresses.kabag", KABAG_MAILBOX,
                    "sop.notifications.mail.from", "sop45@organisasi.test");
        }

        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(Smtp.class));
        }
    }

    /** A GreenMail SMTP server on a free port, for the service's mailer. */
    public static class Smtp implements QuarkusTestResourceLifecycleManager {
        static GreenMail server;

        @Override
        public Map<String, String> start() {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", Integer.toString(port), "quarkus.mailer.tls", "false",
                    "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.from", "sop45@organisasi.test");
        }

        @Override
        public void stop() {
            server.stop();
        }
    }

    @Inject
    OutboxRelay relay;

    @Test
    void aNewTaskForTheKabagIsMailedToTheKabagsMailboxInBothLanguages() throws Exception {
        String caseId = Cases.open();
        relay.relay();
        assertTrue(Smtp.server.waitForIncomingEmail(10_000, 1));
        MimeMessage mail = Arrays.stream(Smtp.server.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains(caseId)).findFirst().orElseThrow();
        assertEquals(KABAG_MAILBOX, mail.getAllRecipients()[0].toString());
        assertEquals("Tugas baru: langkah 1, MEMO / New task: step 1, MEMO", mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("Batas waktu") && body.contains("Due "), body);
    }
}
