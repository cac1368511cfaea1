package id.go.kalbarprov.sop.archive.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** English and Indonesian texts of problems, from {@code problems.properties} and {@code problems_id.properties}. */
public final class ProblemTexts {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private ProblemTexts() {
    }

    public static String title(ProblemCode code, Locale locale) {
        return text("title." + code.name(), locale);
    }

    public static String detail(String key, Object[] args, Locale locale) {
        String pattern = text("detail." + key, locale);
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static String english(String key, Object... args) {
        return detail(key, args, Locale.ENGLISH);
    }

    /** The text under {@code key} in the locale's bundle, if there is one. */
    public static Optional<String> find(String key, Locale locale) {
        try {
            return Optional.of(bundle(locale).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String text(String key, Locale locale) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        boolean indonesian = locale != null && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
        return ResourceBundle.getBundle(indonesian ? "problems_id" : "problems", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
