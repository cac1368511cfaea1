package id.go.kalbarprov.sop.platform.calendar;

/** Why a date differs from its weekday's office hours. */
public enum DayKind {
    /** A national holiday (hari libur nasional) of the joint ministerial decree: closed. */
    NATIONAL_HOLIDAY(true),
    /** A collective leave day (cuti bersama) of the same decree: closed for civil servants. */
    CUTI_BERSAMA(true),
    /** The office is closed by a decision of the province (a regional holiday, an emergency). */
    OFFICE_CLOSED(true),
    /** The office keeps other hours that day, for example a half day: the day's own spans apply. */
    CHANGED_HOURS(false);

    public final boolean closed;

    DayKind(boolean closed) {
        this.closed = closed;
    }

    /** Holidays and cuti bersama come with a year's decree; the other kinds are exceptions set one date at a time. */
    public boolean fromDecree() {
        return this == NATIONAL_HOLIDAY || this == CUTI_BERSAMA;
    }
}
