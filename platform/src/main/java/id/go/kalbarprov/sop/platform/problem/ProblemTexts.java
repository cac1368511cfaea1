package id.go.kalbarprov.sop.platform.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * English and Indonesian texts of problems. A service's own {@code problems.properties} / {@code problems_id.properties}
 * are read first (they may word a shared title for their own resource), then the platform's
 * {@code platform-problems*.properties}.
 */
public final class ProblemTexts {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final String SERVICE_BUNDLE = "problems";
    private static final String PLATFORM_BUNDLE = "platform-problems";

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

    /** The text under {@code key} in the locale's bundles, if there is one. */
    public static Optional<String> find(String key, Locale locale) {
        for (String bundle : new String[] {SERVICE_BUNDLE, PLATFORM_BUNDLE}) {
            try {
                return Optional.of(bundle(bundle, locale).getString(key));
            } catch (MissingResourceException e) {
                // not in this bundle: try the next
            }
        }
        return Optional.empty();
    }

    private static String text(String key, Locale locale) {
        return find(key, locale).orElse(key);
    }

    public static boolean isIndonesian(Locale locale) {
        return locale != null && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        // The service's bundle sits beside the service, not beside this class: look it up where the application is.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ResourceBundle.getBundle(isIndonesian(locale) ? name + "_id" : name, Locale.ROOT,
                loader != null ? loader : ProblemTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
