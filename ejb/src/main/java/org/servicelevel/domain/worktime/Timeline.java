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
 * calendars, so that a lookup is one read of a few adjacent longs and a comparison without a
 * branch:
 * <ul>
 *   <li>{@link #spans}: real time cut into spans of {@code 2^spanShift} seconds, each holding the
 *       offset and clamp bounds of the one interval that can affect it. {@code spanShift} is the
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
 * a little slower where it is that irregular. The shifts are bounded so that the tables hold a
 * bounded number of entries per interval and per year.
 *
 * <p>A position in time is an epoch second plus a nanosecond part. Interval bounds are whole
 * seconds, so membership of a position only depends on its second, and the nanosecond part is
 * carried through unchanged.
 */
final class Timeline {

    private static final int NANOS_PER_SECOND = 1_000_000_000;
    /** Spans are at least {@code 2^13} seconds (2.3 hours) long, which bounds the table per year. */
    private static final int MIN_SPAN_SHIFT = 13;
    /** Spans are at most {@code 2^20} seconds (12 days) long; longer ones would save little. */
    private static final int MAX_SPAN_SHIFT = 20;
    /** Steps are at least an eighth of the average interval length, which bounds the table per interval. */
    private static final int MIN_STEPS_SHIFT = 3;
    /** A shift is acceptable if at most one gap or interval in this many is shorter than a span or step. */
    private static final int IRREGULAR_SHARE = 64;
    /** Steps are at most {@code 2^30} working seconds long, so that a position within one fits an {@code int}. */
    private static final int MAX_STEPS_SHIFT = 30;
    /** Start and end of a sentinel interval after the last one, so that index {@code count} needs no special case. */
    private static final long FAR_FUTURE = Long.MAX_VALUE / 4;
    /** Marks an entry that holds a range of intervals to search instead of a direct answer. */
    private static final int SEARCH = -1;

    static final Timeline EMPTY = new Timeline(new YearBlock[0]);

    /** Year blocks, consecutive and ascending. */
    final YearBlock[] blocks;
    final long coverFrom;
    final long coverTo;
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
     * Two longs for each span of {@code 2^spanShift} real seconds from {@code coverFrom}: the
     * working time before the span, then two {@code int}s, {@code open} in the low half and
     * {@code length} in the high half, saying that the only interval touching the span covers
     * its seconds {@code open} to {@code open + length - 1} (both within the span). So the working
     * time before second {@code s} of the span is the first long plus {@code s - open} clamped to
     * {@code [0, length]}. A span touching several intervals holds the index of the first in the
     * first long, and the index of the last in the low half and {@link #SEARCH} in the high half
     * of the second.
     */
    private final long[] spans;
    private final int workShift;
    private final int workMask;
    /**
     * Two longs for each step of {@code 2^workShift} working seconds: the offset
     * ({@code starts[j] - cumulative[j]}) of the interval in which the step begins, then two
     * {@code int}s, {@code next} in the low half and {@code change} in the high half: working
     * positions of the step from {@code next} on (counted from the start of the step) lie in the
     * following interval, whose offset is larger by {@code change}; {@code next} is
     * {@code 2^workShift} if no interval starts within the step. A step in which several intervals
     * start holds the index of the first interval in the first long, and {@link #SEARCH} in the
     * low half and the index of the last in the high half of the second.
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
        long[] table = new long[entries * 2];
        int i = 0;
        for (int span = 0; span < entries; span++) {
            long spanStart = coverFrom + span * length;
            long spanEnd = spanStart + length;
            while (i < count && ends[i] <= spanStart) {
                i++;
            }
            if (i == count || starts[i + 1] >= spanEnd) {
                long open = Math.min(length, Math.max(0, starts[i] - spanStart));
                long close = Math.min(length, Math.max(0, ends[i] - spanStart));
                table[2 * span] = cumulative[i] + Math.max(0, spanStart - starts[i]);
                table[2 * span + 1] = pack((int) open, (int) (close - open));
            } else {
                int last = i;
                while (last + 1 < count && starts[last + 1] < spanEnd) {
                    last++;
                }
                table[2 * span] = i;
                table[2 * span + 1] = pack(last, SEARCH);
            }
        }
        return table;
    }

    private long[] stepTable(int shift) {
        long length = 1L << shift;
        int entries = (int) (totalWorked >>> shift) + 1;
        long[] table = new long[entries * 2];
        int j = 0;
        for (int step = 0; step < entries; step++) {
            long stepStart = (long) step << shift;
            long stepEnd = stepStart + length;
            while (j + 1 < count && cumulative[j + 1] <= stepStart) {
                j++;
            }
            long offset = starts[j] - cumulative[j];
            long change = j + 1 < count ? starts[j + 1] - cumulative[j + 1] - offset : 0;
            table[2 * step] = offset;
            if (j + 1 >= count || cumulative[j + 1] >= stepEnd) {
                table[2 * step + 1] = pack((int) length, 0);
            } else if ((j + 2 >= count || cumulative[j + 2] >= stepEnd) && change <= Integer.MAX_VALUE) {
                table[2 * step + 1] = pack((int) (cumulative[j + 1] - stepStart), (int) change);
            } else {
                int last = j + 1;
                while (last + 1 < count && cumulative[last + 1] < stepEnd) {
                    last++;
                }
                table[2 * step] = j;
                table[2 * step + 1] = pack(SEARCH, last);
            }
        }
        return table;
    }

    /** Two {@code int}s in one long, {@code low} in the low half. */
    private static long pack(int low, int high) {
        return (long) high << 32 | (low & 0xFFFF_FFFFL);
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
        return epochSecond >= coverFrom && epochSecond < coverTo;
    }

    /**
     * The instant at which {@code seconds + nanos} of working time have elapsed from the
     * position {@code (second, nano)}, or {@code null} if that lies beyond this snapshot. The
     * position must be {@linkplain #covers covered}; the duration must not be negative.
     */
    Instant due(Instant start, long second, int nano, long seconds, int nanos) {
        long worked = workedBefore(second);
        if ((nano | nanos) != 0 || seconds == 0) {
            return dueWithNanos(start, second, nano, worked, seconds, nanos);
        }
        // the target is reached in the last interval whose working time starts strictly before it
        long target = worked + seconds;
        if (target > totalWorked) {
            return null;
        }
        return Instant.ofEpochSecond(target + offsetAt(target - 1));
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

    /** Working time in {@code [start, end)}; both positions must be {@linkplain #covers covered}. */
    Duration elapsed(long startSecond, int startNano, long endSecond, int endNano) {
        long seconds = workedBefore(endSecond) - workedBefore(startSecond);
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
        int e = (int) (relative >>> spanShift) * 2;
        long packed = spans[e + 1];
        int open = (int) packed;
        int length = (int) (packed >> 32);
        if (length == SEARCH) {
            int i = firstEndingAfter(second, (int) spans[e], open + 1);
            return starts[i] <= second;
        }
        int within = (int) relative & spanMask;
        return within >= open && within - open < length;
    }

    /** The working time before {@code second}, which must be {@linkplain #covers covered}. */
    private long workedBefore(long second) {
        long relative = second - coverFrom;
        int e = (int) (relative >>> spanShift) * 2;
        long before = spans[e];
        long packed = spans[e + 1];
        int open = (int) packed;
        int length = (int) (packed >> 32);
        if (length == SEARCH) {
            int i = firstEndingAfter(second, (int) before, open + 1);
            return cumulative[i] + Math.max(0, second - starts[i]);
        }
        return before + Math.min(Math.max(((int) relative & spanMask) - open, 0), length);
    }

    /**
     * {@code starts[j] - cumulative[j]} for the interval {@code j} containing the working position
     * {@code worked}: the last one whose working time starts at or before it. The position must lie
     * in {@code [0, totalWorked)}.
     */
    private long offsetAt(long worked) {
        int e = (int) (worked >>> workShift) * 2;
        long offset = steps[e];
        long packed = steps[e + 1];
        int next = (int) packed;
        int change = (int) (packed >> 32);
        if (next == SEARCH) {
            int j = lastCumulativeAtMost(worked, (int) offset, change);
            return starts[j] - cumulative[j];
        }
        // without a branch, which would often be mispredicted: all ones if next <= position in step
        int changes = (next - 1 - ((int) worked & workMask)) >> 31;
        return offset + (change & changes);
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
