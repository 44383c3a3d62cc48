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
 * <p>Both searches start from an index (an entry every 2.3 hours of real time, and eight entries
 * per average interval length of working time) that narrows them to a binary search between two
 * neighbouring entries, which rarely hold more than one candidate. So a lookup costs the same for
 * a due date tomorrow or in five years.
 *
 * <p>A position in time is an epoch second plus a nanosecond part. Interval bounds are whole
 * seconds, so membership of a position only depends on its second, and the nanosecond part is
 * carried through unchanged.
 */
final class Timeline {

    private static final int NANOS_PER_SECOND = 1_000_000_000;
    /** Entries of {@link #firstIndexOfSpan} are {@code 2^SPAN_SHIFT} seconds (about 2.3 hours) apart. */
    private static final int SPAN_SHIFT = 13;
    private static final long SPAN = 1L << SPAN_SHIFT;
    /** {@code 2^WORK_ENTRIES_SHIFT} entries of {@link #lastIndexOfWork} per average interval length. */
    private static final int WORK_ENTRIES_SHIFT = 3;
    /** Start and end of a sentinel interval after the last one, so that index {@code count} needs no special case. */
    private static final long FAR_FUTURE = Long.MAX_VALUE / 4;

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
    private final long[] cumulative;
    /**
     * {@code starts[i] - cumulative[i]}: adding a working-time position inside interval {@code i}
     * gives its epoch second directly.
     */
    private final long[] startMinusWorked;
    private final long totalWorked;
    /**
     * For each span of {@code 2^SPAN_SHIFT} real seconds from {@code coverFrom}, the index of the
     * first interval ending after the span begins, plus {@code count} at the end.
     */
    private final int[] firstIndexOfSpan;
    /**
     * Entries of {@link #lastIndexOfWork} are {@code 2^workShift} working seconds apart, about an
     * eighth of the average length of an interval (a power of two, so that no division is needed).
     */
    private final int workShift;
    /**
     * For each multiple {@code w} of {@code 2^workShift} below the total working time, the index
     * of the interval in which the working time reaches {@code w}, plus {@code count - 1} at the
     * end.
     */
    private final int[] lastIndexOfWork;

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
        long[] sums = new long[n + 1];
        for (int k = 0; k < n; k++) {
            sums[k + 1] = sums[k] + (mergedEnds[k] - mergedStarts[k]);
        }
        this.count = n;
        this.starts = Arrays.copyOf(mergedStarts, n + 1);
        this.ends = Arrays.copyOf(mergedEnds, n + 1);
        this.starts[n] = FAR_FUTURE;
        this.ends[n] = FAR_FUTURE;
        this.cumulative = sums;
        this.startMinusWorked = new long[n];
        for (int k = 0; k < n; k++) {
            startMinusWorked[k] = mergedStarts[k] - sums[k];
        }
        this.totalWorked = sums[n];
        this.coverFrom = blocks.length == 0 ? 0 : blocks[0].from;
        this.coverTo = blocks.length == 0 ? 0 : blocks[blocks.length - 1].to;
        this.firstIndexOfSpan = indexSpans(ends, n, coverFrom, coverTo);
        long averageLength = Math.max(1, sums[n] / Math.max(1, n));
        this.workShift = Math.max(0, 63 - Long.numberOfLeadingZeros(averageLength) - WORK_ENTRIES_SHIFT);
        this.lastIndexOfWork = indexWork(sums, n, workShift);
    }

    private static int[] indexSpans(long[] ends, int count, long coverFrom, long coverTo) {
        int spans = (int) ((coverTo - coverFrom + SPAN - 1) / SPAN);
        int[] index = new int[spans + 1];
        int i = 0;
        for (int span = 0; span < spans; span++) {
            long spanStart = coverFrom + span * SPAN;
            while (i < count && ends[i] <= spanStart) {
                i++;
            }
            index[span] = i;
        }
        index[spans] = count;
        return index;
    }

    private static int[] indexWork(long[] cumulative, int count, int workShift) {
        int entries = (int) (cumulative[count] >>> workShift) + 1;
        int[] index = new int[entries + 1];
        int j = 0;
        for (int entry = 0; entry < entries; entry++) {
            long worked = (long) entry << workShift;
            while (j + 1 < count && cumulative[j + 1] <= worked) {
                j++;
            }
            index[entry] = j;
        }
        index[entries] = Math.max(0, count - 1);
        return index;
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
        int i = firstEndingAfter(second);
        boolean inside = starts[i] <= second;
        if (seconds == 0 && nanos == 0) {
            if (i == count) {
                return null;
            }
            return inside ? start : Instant.ofEpochSecond(starts[i]);
        }
        long targetSecond = cumulative[i] + (inside ? second - starts[i] : 0) + seconds;
        int targetNano = (inside ? nano : 0) + nanos;
        if (targetNano >= NANOS_PER_SECOND) {
            targetSecond++;
            targetNano -= NANOS_PER_SECOND;
        }
        // the target is reached in the last interval whose working time starts strictly before it
        long key = targetNano == 0 ? targetSecond - 1 : targetSecond;
        if (key >= totalWorked) {
            return null;
        }
        long dueSecond = startMinusWorked[lastCumulativeAtMost(key)] + targetSecond;
        return targetNano == 0 ? Instant.ofEpochSecond(dueSecond) : Instant.ofEpochSecond(dueSecond, targetNano);
    }

    /** Working time in {@code [start, end)}; both positions must be {@linkplain #covers covered}. */
    Duration elapsed(long startSecond, int startNano, long endSecond, int endNano) {
        int i = firstEndingAfter(startSecond);
        int j = firstEndingAfter(endSecond);
        boolean startInside = starts[i] <= startSecond;
        boolean endInside = starts[j] <= endSecond;
        long seconds = cumulative[j] + (endInside ? endSecond - starts[j] : 0)
                - cumulative[i] - (startInside ? startSecond - starts[i] : 0);
        int nanos = (endInside ? endNano : 0) - (startInside ? startNano : 0);
        return nanos == 0 ? Duration.ofSeconds(seconds) : Duration.ofSeconds(seconds, nanos);
    }

    /** The working intervals clipped to {@code [start, end)}; both must be {@linkplain #covers covered}. */
    List<WorkingPeriod> periods(Instant start, Instant end) {
        List<WorkingPeriod> periods = new ArrayList<>();
        long endSecond = end.getEpochSecond();
        for (int k = firstEndingAfter(start.getEpochSecond()); k < count; k++) {
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

    /** Whether the given second lies inside a working interval. */
    boolean isWorking(long second) {
        return starts[firstEndingAfter(second)] <= second;
    }

    /**
     * Index of the first interval that ends after {@code second}, or {@code count} if none; the
     * second must be {@linkplain #covers covered}.
     */
    private int firstEndingAfter(long second) {
        int span = (int) ((second - coverFrom) >>> SPAN_SHIFT);
        int low = firstIndexOfSpan[span];
        int high = firstIndexOfSpan[span + 1];
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

    /** Largest index {@code j < count} with {@code cumulative[j] <= key}, for {@code 0 <= key < cumulative[count]}. */
    private int lastCumulativeAtMost(long key) {
        int entry = (int) (key >>> workShift);
        int low = lastIndexOfWork[entry];
        int high = lastIndexOfWork[entry + 1];
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
