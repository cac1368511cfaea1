package id.go.kalbarprov.sop.platform.calendar;

import java.time.Instant;

/**
 * How pressing an open task is, in working time: {@link Urgency#OVERDUE} once its working-time deadline has passed,
 * {@link Urgency#DUE_SOON} while less than a share of its standard's working minutes (default a quarter) — or, when
 * set, less than a number of working minutes — remain before it, {@link Urgency#ON_TIME} otherwise. Nights, weekends
 * and holidays do not count: a task due at 07:40 on Monday is due soon on Saturday, not on time.
 */
public final class TaskUrgency {

    /** The flag an inbox row carries. */
    public enum Urgency { ON_TIME, DUE_SOON, OVERDUE }

    /** Working minutes between two instants, as the working calendar counts them. */
    @FunctionalInterface
    public interface WorkingMinutes {
        long between(Instant from, Instant to);
    }

    public static final double DEFAULT_DUE_SOON_SHARE = 0.25;

    private final double dueSoonShare;
    private final long dueSoonMinutes;

    /**
     * @param dueSoonShare   the share of the standard's working minutes under which a task is due soon, 0 to 1
     * @param dueSoonMinutes working minutes under which a task is due soon whatever its standard; 0 for none
     */
    public TaskUrgency(double dueSoonShare, long dueSoonMinutes) {
        if (!(dueSoonShare >= 0 && dueSoonShare <= 1)) {
            throw new IllegalArgumentException("the due-soon share is between 0 and 1: " + dueSoonShare);
        }
        if (dueSoonMinutes < 0) {
            throw new IllegalArgumentException("the due-soon minutes are not negative: " + dueSoonMinutes);
        }
        this.dueSoonShare = dueSoonShare;
        this.dueSoonMinutes = dueSoonMinutes;
    }

    /** The default rule: due soon when less than a quarter of the standard remains. */
    public static TaskUrgency byDefault() {
        return new TaskUrgency(DEFAULT_DUE_SOON_SHARE, 0);
    }

    /**
     * The urgency at {@code now} of an open task due at {@code dueAt} (its working-time deadline) against a standard
     * of {@code standardMinutes} working minutes.
     */
    public Urgency of(Instant now, Instant dueAt, long standardMinutes, WorkingMinutes workingMinutes) {
        if (now.isAfter(dueAt)) {
            return Urgency.OVERDUE;
        }
        long remaining = workingMinutes.between(now, dueAt);
        boolean underShare = remaining < dueSoonShare * standardMinutes;
        boolean underMinutes = remaining < dueSoonMinutes;
        return underShare || underMinutes ? Urgency.DUE_SOON : Urgency.ON_TIME;
    }

    /** {@link #of(Instant, Instant, long, WorkingMinutes)} with the working calendar's minutes. */
    public Urgency of(Instant now, Instant dueAt, long standardMinutes, WorkingCalendar calendar) {
        return of(now, dueAt, standardMinutes, calendar::workingMinutesBetween);
    }

    public double dueSoonShare() {
        return dueSoonShare;
    }

    public long dueSoonMinutes() {
        return dueSoonMinutes;
    }
}
