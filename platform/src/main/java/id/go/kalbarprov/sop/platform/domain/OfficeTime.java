package id.go.kalbarprov.sop.platform.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The bureau's clock: West Kalimantan keeps Western Indonesian Time (WIB, Asia/Pontianak). Years and dates on
 * documents follow it.
 */
public final class OfficeTime {

    public static final ZoneId WIB = ZoneId.of("Asia/Pontianak");

    private OfficeTime() {
    }

    public static int yearOf(Instant at) {
        return at.atZone(WIB).getYear();
    }

    public static LocalDate dateOf(Instant at) {
        return at.atZone(WIB).toLocalDate();
    }
}
