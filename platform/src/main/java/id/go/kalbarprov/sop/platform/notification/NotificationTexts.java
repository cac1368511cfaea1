package id.go.kalbarprov.sop.platform.notification;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The title and message of a notification in English and Indonesian ({@code platform-notifications*.properties}),
 * times in WIB (Asia/Pontianak) as officials read them.
 */
final class NotificationTexts {

    static final ZoneId WIB = ZoneId.of("Asia/Pontianak");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WIB);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private NotificationTexts() {
    }

    /** Title and message of {@code kind} in both languages. */
    record Texts(String titleEn, String titleId, String messageEn, String messageId) {
    }

    static Texts of(Notice.Kind kind, Arrival arrival, Instant dueAt, String holder, int standardMinutes) {
        Object[] args = {String.valueOf(arrival.step()), arrival.task(), String.valueOf(arrival.caseId()),
                String.valueOf(arrival.taskId()), dueAt == null ? "-" : TIME.format(dueAt), holder,
                String.valueOf(standardMinutes)};
        return new Texts(text(kind, "title", Locale.ENGLISH, args), text(kind, "title", INDONESIAN, args),
                text(kind, "message", Locale.ENGLISH, args), text(kind, "message", INDONESIAN, args));
    }

    private static String text(Notice.Kind kind, String part, Locale locale, Object[] args) {
        String bundle = locale == INDONESIAN ? "platform-notifications_id" : "platform-notifications";
        String pattern = ResourceBundle.getBundle(bundle, Locale.ROOT, NotificationTexts.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(kind.name() + "." + part);
        return new MessageFormat(pattern, locale).format(args);
    }
}
