package org.servicelevel.domain.worktime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable snapshot of the working intervals of a contiguous range of wall-clock years,
 * flattened into epoch-second arrays with a prefix sum of working seconds: {@code cumulative[i]}
 * is the working time before interval {@code i}, and {@code cumulative[count]} the total.
 * Because the prefix sum spans all covered years, the working time between any two instants is
 * a difference of two looked-up values, whatever the distance, and finding the instant at which
 * a working duration runs out is a search in the sum.
 *
 * <p>A position in time is an epoch second plus a nanosecond part. Interval bounds are whole
 * seconds, so membership of a position only depends on its second, and the nanosecond part is
 * carried through unchanged.
 */
final class Timeline {

    private static final int NANOS_PER_SECOND = 1_000_000_000;

    static final Timeline EMPTY = new Timeline(new YearBlock[0]);

    /** Year blocks, consecutive and ascending. */
    final YearBlock[] blocks;
    final long coverFrom;
    final long coverTo;
    private final int count;
    private final long[] starts;
    private final long[] ends;
    private final long[] cumulative;

    Timeline(YearBlock[] blocks) {
        this.blocks = blocks;
        int capacity = 0;
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
        this.starts = mergedStarts;
        this.ends = mergedEnds;
        this.cumulative = sums;
        this.coverFrom = blocks.length == 0 ? 0 : blocks[0].from;
        this.coverTo = blocks.length == 0 ? 0 : blocks[blocks.length - 1].to;
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
        if (i == count) {
            return null;
        }
        boolean inside = starts[i] <= second;
        if (seconds == 0 && nanos == 0) {
            return inside ? start : Instant.ofEpochSecond(starts[i]);
        }
        long targetSecond = (inside ? cumulative[i] + (second - starts[i]) : cumulative[i]) + seconds;
        int targetNano = (inside ? nano : 0) + nanos;
        if (targetNano >= NANOS_PER_SECOND) {
            targetSecond++;
            targetNano -= NANOS_PER_SECOND;
        }
        // the interval in which the target is reached is the last one that starts strictly before it
        long key = targetNano == 0 ? targetSecond - 1 : targetSecond;
        int j = lastCumulativeAtMost(key, i);
        if (j == count) {
            return null;
        }
        return Instant.ofEpochSecond(starts[j] + (targetSecond - cumulative[j]), targetNano);
    }

    /** Working time in {@code [start, end)}; both positions must be {@linkplain #covers covered}. */
    Duration elapsed(long startSecond, int startNano, long endSecond, int endNano) {
        int i = firstEndingAfter(startSecond);
        int j = firstEndingAfter(endSecond, i);
        long startWorked = worked(i, startSecond);
        long endWorked = worked(j, endSecond);
        int nanos = (isInside(j, endSecond) ? endNano : 0) - (isInside(i, startSecond) ? startNano : 0);
        return Duration.ofSeconds(endWorked - startWorked, nanos);
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
        return isInside(firstEndingAfter(second), second);
    }

    private boolean isInside(int index, long second) {
        return index < count && starts[index] <= second;
    }

    /** Whole working seconds before {@code second}, given the index of the first interval ending after it. */
    private long worked(int index, long second) {
        return isInside(index, second) ? cumulative[index] + (second - starts[index]) : cumulative[index];
    }

    /** Index of the first interval that ends after {@code second}, or {@code count} if none. */
    private int firstEndingAfter(long second) {
        int low = 0;
        int high = count;
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

    /**
     * Like {@link #firstEndingAfter(long)} for a {@code second} known to lie at or after the
     * interval {@code from}: gallops forward from there, then bisects.
     */
    private int firstEndingAfter(long second, int from) {
        int low = from;
        int high = from;
        int step = 1;
        while (high < count && ends[high] <= second) {
            low = high + 1;
            high = low + step;
            step <<= 1;
        }
        if (high > count) {
            high = count;
        }
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

    /**
     * Largest index {@code j >= from} with {@code cumulative[j] <= key}, given
     * {@code cumulative[from] <= key}. Gallops forward from {@code from} because due dates are
     * usually a few intervals away, then bisects.
     */
    private int lastCumulativeAtMost(long key, int from) {
        int low = from;
        int high = from + 1;
        int step = 1;
        while (high <= count && cumulative[high] <= key) {
            low = high;
            step <<= 1;
            high = low + step;
        }
        if (high > count + 1) {
            high = count + 1;
        }
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] <= key) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
