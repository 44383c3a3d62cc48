package org.servicelevel.domain.worktime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing and printing of wall-clock times as seconds of the day, where {@code 24:00} (86,400)
 * stands for the end of the day.
 */
final class TimeOfDay {

    static final int SECONDS_PER_DAY = 86_400;

    private static final Pattern FORMAT = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2}))?");

    private TimeOfDay() {
    }

    /**
     * Parses {@code HH:mm} or {@code HH:mm:ss} between {@code 00:00} and {@code 24:00}.
     *
     * @throws IllegalArgumentException naming the rejected text
     */
    static int parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("time of day is missing (expected HH:mm)");
        }
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time of day (expected HH:mm, e.g. 09:30)");
        }
        int hours = Integer.parseInt(matcher.group(1));
        int minutes = Integer.parseInt(matcher.group(2));
        int seconds = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        int secondOfDay = hours * 3600 + minutes * 60 + seconds;
        if (minutes > 59 || seconds > 59 || secondOfDay > SECONDS_PER_DAY) {
            throw new IllegalArgumentException("'" + text + "' is not a time of day (expected 00:00 to 24:00)");
        }
        return secondOfDay;
    }

    /** Prints {@code HH:mm}, or {@code HH:mm:ss} when the seconds are not zero. */
    static String format(int secondOfDay) {
        int hours = secondOfDay / 3600;
        int minutes = secondOfDay / 60 % 60;
        int seconds = secondOfDay % 60;
        return seconds == 0
                ? String.format("%02d:%02d", hours, minutes)
                : String.format("%02d:%02d:%02d", hours, minutes, seconds);
    }
}
