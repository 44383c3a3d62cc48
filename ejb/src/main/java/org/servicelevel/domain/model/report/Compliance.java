package org.servicelevel.domain.model.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SLA compliance over a period: the tickets resolved in it whose resolution clock stopped, each one
 * met (stopped within its target) or breached (stopped after its target was reached), counted per
 * priority, assignee, service and request type. A ticket counts once in each of the four breakdowns;
 * tickets without an assignee or a request type are counted under "none" ({@code null}).
 */
public final class Compliance {

    private Compliance() {
    }

    /** What the tickets are broken down by. */
    public enum Dimension {
        PRIORITY, ASSIGNEE, SERVICE, REQUEST_TYPE;

        /** The value of a count's ticket group in this breakdown, {@code null} for none. */
        String keyOf(Count count) {
            return switch (this) {
                case PRIORITY -> count.priority() == null ? null : count.priority().toString();
                case ASSIGNEE -> count.assignee();
                case SERVICE -> count.service();
                case REQUEST_TYPE -> count.requestType();
            };
        }
    }

    /**
     * How many resolved tickets of one combination of priority, assignee, service and request type
     * were met or breached: a row of the aggregation the database does.
     */
    public record Count(Integer priority, String assignee, String service, String requestType, boolean breached,
                       long tickets) {
    }

    /**
     * One bar: the tickets of one priority, assignee, service or request type, met and breached.
     *
     * @param key the priority number, assignee, service code or request type; {@code null} for none
     */
    public record Bar(String key, long met, long breached) {

        public long total() {
            return met + breached;
        }
    }

    /**
     * A resolved ticket behind a bar, with what its resolution clock counted.
     *
     * @param zone           the agreement's time zone, in which the period's days are read
     * @param resolutionTime the working time its resolution clock counted
     * @param target         the resolution target it counted against
     */
    public record ResolvedTicket(long id, String number, String title, String agreement, String zone,
                                 Integer priority, String assignee, String service, String requestType,
                                 Instant resolvedAt, Duration resolutionTime, Duration target, boolean breached) {
    }

    /**
     * The bars of every breakdown from the database's counts: priorities in order of number, the other
     * breakdowns with the most tickets first (then by name), "none" last in each.
     */
    public static Map<Dimension, List<Bar>> bars(List<Count> counts) {
        Map<Dimension, List<Bar>> bars = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            Map<String, long[]> sums = new LinkedHashMap<>();
            for (Count count : counts) {
                long[] sum = sums.computeIfAbsent(dimension.keyOf(count), k -> new long[2]);
                sum[count.breached() ? 1 : 0] += count.tickets();
            }
            List<Bar> list = new ArrayList<>();
            sums.forEach((key, sum) -> list.add(new Bar(key, sum[0], sum[1])));
            list.sort(order(dimension));
            bars.put(dimension, List.copyOf(list));
        }
        return bars;
    }

    private static Comparator<Bar> order(Dimension dimension) {
        Comparator<Bar> noneLast = Comparator.comparing(b -> b.key() == null);
        if (dimension == Dimension.PRIORITY) {
            return noneLast.thenComparing(b -> b.key() == null ? 0 : Integer.parseInt(b.key()));
        }
        return noneLast.thenComparing(Comparator.comparingLong(Bar::total).reversed())
                .thenComparing(b -> Objects.requireNonNullElse(b.key(), ""));
    }

    /** The met and breached tickets of all bars of one breakdown (the same for every breakdown). */
    public static Bar total(List<Count> counts) {
        long met = counts.stream().filter(c -> !c.breached()).mapToLong(Count::tickets).sum();
        long breached = counts.stream().filter(Count::breached).mapToLong(Count::tickets).sum();
        return new Bar(null, met, breached);
    }
}
