package org.servicelevel.domain.worktime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable snapshot of the working intervals of a contiguous range of wall-clock years,
 * flattened into epoch-second arrays with a prefix sum of working seconds: {@code cumulative[i]}
 * is the working time before interval {@code i}, and {@code cumulative[count]} the total.
 * Because the prefix sum spans all covered years, the working time between any two instants is
 * a difference of two looked-up values, whatever the distance, and finding the instant at which
 * a working duration runs out is a search in the sum.
 *
 * <p><b>Two axes.</b> Real time (epoch seconds) and working time (working seconds since the start
 * of the snapshot) are linked by the monotone function <i>worked(t)</i>: it rises by one per second
 * inside an interval and stays flat between intervals. With {@code offset[i] = starts[i] -
 * cumulative[i]}, inside interval {@code i} a real second is its working position plus
 * {@code offset[i]}, and <i>worked(t)</i> is {@code t - offset[i]} clamped to
 * {@code [cumulative[i], cumulative[i + 1]]} for every {@code t} from the end of interval
 * {@code i - 1} to the start of interval {@code i + 1}.
 *
 * <p><b>Direct tables.</b> Both lookups go through a table that needs no search for ordinary
 * calendars, so that a lookup is one read of a single {@code long}, a check for the marker of
 * the entries below, and a clamp or comparison without a branch:
 * <ul>
 *   <li>{@link #spans}: real time cut into spans of {@code 2^spanShift} seconds, each holding the
 *       working time before the span and where within it the one interval that can affect it
 *       opens and closes. {@code spanShift} is the
 *       largest for which hardly any gap between intervals is shorter than a span, so that a span
 *       rarely touches two intervals (a weekday calendar gets spans of 9.1 hours);</li>
 *   <li>{@link #steps}: working time cut into steps of {@code 2^workShift} seconds, each holding
 *       the offset in force at its beginning and, if one interval starts within the step, that
 *       interval's first working position and the change of offset there. {@code workShift} is
 *       the largest for which hardly any interval is shorter than a step (a weekday calendar
 *       gets steps of 4.6 hours).</li>
 * </ul>
 * A span touching several intervals, or a step in which several intervals start (as happens
 * with very short gaps or intervals, for instance around daylight-saving transitions), is marked
 * and instead holds the range of intervals to search, so any calendar is answered exactly, just
 * a little slower where it is that irregular. The same goes for an entry whose values do not
 * fit its bits: a change of offset that is not a whole number of minutes (a zone whose offset
 * had seconds, at its change) or exceeds 65,534 minutes (45.5 days), and every entry more than
 * 2^32 seconds of working or closed time after the start of the snapshot (136 years of a 24/7
 * calendar, some 180 years of an office calendar), so that a snapshot stretched over centuries
 * by queries far in the past and the future answers its later years by the search. The shifts are bounded so that the tables hold a bounded number of entries per interval
 * and per year, and so that a position within a span or step fits 16 bits.
 *
 * <p>A position in time is an epoch second plus a nanosecond part. Interval bounds are whole
 * seconds, so membership of a position only depends on its second, and the nanosecond part is
 * carried through unchanged.
 */
final class Timeline {

    private static final int NANOS_PER_SECOND = 1_000_000_000;
    /** Spans are at least {@code 2^13} seconds (2.3 hours) long, which bounds the table per year. */
    private static final int MIN_SPAN_SHIFT = 13;
    /** Spans are at most {@code 2^15} seconds (9.1 hours) long, so that a position within one fits 16 bits. */
    private static final int MAX_SPAN_SHIFT = 15;
    /** Steps are at least an eighth of the average interval length, which bounds the table per interval. */
    private static final int MIN_STEPS_SHIFT = 3;
    /** A shift is acceptable if at most one gap or interval in this many is shorter than a span or step. */
    private static final int IRREGULAR_SHARE = 64;
    /** Steps are at most {@code 2^15} working seconds long, so that a position within one fits 16 bits. */
    private static final int MAX_STEPS_SHIFT = 15;
    /** Start and end of a sentinel interval after the last one, so that index {@code count} needs no special case. */
    private static final long FAR_FUTURE = Long.MAX_VALUE / 4;
    /** In the low or middle 16 bits, marks an entry that holds a range of intervals to search instead of a direct answer. */
    private static final int SEARCH = 0xFFFF;
    /** The largest value the upper 32 bits of an entry hold. */
    private static final long UPPER_MAX = 0xFFFF_FFFFL;
    /** Changes of offset are kept in minutes, so that gaps of up to 65,534 minutes (45.5 days) fit 16 bits. */
    private static final int SECONDS_PER_MINUTE = 60;

    /** What {@link #dueSecond} answers when the due date lies beyond the snapshot. */
    static final long BEYOND = Long.MIN_VALUE;

    static final Timeline EMPTY = new Timeline(new YearBlock[0]);

    /** Year blocks, consecutive and ascending. */
    final YearBlock[] blocks;
    final long coverFrom;
    final long coverTo;
    private final long coverLength;
    private final int count;
    /** Interval starts, followed by a sentinel at {@code count}. */
    private final long[] starts;
    /** Interval ends, followed by a sentinel at {@code count}. */
    private final long[] ends;
    /** Working time before each interval, then the total at {@code count} and again at {@code count + 1}. */
    private final long[] cumulative;
    private final long totalWorked;
    private final int spanShift;
    private final int spanMask;
    /**
     * One entry for each span of {@code 2^spanShift} real seconds from {@code coverFrom}: the
     * working time before the span in the upper 32 bits, then {@code length} in the middle and
     * {@code open} in the low 16 bits, saying that the only interval touching the span covers
     * its seconds {@code open} to {@code open + length - 1} (both within the span). So the working
     * time before second {@code s} of the span is the upper part plus {@code s - open} clamped to
     * {@code [0, length]}. A span touching several intervals holds the index of the first in the
     * upper part, {@link #SEARCH} in the middle and the number of further ones in the low bits.
     */
    private final long[] spans;
    private final int workShift;
    private final int workMask;
    /**
     * One entry for each step of {@code 2^workShift} working seconds: the offset
     * ({@code starts[j] - cumulative[j] - coverFrom}, the closed time before interval {@code j})
     * of the interval in which the step begins in the upper 32 bits, then {@code change} in the
     * middle and {@code next} in the low 16 bits: working positions of the step from {@code next}
     * on (counted from the start of the step) lie in the following interval, whose offset is
     * larger by {@code change} minutes; {@code next} is {@code 2^workShift} if no interval starts
     * within the step. A step in which several intervals start holds the index of the first
     * interval in the upper part, the number of further ones in the middle and {@link #SEARCH} in
     * the low bits.
     */
    private final long[] steps;

    Timeline(YearBlock[] blocks) {
        this.blocks = blocks;
        int capacity = 1;
        for (YearBlock block : blocks) {
            capacity += block.starts.length;
        }
        long[] mergedStarts = new long[capacity];
        long[] mergedEnds = new long[capacity];
        int n = 0;
        for (YearBlock block : blocks) {
            for (int k = 0; k < block.starts.length; k++) {
                if (n > 0 && mergedEnds[n - 1] == block.starts[k]) {
                    mergedEnds[n - 1] = block.ends[k];
                } else {
                    mergedStarts[n] = block.starts[k];
                    mergedEnds[n] = block.ends[k];
                    n++;
                }
            }
        }
        long[] sums = new long[n + 2];
        for (int k = 0; k < n; k++) {
            sums[k + 1] = sums[k] + (mergedEnds[k] - mergedStarts[k]);
        }
        sums[n + 1] = sums[n];
        this.count = n;
        this.starts = Arrays.copyOf(mergedStarts, n + 1);
        this.ends = Arrays.copyOf(mergedEnds, n + 1);
        this.starts[n] = FAR_FUTURE;
        this.ends[n] = FAR_FUTURE;
        this.cumulative = sums;
        this.totalWorked = sums[n];
        this.coverFrom = blocks.length == 0 ? 0 : blocks[0].from;
        this.coverTo = blocks.length == 0 ? 0 : blocks[blocks.length - 1].to;
        this.coverLength = coverTo - coverFrom;
        this.spanShift = spanShift(starts, ends, n);
        this.spanMask = (1 << spanShift) - 1;
        this.spans = spanTable(coverFrom, coverTo, spanShift);
        this.workShift = workShift(sums, n);
        this.workMask = (1 << workShift) - 1;
        this.steps = stepTable(workShift);
    }

    /** The largest span length for which at most one gap in {@link #IRREGULAR_SHARE} is shorter. */
    private static int spanShift(long[] starts, long[] ends, int count) {
        int[] gapsByShift = new int[64];
        for (int k = 0; k + 1 < count; k++) {
            gapsByShift[63 - Long.numberOfLeadingZeros(starts[k + 1] - ends[k])]++;
        }
        return largestShift(gapsByShift, count, MIN_SPAN_SHIFT, MAX_SPAN_SHIFT);
    }

    /** The largest step length for which at most one interval in {@link #IRREGULAR_SHARE} is shorter. */
    private static int workShift(long[] cumulative, int count) {
        int[] lengthsByShift = new int[64];
        for (int k = 0; k < count; k++) {
            lengthsByShift[63 - Long.numberOfLeadingZeros(cumulative[k + 1] - cumulative[k])]++;
        }
        long averageLength = Math.max(1, cumulative[count] / Math.max(1, count));
        int minShift = Math.max(0, 63 - Long.numberOfLeadingZeros(averageLength) - MIN_STEPS_SHIFT);
        return largestShift(lengthsByShift, count, Math.min(minShift, MAX_STEPS_SHIFT), MAX_STEPS_SHIFT);
    }

    /**
     * The largest shift {@code s} from {@code min} to {@code max} for which at most one length in
     * {@link #IRREGULAR_SHARE} is shorter than {@code 2^s}, or {@code min}; {@code byShift[b]} is
     * the number of lengths from {@code 2^b} to {@code 2^(b+1) - 1}.
     */
    private static int largestShift(int[] byShift, int count, int min, int max) {
        long shorter = 0;
        int shift = min;
        for (int s = 1; s <= max; s++) {
            shorter += byShift[s - 1];
            if (shorter * IRREGULAR_SHARE > count) {
                break;
            }
            shift = Math.max(min, s);
        }
        return shift;
    }

    private long[] spanTable(long coverFrom, long coverTo, int shift) {
        long length = 1L << shift;
        int entries = (int) ((coverTo - coverFrom + length - 1) >>> shift);
        long[] table = new long[entries];
        int i = 0;
        for (int span = 0; span < entries; span++) {
            long spanStart = coverFrom + span * length;
            long spanEnd = spanStart + length;
            while (i < count && ends[i] <= spanStart) {
                i++;
            }
            long before = cumulative[i] + Math.max(0, spanStart - starts[i]);
            if ((i == count || starts[i + 1] >= spanEnd) && before <= UPPER_MAX) {
                long open = Math.min(length, Math.max(0, starts[i] - spanStart));
                long close = Math.min(length, Math.max(0, ends[i] - spanStart));
                table[span] = entry(before, (int) (close - open), (int) open);
            } else {
                int last = i;
                while (last + 1 < count && starts[last + 1] < spanEnd) {
                    last++;
                }
                table[span] = entry(i, SEARCH, last - i);
            }
        }
        return table;
    }

    private long[] stepTable(int shift) {
        long length = 1L << shift;
        int entries = (int) (totalWorked >>> shift) + 1;
        long[] table = new long[entries];
        int j = 0;
        for (int step = 0; step < entries; step++) {
            long stepStart = (long) step << shift;
            long stepEnd = stepStart + length;
            while (j + 1 < count && cumulative[j + 1] <= stepStart) {
                j++;
            }
            long offset = starts[j] - cumulative[j] - coverFrom;
            long change = j + 1 < count ? starts[j + 1] - cumulative[j + 1] - coverFrom - offset : 0;
            boolean noneStarts = j + 1 >= count || cumulative[j + 1] >= stepEnd;
            boolean oneStarts = !noneStarts && (j + 2 >= count || cumulative[j + 2] >= stepEnd);
            if (offset <= UPPER_MAX && noneStarts) {
                table[step] = entry(offset, 0, (int) length);
            } else if (offset <= UPPER_MAX && oneStarts && change % SECONDS_PER_MINUTE == 0
                    && change / SECONDS_PER_MINUTE < SEARCH) {
                table[step] = entry(offset, (int) (change / SECONDS_PER_MINUTE), (int) (cumulative[j + 1] - stepStart));
            } else {
                int last = j;
                while (last + 1 < count && cumulative[last + 1] < stepEnd) {
                    last++;
                }
                table[step] = entry(j, last - j, SEARCH);
            }
        }
        return table;
    }

    /** A table entry: {@code upper} in the upper 32 bits, then {@code middle} and {@code low} in 16 bits each. */
    private static long entry(long upper, int middle, int low) {
        return upper << 32 | (long) middle << 16 | low;
    }

    boolean isEmpty() {
        return blocks.length == 0;
    }

    int firstYear() {
        return blocks[0].year;
    }

    int lastYear() {
        return blocks[blocks.length - 1].year;
    }

    /** Whether positions within the given second can be answered from this snapshot. */
    boolean covers(long epochSecond) {
        long relative = epochSecond - coverFrom;
        return relative >= 0 && relative < coverLength;
    }

    /**
     * The instant at which {@code seconds + nanos} of working time have elapsed from the
     * position {@code (second, nano)}, or {@code null} if that lies beyond this snapshot. The
     * position must be {@linkplain #covers covered}; the duration must not be negative.
     */
    Instant due(Instant start, long second, int nano, long seconds, int nanos) {
        if ((nano | nanos) != 0 || seconds == 0) {
            return dueWithNanos(start, second, nano, workedBefore(second), seconds, nanos);
        }
        long due = dueSecond(second, seconds);
        return due == BEYOND ? null : Instant.ofEpochSecond(due);
    }

    /**
     * The epoch second at which {@code seconds} of working time have elapsed from the start of
     * the second {@code second}, or {@link #BEYOND} if the second or the result lies outside this
     * snapshot. The duration must not be negative and must be small enough for
     * {@code totalWorked + seconds} not to overflow.
     */
    long dueSecond(long second, long seconds) {
        long relative = second - coverFrom;
        if (relative < 0 || relative >= coverLength) {
            return BEYOND;
        }
        long worked = workedBefore(second);
        if (seconds == 0) {
            if (isWorking(second)) {
                return second;
            }
            return worked < totalWorked ? worked + offsetAt(worked) : BEYOND;
        }
        // the target is reached in the last interval whose working time starts strictly before it
        long target = worked + seconds;
        if (target > totalWorked) {
            return BEYOND;
        }
        return target + offsetAt(target - 1);
    }

    /** {@link #due} for a duration of zero or a position or duration with a nanosecond part. */
    private Instant dueWithNanos(Instant start, long second, int nano, long worked, long seconds, int nanos) {
        boolean inside = isWorking(second);
        if (seconds == 0 && nanos == 0) {
            if (inside) {
                return start;
            }
            return worked < totalWorked ? Instant.ofEpochSecond(worked + offsetAt(worked)) : null;
        }
        long targetSecond = worked + seconds;
        int targetNano = (inside ? nano : 0) + nanos;
        if (targetNano >= NANOS_PER_SECOND) {
            targetSecond++;
            targetNano -= NANOS_PER_SECOND;
        }
        long key = targetNano == 0 ? targetSecond - 1 : targetSecond;
        if (key >= totalWorked) {
            return null;
        }
        long dueSecond = targetSecond + offsetAt(key);
        return targetNano == 0 ? Instant.ofEpochSecond(dueSecond) : Instant.ofEpochSecond(dueSecond, targetNano);
    }

    /** Working seconds in {@code [startSecond, endSecond)}; both must be {@linkplain #covers covered}. */
    long elapsedSeconds(long startSecond, long endSecond) {
        return workedBefore(endSecond) - workedBefore(startSecond);
    }

    /** Working time in {@code [start, end)}; both positions must be {@linkplain #covers covered}. */
    Duration elapsed(long startSecond, int startNano, long endSecond, int endNano) {
        long seconds = elapsedSeconds(startSecond, endSecond);
        if ((startNano | endNano) == 0) {
            return Duration.ofSeconds(seconds);
        }
        int nanos = (isWorking(endSecond) ? endNano : 0) - (isWorking(startSecond) ? startNano : 0);
        return Duration.ofSeconds(seconds, nanos);
    }

    /** The working intervals clipped to {@code [start, end)}; both must be {@linkplain #covers covered}. */
    List<WorkingPeriod> periods(Instant start, Instant end) {
        List<WorkingPeriod> periods = new ArrayList<>();
        long endSecond = end.getEpochSecond();
        for (int k = firstEndingAfter(start.getEpochSecond(), 0, count); k < count; k++) {
            Instant open = Instant.ofEpochSecond(starts[k]);
            if (!open.isBefore(end)) {
                break;
            }
            Instant from = open.isBefore(start) ? start : open;
            Instant to = ends[k] <= endSecond ? Instant.ofEpochSecond(ends[k]) : end;
            if (from.isBefore(to)) {
                periods.add(new WorkingPeriod(from, to));
            }
        }
        return periods;
    }

    /** Whether the given second lies inside a working interval; it must be {@linkplain #covers covered}. */
    boolean isWorking(long second) {
        long relative = second - coverFrom;
        long entry = spans[(int) (relative >>> spanShift)];
        int open = (int) entry & SEARCH;
        int length = (int) entry >>> 16;
        if (length == SEARCH) {
            int first = (int) (entry >>> 32);
            int i = firstEndingAfter(second, first, first + open + 1);
            return starts[i] <= second;
        }
        int within = (int) relative & spanMask;
        return within >= open && within - open < length;
    }

    /** The working time before {@code second}, which must be {@linkplain #covers covered}. */
    private long workedBefore(long second) {
        long relative = second - coverFrom;
        long entry = spans[(int) (relative >>> spanShift)];
        int open = (int) entry & SEARCH;
        int length = (int) entry >>> 16;
        if (length == SEARCH) {
            int first = (int) (entry >>> 32);
            int i = firstEndingAfter(second, first, first + open + 1);
            return cumulative[i] + Math.max(0, second - starts[i]);
        }
        return (entry >>> 32) + Math.min(Math.max(((int) relative & spanMask) - open, 0), length);
    }

    /**
     * {@code starts[j] - cumulative[j]} for the interval {@code j} containing the working position
     * {@code worked}: the last one whose working time starts at or before it. The position must lie
     * in {@code [0, totalWorked)}.
     */
    private long offsetAt(long worked) {
        long entry = steps[(int) (worked >>> workShift)];
        int next = (int) entry & SEARCH;
        int change = (int) entry >>> 16;
        if (next == SEARCH) {
            int first = (int) (entry >>> 32);
            int j = lastCumulativeAtMost(worked, first, first + change);
            return starts[j] - cumulative[j];
        }
        // without a branch, which would often be mispredicted: all ones if next <= position in step
        int changes = (next - 1 - ((int) worked & workMask)) >> 31;
        return coverFrom + (entry >>> 32) + (change * SECONDS_PER_MINUTE & changes);
    }

    /**
     * Index of the first interval that ends after {@code second} among {@code low} to
     * {@code high}, or {@code high} if none does.
     */
    private int firstEndingAfter(long second, int low, int high) {
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= second) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Largest index among {@code low} to {@code high} with {@code cumulative[j] <= key}, given {@code cumulative[low] <= key}. */
    private int lastCumulativeAtMost(long key, int low, int high) {
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (cumulative[mid] <= key) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
