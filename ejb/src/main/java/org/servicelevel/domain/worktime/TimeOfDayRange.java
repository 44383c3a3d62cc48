package org.servicelevel.domain.worktime;

import java.util.Objects;

/**
 * A working interval within one calendar day, half-open {@code [open, close)} on the wall clock
 * of the calendar's zone, for example {@code 09:00-13:00}. Times are held as seconds of the day
 * from 0 to 86,400 so that {@code 24:00} can close a day; a range never crosses midnight, so an
 * overnight shift is written as two ranges ({@code 22:00-24:00} today and {@code 00:00-06:00}
 * the next day).
 *
 * <p>Guards the rule that a range has positive length: it closes strictly after it opens.
 */
public final class TimeOfDayRange implements Comparable<TimeOfDayRange> {

    private final int openSecond;
    private final int closeSecond;

    private TimeOfDayRange(int openSecond, int closeSecond) {
        this.openSecond = openSecond;
        this.closeSecond = closeSecond;
    }

    /**
     * Creates a range from seconds of the day.
     *
     * @param openSecond  first working second, 0 to 86,399
     * @param closeSecond first non-working second after the range, 1 to 86,400
     * @throws IllegalArgumentException if a bound lies outside the day or the range is empty or reversed
     */
    public static TimeOfDayRange ofSeconds(int openSecond, int closeSecond) {
        if (openSecond < 0 || openSecond > TimeOfDay.SECONDS_PER_DAY
                || closeSecond < 0 || closeSecond > TimeOfDay.SECONDS_PER_DAY) {
            throw new IllegalArgumentException("range " + openSecond + "s-" + closeSecond
                    + "s lies outside the day (seconds of day must be 0 to 86400)");
        }
        String text = TimeOfDay.format(openSecond) + "-" + TimeOfDay.format(closeSecond);
        if (closeSecond < openSecond) {
            throw new IllegalArgumentException(text + " ends before it starts");
        }
        if (closeSecond == openSecond) {
            throw new IllegalArgumentException(text + " is empty (closing time must be after opening time)");
        }
        return new TimeOfDayRange(openSecond, closeSecond);
    }

    /**
     * Creates a range from two wall-clock times such as {@code "09:00"} and {@code "24:00"}.
     *
     * @throws IllegalArgumentException if a time cannot be read, or the range is empty or reversed
     */
    public static TimeOfDayRange of(String open, String close) {
        return ofSeconds(TimeOfDay.parse(open), TimeOfDay.parse(close));
    }

    /**
     * Parses the printed form {@code "HH:mm-HH:mm"}, for example {@code "22:00-24:00"}.
     *
     * @throws IllegalArgumentException if the text is not of that form or the range is invalid
     */
    public static TimeOfDayRange parse(String text) {
        Objects.requireNonNull(text, "range text");
        int dash = text.indexOf('-');
        if (dash < 0 || text.indexOf('-', dash + 1) >= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a time range (expected HH:mm-HH:mm, e.g. 09:00-13:00)");
        }
        return of(text.substring(0, dash), text.substring(dash + 1));
    }

    /** First working second of the day covered by this range. */
    public int openSecond() {
        return openSecond;
    }

    /** First second after the range; 86,400 when the range runs to the end of the day. */
    public int closeSecond() {
        return closeSecond;
    }

    /** Length of the range on the wall clock, ignoring daylight-saving shifts. */
    public int lengthSeconds() {
        return closeSecond - openSecond;
    }

    /** Whether the two ranges share at least one second (touching ranges do not overlap). */
    public boolean overlaps(TimeOfDayRange other) {
        return openSecond < other.closeSecond && other.openSecond < closeSecond;
    }

    /** Orders by opening time, then by closing time. */
    @Override
    public int compareTo(TimeOfDayRange other) {
        int byOpen = Integer.compare(openSecond, other.openSecond);
        return byOpen != 0 ? byOpen : Integer.compare(closeSecond, other.closeSecond);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeOfDayRange other
                && openSecond == other.openSecond && closeSecond == other.closeSecond;
    }

    @Override
    public int hashCode() {
        return 31 * openSecond + closeSecond;
    }

    /** The parseable form {@code HH:mm-HH:mm} ({@code HH:mm:ss} where seconds are set). */
    @Override
    public String toString() {
        return TimeOfDay.format(openSecond) + "-" + TimeOfDay.format(closeSecond);
    }
}
