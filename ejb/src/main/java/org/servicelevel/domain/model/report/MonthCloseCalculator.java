package org.servicelevel.domain.model.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Closes one agreement's month: the report per priority and service, the quality score and band, and
 * the invoice, by the rules of {@code docs/month-close.md}. In short:
 * <ul>
 *   <li>a ticket is <b>accepted</b> in the month it is registered in (the agreement's zone), whatever
 *       became of it; it is <b>measured</b> in the month it is resolved in, in the priority it has
 *       then and against that priority's target (or its service's own); one still open at the month's
 *       end is listed as open and measured when resolved; closed-without-resolution and cancelled
 *       tickets are listed in the month they ended in and measured in no metric, and so are tickets of
 *       a priority by agreement;</li>
 *   <li>a ticket is <b>late</b> when its resolution time is strictly greater than its target; the
 *       average is met when it is at most the target, the overdue share when it is at most the limit,
 *       compared exactly; a priority without resolved tickets has its metrics met ("—");</li>
 *   <li>the <b>quality score</b> is the exact sum of the met metrics' weights, and falls in the band
 *       {@code [from, to)} (the one reaching 1 including 1);</li>
 *   <li>the <b>invoice</b> is the fee minus the penalties plus the extras, each line rounded half-up
 *       to the currency's minor unit first; grace months cost no penalty.</li>
 * </ul>
 */
public final class MonthCloseCalculator {

    private MonthCloseCalculator() {
    }

    /**
     * The month closed from its input.
     *
     * @throws org.servicelevel.domain.InvalidFieldException on {@code month} for a month before the
     *         service started, on {@code penaltyBands} for a score that falls in no band
     */
    public static MonthClose close(MonthCloseInput input) {
        MonthReport report = report(input);
        QualityScore quality = QualityScore.of(input.terms(), report, input.survey());
        return new MonthClose(report, quality, Invoice.of(input, report, quality));
    }

    private static MonthReport report(MonthCloseInput input) {
        ClosingMonth month = input.month();
        Instant start = month.start();
        Instant end = month.end();
        Map<Integer, Integer> accepted = new HashMap<>();
        Map<Integer, List<TicketLine>> ended = new HashMap<>();
        Map<Integer, List<TicketLine>> open = new HashMap<>();
        for (TicketFacts ticket : input.tickets()) {
            Instant registered = ticket.registeredAt();
            Instant endedAt = ticket.endedAt();
            if (!registered.isBefore(start) && registered.isBefore(end)) {
                accepted.merge(ticket.priority(), 1, Integer::sum);
            }
            if (endedAt != null && !endedAt.isBefore(start) && endedAt.isBefore(end)) {
                ended.computeIfAbsent(ticket.priority(), p -> new ArrayList<>())
                        .add(TicketLine.ended(ticket, input.terms()));
            } else if (registered.isBefore(end) && (endedAt == null || !endedAt.isBefore(end))) {
                open.computeIfAbsent(ticket.priority(), p -> new ArrayList<>()).add(TicketLine.open(ticket, end));
            }
        }
        List<PriorityFigures> priorities = new ArrayList<>();
        List<PriorityFlag> flags = new ArrayList<>();
        input.terms().priorities().stream().sorted(Comparator.comparingInt(CloseTerms.Priority::number))
                .forEach(priority -> {
                    List<TicketLine> endedLines = sorted(ended.get(priority.number()),
                            Comparator.comparing(TicketLine::endedAt));
                    List<TicketLine> openLines = sorted(open.get(priority.number()),
                            Comparator.comparing(TicketLine::registeredAt));
                    priorities.add(PriorityFigures.of(priority, accepted.getOrDefault(priority.number(), 0),
                            endedLines, openLines));
                    for (List<TicketLine> lines : List.of(endedLines, openLines)) {
                        lines.forEach(line -> line.loweredAfterBreach().forEach(lowering ->
                                flags.add(new PriorityFlag(line.number(), line.priority(), lowering))));
                    }
                });
        List<ServiceAvailability> services = input.services().stream()
                .map(s -> ServiceAvailability.of(s, month)).toList();
        return new MonthReport(month, priorities, services, flags);
    }

    private static List<TicketLine> sorted(List<TicketLine> lines, Comparator<TicketLine> order) {
        return lines == null ? List.of() : lines.stream().sorted(order.thenComparing(TicketLine::number)).toList();
    }
}
