package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The month's figures of one priority, pooled across the agreement's services (each ticket measured
 * on its own service's calendar and against its own target): how many tickets were accepted (registered
 * in the month), how many were resolved in the month and measured, their average resolution time and
 * the share resolved late, each checked against the priority's terms with exact values; first-response
 * figures beside them; the tickets that ended in the month and those still open at its end.
 *
 * @param resolutionTarget     the priority's resolution target; {@code null} for a priority by agreement
 * @param maxOverduePercent    the priority's limit on the overdue share, or {@code null} for none
 * @param accepted             tickets registered in the month (any outcome)
 * @param resolved             tickets resolved in the month and measured
 * @param averageSeconds       the exact average resolution time in seconds, {@code null} without measured tickets
 * @param average              the average rounded half-up to the second, for display
 * @param averageTargetSeconds the exact average of the targets the tickets were measured against: the
 *                             priority's target unless some service sets its own
 * @param averageCheck         met when the average is at most the (average) target
 * @param overdue              measured tickets whose resolution time is greater than their target
 * @param overdueShare         {@code overdue / resolved}, exact; {@code null} without measured tickets
 * @param overdueSharePercent  the share in percent rounded half-up to 2 decimals, for display
 * @param shareCheck           met when the share is at most the limit
 * @param ended                the tickets resolved, closed or cancelled in the month, measured or not
 * @param openAtMonthEnd       the tickets registered by the month's end and not ended by then
 */
public record PriorityFigures(int number, String name, boolean byAgreement, Duration resolutionTarget,
                              BigDecimal maxOverduePercent, int accepted, int resolved, Fraction averageSeconds,
                              Duration average, Fraction averageTargetSeconds, Check averageCheck, int overdue,
                              Fraction overdueShare, BigDecimal overdueSharePercent, Check shareCheck,
                              ResponseFigures response, List<TicketLine> ended, List<TicketLine> openAtMonthEnd) {

    public PriorityFigures {
        ended = List.copyOf(ended);
        openAtMonthEnd = List.copyOf(openAtMonthEnd);
    }

    /**
     * The first-response figures of the same measured tickets: how many had a response time, their
     * average, and how many answered later than the response target (with the exact share).
     *
     * @param target           the priority's response target, or {@code null} for none (no late share then)
     * @param lateShare        {@code late / measured}, exact; {@code null} without a target or measured tickets
     * @param lateSharePercent the share in percent rounded half-up to 2 decimals
     */
    public record ResponseFigures(Duration target, int measured, Fraction averageSeconds, Duration average, int late,
                                  Fraction lateShare, BigDecimal lateSharePercent) {

        static ResponseFigures of(Duration target, List<TicketLine> measuredLines) {
            List<TicketLine> answered = measuredLines.stream().filter(l -> l.responseTime() != null).toList();
            if (answered.isEmpty()) {
                return new ResponseFigures(target, 0, null, null, 0, null, null);
            }
            long sum = answered.stream().mapToLong(l -> l.responseTime().getSeconds()).sum();
            Fraction average = Fraction.of(sum, answered.size());
            int late = (int) answered.stream().filter(TicketLine::responseLate).count();
            Fraction share = target == null ? null : Fraction.of(late, answered.size());
            return new ResponseFigures(target, answered.size(), average, Display.roundedSeconds(average), late, share,
                    share == null ? null : share.percent(2));
        }
    }

    /** The figures of one priority from its lines. */
    static PriorityFigures of(CloseTerms.Priority priority, int accepted, List<TicketLine> ended,
                              List<TicketLine> open) {
        List<TicketLine> measured = ended.stream().filter(TicketLine::measured).toList();
        Duration responseTarget = priority.responseTarget();
        ResponseFigures response = ResponseFigures.of(responseTarget, measured);
        if (priority.byAgreement()) {
            return new PriorityFigures(priority.number(), priority.name(), true, null, null, accepted, 0, null, null,
                    null, Check.NO_TARGET, 0, null, null, Check.NO_TARGET, response, ended, open);
        }
        if (measured.isEmpty()) {
            return new PriorityFigures(priority.number(), priority.name(), false, priority.resolutionTarget(),
                    priority.maxOverduePercent(), accepted, 0, null, null, null, Check.NOTHING_TO_MEASURE, 0, null,
                    null, priority.maxOverduePercent() == null ? Check.NO_TARGET : Check.NOTHING_TO_MEASURE,
                    response, ended, open);
        }
        int n = measured.size();
        long sum = measured.stream().mapToLong(l -> l.resolutionTime().getSeconds()).sum();
        long targets = measured.stream().mapToLong(l -> l.target().getSeconds()).sum();
        int overdue = (int) measured.stream().filter(TicketLine::late).count();
        Fraction average = Fraction.of(sum, n);
        Fraction share = Fraction.of(overdue, n);
        Check shareCheck = priority.maxOverduePercent() == null ? Check.NO_TARGET
                : Check.of(share.atMostPercent(priority.maxOverduePercent()));
        return new PriorityFigures(priority.number(), priority.name(), false, priority.resolutionTarget(),
                priority.maxOverduePercent(), accepted, n, average, Display.roundedSeconds(average),
                Fraction.of(targets, n), Check.of(sum <= targets), overdue, share, share.percent(2), shareCheck,
                response, ended, open);
    }

    /** The average for display: h:mm:ss, or "—" without measured tickets. */
    public String averageText() {
        return Display.hms(average);
    }

    /** The overdue share for display, e.g. "12.5 %", or "—" without measured tickets. */
    public String overdueShareText() {
        return Display.percent(overdueSharePercent);
    }

    /** Why the average resolution time is met or not, in a sentence. */
    public String explainAverage() {
        return switch (averageCheck) {
            case NOTHING_TO_MEASURE -> "No ticket of priority " + number + " was resolved in the month: met (—)";
            case NO_TARGET -> "Priority " + number + " is by agreement: not measured";
            default -> "Average resolution time of priority " + number + " over " + resolved + " resolved tickets: "
                    + averageText() + " (exactly " + averageSeconds + " s) " + (averageCheck.met() ? "≤" : ">")
                    + " target " + targetText() + (averageCheck.met() ? ": met" : ": not met");
        };
    }

    /** Why the overdue share is met or not, in a sentence. */
    public String explainShare() {
        return switch (shareCheck) {
            case NOTHING_TO_MEASURE -> "No ticket of priority " + number + " was resolved in the month: met (—)";
            case NO_TARGET -> byAgreement ? "Priority " + number + " is by agreement: not measured"
                    : "Priority " + number + " sets no limit on its overdue share";
            default -> "Overdue share of priority " + number + ": " + overdue + " of " + resolved + " = "
                    + overdueShareText() + " " + (shareCheck.met() ? "≤" : ">") + " limit "
                    + Display.percent(maxOverduePercent) + (shareCheck.met() ? ": met" : ": not met");
        };
    }

    private String targetText() {
        return averageTargetSeconds.equals(Fraction.of(resolutionTarget.getSeconds(), 1))
                ? Display.hms(resolutionTarget)
                : "(average of the tickets' service targets) " + Display.hms(Display.roundedSeconds(averageTargetSeconds))
                        + " (exactly " + averageTargetSeconds + " s)";
    }
}
