package id.go.kalbarprov.sop.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The time now, as every time rule reads it: a test replaces this bean to stand on a fixed date. */
@ApplicationScoped
public class OfficeClock {

    public Instant now() {
        return Instant.now();
    }
}
