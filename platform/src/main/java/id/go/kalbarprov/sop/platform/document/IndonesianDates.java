package id.go.kalbarprov.sop.platform.document;

import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** Dates as Indonesian documents print them: "30 November 2026", times in WIB ("30 November 2026 14.05 WIB"). */
public final class IndonesianDates {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};

    private IndonesianDates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    public static String date(Instant at) {
        return at == null ? "" : date(OfficeTime.dateOf(at));
    }

    public static String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(OfficeTime.WIB);
        return date(local.toLocalDate()) + String.format(" %02d.%02d WIB", local.getHour(), local.getMinute());
    }
}
