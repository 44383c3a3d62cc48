package org.servicelevel.interfaces.web.calendar;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicelevel.domain.model.calendar.CalendarDefinition;

/**
 * One working interval as typed into the editor, {@code HH:mm} to {@code HH:mm} ({@code 24:00} only as
 * an end), with the bundle key of what is wrong with it once checked.
 */
public final class IntervalRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):?(\\d{2})");
    static final String NOT_A_TIME = "calendarEditor.error.time";
    static final String END_BEFORE_START = "calendarEditor.error.endBeforeStart";
    static final String EMPTY = "calendarEditor.error.emptyInterval";
    static final String OVERLAP = "calendarEditor.error.overlap";

    /** A checked interval in minutes of the day, {@code [open, close)}. */
    record Minutes(int open, int close) implements Serializable {
    }

    private String from;
    private String to;
    private String error;

    public IntervalRow() {
    }

    IntervalRow(int openMinute, int closeMinute) {
        this.from = CalendarDefinition.formatMinute(openMinute);
        this.to = CalendarDefinition.formatMinute(closeMinute);
    }

    IntervalRow(String from, String to) {
        this.from = from;
        this.to = to;
    }

    boolean isBlank() {
        return (from == null || from.isBlank()) && (to == null || to.isBlank());
    }

    /**
     * Checks every row of one day, marking each wrong row with its error; rows left blank are skipped.
     * The intervals in time order, or empty if any row is wrong.
     */
    static Optional<List<Minutes>> check(List<IntervalRow> rows) {
        List<Minutes> checked = new ArrayList<>();
        List<IntervalRow> sources = new ArrayList<>();
        boolean valid = true;
        for (IntervalRow row : rows) {
            row.error = null;
            if (row.isBlank()) {
                continue;
            }
            Integer open = minute(row.from, false);
            Integer close = minute(row.to, true);
            if (open == null || close == null) {
                row.error = NOT_A_TIME;
            } else if (close < open) {
                row.error = END_BEFORE_START;
            } else if (close.equals(open)) {
                row.error = EMPTY;
            } else {
                checked.add(new Minutes(open, close));
                sources.add(row);
                continue;
            }
            valid = false;
        }
        for (int i = 0; i < checked.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (checked.get(i).open() < checked.get(j).close() && checked.get(j).open() < checked.get(i).close()) {
                    sources.get(i).error = OVERLAP;
                    valid = false;
                }
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        checked.sort(Comparator.comparingInt(Minutes::open));
        return Optional.of(checked);
    }

    /** A time {@code HH:mm} (also {@code H:mm} or {@code HHmm}) as a minute of the day; null if it is none. */
    static Integer minute(String text, boolean endOfDayAllowed) {
        Matcher m = text == null ? null : TIME.matcher(text.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        if (hours == 24 && minutes == 0) {
            return endOfDayAllowed ? 1440 : null;
        }
        return hours > 23 || minutes > 59 ? null : hours * 60 + minutes;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** The bundle key of what is wrong with the row, or null. */
    public String getError() {
        return error;
    }
}
