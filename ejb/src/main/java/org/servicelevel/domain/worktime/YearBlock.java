package org.servicelevel.domain.worktime;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The working intervals of one wall-clock year as epoch-second pairs, computed once from the
 * calendar rules. Intervals are sorted, non-empty and merged where they touch (an overnight
 * shift becomes one interval); the block spans {@code [from, to)}, from the first instant of
 * 1 January to the first instant of the next 1 January.
 */
final class YearBlock {

    final int year;
    final long from;
    final long to;
    final long[] starts;
    final long[] ends;

    private YearBlock(int year, long from, long to, long[] starts, long[] ends) {
        this.year = year;
        this.from = from;
        this.to = to;
        this.starts = starts;
        this.ends = ends;
    }

    static YearBlock build(int year, CalendarRules rules, WallClock clock) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = first.plusYears(1);
        long[] starts = new long[16];
        long[] ends = new long[16];
        int count = 0;
        for (LocalDate day = first; day.isBefore(next); day = day.plusDays(1)) {
            for (TimeOfDayRange range : rules.hoursOn(day).ranges()) {
                long start = clock.epochSecond(day, range.openSecond());
                long end = clock.epochSecond(day, range.closeSecond());
                if (end <= start) {
                    continue;
                }
                if (count > 0 && ends[count - 1] == start) {
                    ends[count - 1] = end;
                    continue;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count] = end;
                count++;
            }
        }
        return new YearBlock(year, clock.epochSecond(first, 0), clock.epochSecond(next, 0),
                Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }
}
