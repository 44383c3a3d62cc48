package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a correction differs from the approved result it corrects: per priority the figures of the
 * report, the quality score and band, each invoice line and the total, each as before (approved),
 * after (corrected) and the difference. The difference of the totals is what the correction bills
 * (positive) or credits (negative): an approved month is invoiced once, and a correction never
 * issues a second invoice.
 *
 * @param corrects the number of the approved result
 * @param lines    the invoice lines of both, matched by kind (and priority for the late-ticket lines),
 *                 in the corrected invoice's order followed by lines only the approved one had
 */
public record MonthDifference(String corrects, List<PriorityChange> priorities, Figure score, BandChange band,
                              List<LineChange> lines, Figure total) {

    private static final Pattern PRIORITY = Pattern.compile("priority (\\d+)");

    public MonthDifference {
        Objects.requireNonNull(corrects, "corrects");
        priorities = List.copyOf(priorities);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(band, "band");
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
    }

    /**
     * One figure before and after; either may be {@code null} (nothing measured, no such line), and
     * the difference is {@code after − before} with a missing side counting as 0 for amounts.
     */
    public record Figure(BigDecimal before, BigDecimal after) {

        public static Figure of(BigDecimal before, BigDecimal after) {
            return new Figure(before, after);
        }

        /** {@code after − before}, or {@code null} when both are missing. */
        public BigDecimal difference() {
            if (before == null && after == null) {
                return null;
            }
            return (after == null ? BigDecimal.ZERO : after).subtract(before == null ? BigDecimal.ZERO : before);
        }

        /** Whether the figure changed (by value, not by scale: 1.50 and 1.5 are the same). */
        public boolean changed() {
            return before == null ? after != null : after == null || before.compareTo(after) != 0;
        }
    }

    /** A priority's figures before and after, and whether its two metrics were met before and after. */
    public record PriorityChange(int number, String name, Figure accepted, Figure resolved, Figure overdue,
                                 Figure averageSeconds, Figure overdueSharePercent, Check averageBefore,
                                 Check averageAfter, Check shareBefore, Check shareAfter) {

        public boolean changed() {
            return accepted.changed() || resolved.changed() || overdue.changed() || averageSeconds.changed()
                    || overdueSharePercent.changed() || averageBefore != averageAfter || shareBefore != shareAfter;
        }
    }

    /** The penalty band before and after ({@code null}: none). */
    public record BandChange(CloseTerms.Band before, CloseTerms.Band after) {

        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    /**
     * One invoice line before and after: {@code description} is the corrected line's, or the approved
     * one's when the correction no longer has it.
     *
     * @param priority the priority of a late-ticket line, else {@code null}
     */
    public record LineChange(InvoiceLine.Kind kind, Integer priority, String description, Figure quantity,
                             Figure amount) {
    }

    /** The difference of {@code corrected} from {@code approved}, the close of result {@code corrects}. */
    public static MonthDifference between(String corrects, MonthClose approved, MonthClose corrected) {
        List<PriorityChange> priorities = new ArrayList<>();
        for (PriorityFigures after : corrected.report().priorities()) {
            PriorityFigures before = approved.report().priorities().stream()
                    .filter(p -> p.number() == after.number()).findFirst().orElse(null);
            priorities.add(change(after.number(), after.name(), before, after));
        }
        for (PriorityFigures before : approved.report().priorities()) {
            if (corrected.report().priorities().stream().noneMatch(p -> p.number() == before.number())) {
                priorities.add(change(before.number(), before.name(), before, null));
            }
        }
        Map<String, InvoiceLine> old = new LinkedHashMap<>();
        approved.invoice().lines().forEach(line -> old.merge(key(line), line, MonthDifference::sum));
        Map<String, InvoiceLine> now = new LinkedHashMap<>();
        corrected.invoice().lines().forEach(line -> now.merge(key(line), line, MonthDifference::sum));
        List<LineChange> lines = new ArrayList<>();
        now.forEach((key, after) -> {
            InvoiceLine before = old.get(key);
            lines.add(new LineChange(after.kind(), priorityOf(after).orElse(null), after.description(),
                    Figure.of(before == null ? null : before.quantity(), after.quantity()),
                    Figure.of(before == null ? null : before.amount(), after.amount())));
        });
        old.forEach((key, before) -> {
            if (!now.containsKey(key)) {
                lines.add(new LineChange(before.kind(), priorityOf(before).orElse(null), before.description(),
                        Figure.of(before.quantity(), null), Figure.of(before.amount(), null)));
            }
        });
        return new MonthDifference(corrects, priorities,
                Figure.of(approved.quality().score(), corrected.quality().score()),
                new BandChange(approved.quality().band(), corrected.quality().band()), lines,
                Figure.of(approved.invoice().total(), corrected.invoice().total()));
    }

    /**
     * The priority a late-ticket line ({@code LATE_TICKETS}, {@code LATE_HOURS}) is about, read from
     * its description ("Tickets of priority 2 resolved late: ..."); empty for other lines and for the
     * line that says no ticket was late.
     */
    public static Optional<Integer> priorityOf(InvoiceLine line) {
        if (line.kind() != InvoiceLine.Kind.LATE_TICKETS && line.kind() != InvoiceLine.Kind.LATE_HOURS) {
            return Optional.empty();
        }
        Matcher m = PRIORITY.matcher(line.description());
        return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /** Whether anything changed: a figure, a check, the score, the band, a line or the total. */
    public boolean changed() {
        return priorities.stream().anyMatch(PriorityChange::changed) || score.changed() || band.changed()
                || lines.stream().anyMatch(l -> l.amount().changed() || l.quantity().changed()) || total.changed();
    }

    private static String key(InvoiceLine line) {
        return line.kind() + priorityOf(line).map(p -> "/" + p).orElse("");
    }

    /** Two lines of one key (which the calculator does not produce) are compared as their sum. */
    private static InvoiceLine sum(InvoiceLine a, InvoiceLine b) {
        return new InvoiceLine(a.kind(), a.description() + "; " + b.description(), a.quantity().add(b.quantity()),
                null, a.amount().add(b.amount()), a.status());
    }

    private static PriorityChange change(int number, String name, PriorityFigures before, PriorityFigures after) {
        return new PriorityChange(number, name,
                Figure.of(before == null ? null : BigDecimal.valueOf(before.accepted()),
                        after == null ? null : BigDecimal.valueOf(after.accepted())),
                Figure.of(before == null ? null : BigDecimal.valueOf(before.resolved()),
                        after == null ? null : BigDecimal.valueOf(after.resolved())),
                Figure.of(before == null ? null : BigDecimal.valueOf(before.overdue()),
                        after == null ? null : BigDecimal.valueOf(after.overdue())),
                Figure.of(averageSeconds(before), averageSeconds(after)),
                Figure.of(before == null ? null : before.overdueSharePercent(),
                        after == null ? null : after.overdueSharePercent()),
                before == null ? null : before.averageCheck(), after == null ? null : after.averageCheck(),
                before == null ? null : before.shareCheck(), after == null ? null : after.shareCheck());
    }

    private static BigDecimal averageSeconds(PriorityFigures figures) {
        return figures == null || figures.average() == null ? null : BigDecimal.valueOf(figures.average().getSeconds());
    }
}
