package id.go.kalbarprov.sop.platform.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * openhtmltopdf's log, sent through the services' own logging (categories {@code com.openhtmltopdf.*}, JSON in
 * production) instead of its default, which prints plain lines to the console. Only warnings and errors are kept.
 */
final class RendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.Level mapped = mapped(level);
        if (mapped != null) {
            Logger.getLogger(where).log(mapped, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the services' logging configuration's
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return mapped(diagnostic.getLevel()) != null;
    }

    private static Logger.Level mapped(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        return level.intValue() >= Level.WARNING.intValue() ? Logger.Level.WARN : null;
    }
}
