package org.servicelevel.domain.worktime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The working hours of one day: zero or more {@link TimeOfDayRange}s, sorted by opening time.
 * An empty value means the day has no working time.
 *
 * <p>Guards the rule that the ranges of one day do not overlap. Ranges that merely touch
 * ({@code 09:00-12:00} and {@code 12:00-18:00}) are allowed and merged into one.
 */
public final class DailyHours {

    private static final DailyHours CLOSED = new DailyHours(List.of());
    private static final DailyHours ALL_DAY = new DailyHours(List.of(TimeOfDayRange.ofSeconds(0, TimeOfDay.SECONDS_PER_DAY)));

    private final List<TimeOfDayRange> ranges;

    private DailyHours(List<TimeOfDayRange> ranges) {
        this.ranges = ranges;
    }

    /** A day without working time. */
    public static DailyHours closed() {
        return CLOSED;
    }

    /** A day that is working time from {@code 00:00} to {@code 24:00}. */
    public static DailyHours allDay() {
        return ALL_DAY;
    }

    /**
     * Validates, sorts and merges the given ranges.
     *
     * @throws IllegalArgumentException naming the two ranges if any ranges overlap
     */
    public static DailyHours of(Collection<TimeOfDayRange> ranges) {
        List<TimeOfDayRange> sorted = new ArrayList<>(ranges);
        sorted.forEach(range -> Objects.requireNonNull(range, "range"));
        sorted.sort(null);
        List<TimeOfDayRange> merged = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TimeOfDayRange range = sorted.get(i);
            if (merged.isEmpty()) {
                merged.add(range);
                continue;
            }
            TimeOfDayRange last = merged.get(merged.size() - 1);
            if (last.overlaps(range)) {
                throw new IllegalArgumentException(describeOverlap(sorted, i));
            }
            if (last.closeSecond() == range.openSecond()) {
                merged.set(merged.size() - 1, TimeOfDayRange.ofSeconds(last.openSecond(), range.closeSecond()));
            } else {
                merged.add(range);
            }
        }
        return merged.isEmpty() ? CLOSED : new DailyHours(List.copyOf(merged));
    }

    /** Same as {@link #of(Collection)}. */
    public static DailyHours of(TimeOfDayRange... ranges) {
        return of(Arrays.asList(ranges));
    }

    /**
     * Parses ranges such as {@code parse("09:00-13:00", "14:00-18:00")}; no argument means a
     * closed day.
     *
     * @throws IllegalArgumentException naming the offending range
     */
    public static DailyHours parse(String... ranges) {
        List<TimeOfDayRange> parsed = new ArrayList<>();
        for (String range : ranges) {
            parsed.add(TimeOfDayRange.parse(range));
        }
        return of(parsed);
    }

    /**
     * Like {@link #parse(String...)}, but an error message starts with {@code context}, e.g. the
     * weekday or date the hours belong to: "MONDAY: 13:00-12:00 ends before it starts".
     */
    static DailyHours parseFor(String context, String... ranges) {
        try {
            return parse(ranges);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(context + ": " + e.getMessage(), e);
        }
    }

    /** Like {@link #of(Collection)}, but an error message starts with {@code context}. */
    static DailyHours ofFor(String context, Collection<TimeOfDayRange> ranges) {
        try {
            return of(ranges);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(context + ": " + e.getMessage(), e);
        }
    }

    private static String describeOverlap(List<TimeOfDayRange> sorted, int laterIndex) {
        TimeOfDayRange later = sorted.get(laterIndex);
        for (int i = 0; i < laterIndex; i++) {
            if (sorted.get(i).overlaps(later)) {
                return sorted.get(i) + " overlaps " + later;
            }
        }
        throw new IllegalStateException("no overlapping range found for " + later);
    }

    /** The sorted, non-overlapping, non-touching ranges of the day. */
    public List<TimeOfDayRange> ranges() {
        return ranges;
    }

    /** Whether the day has no working time. */
    public boolean isClosed() {
        return ranges.isEmpty();
    }

    /** Working seconds on the wall clock, ignoring daylight-saving shifts. */
    public int totalSeconds() {
        int total = 0;
        for (TimeOfDayRange range : ranges) {
            total += range.lengthSeconds();
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailyHours other && ranges.equals(other.ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    /** The ranges joined by commas, e.g. {@code "09:00-13:00, 14:00-18:00"}; {@code "closed"} when empty. */
    @Override
    public String toString() {
        if (ranges.isEmpty()) {
            return "closed";
        }
        StringBuilder text = new StringBuilder();
        for (TimeOfDayRange range : ranges) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(range);
        }
        return text.toString();
    }
}
