package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.report.CloseFixture.n;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.report.InvoiceLine.Kind;
import org.servicelevel.domain.model.report.MonthDifference.LineChange;

/** What a correction shows: each figure, line and total before, after and the difference. */
class MonthDifferenceTest {

    private final MonthDifference difference = MonthDifference.between("R-1", SampleResults.workedExample(),
            SampleResults.corrected());

    @Test
    void priorityFiguresBeforeAndAfter() {
        MonthDifference.PriorityChange p1 = difference.priorities().get(0);
        assertEquals(1, p1.number());
        assertEquals(n("2"), p1.overdue().before());
        assertEquals(n("1"), p1.overdue().after());
        assertEquals(n("-1"), p1.overdue().difference());
        assertEquals(n("12240"), p1.averageSeconds().before(), "3:24:00");
        assertEquals(n("10080"), p1.averageSeconds().after(), "2:48:00");
        assertEquals(0, n("20").compareTo(p1.overdueSharePercent().after()));
        assertFalse(p1.accepted().changed());
        assertTrue(p1.changed());
        assertEquals(Check.MET, p1.averageBefore());
        assertEquals(Check.MET, p1.averageAfter());
        assertFalse(difference.priorities().get(1).changed(), "priority 2 is as approved");
        assertEquals(List.of(1, 2, 3), difference.priorities().stream().map(MonthDifference.PriorityChange::number)
                .toList());
    }

    @Test
    void scoreAndBandUnchanged() {
        assertFalse(difference.score().changed());
        assertEquals(0, difference.score().difference().signum());
        assertFalse(difference.band().changed());
    }

    @Test
    void eachInvoiceLineAndTheTotal() {
        LineChange late1 = line(Kind.LATE_TICKETS, 1);
        assertEquals(n("-2000.00"), late1.amount().before());
        assertEquals(n("-1000.00"), late1.amount().after());
        assertEquals(n("1000.00"), late1.amount().difference());
        assertEquals(n("500.00"), line(Kind.LATE_HOURS, 1).amount().difference());
        assertEquals(0, line(Kind.LATE_TICKETS, 2).amount().difference().signum());
        LineChange cap = line(Kind.LATE_PENALTY_CAP, null);
        assertEquals(n("250.00"), cap.amount().before());
        assertNull(cap.amount().after(), "the correction has no cap line");
        assertEquals(n("-250.00"), cap.amount().difference());
        assertEquals(Kind.LATE_PENALTY_CAP, difference.lines().get(difference.lines().size() - 1).kind(),
                "lines only the approved result had come last");
        assertEquals(n("132797.52"), difference.total().before());
        assertEquals(n("134047.52"), difference.total().after());
        assertEquals(n("1250.00"), difference.total().difference(), "to bill on top of the approved invoice");
        BigDecimal sum = difference.lines().stream().map(l -> l.amount().difference()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertEquals(0, sum.compareTo(difference.total().difference()), "the lines' differences add up to the total's");
        assertTrue(difference.changed());
    }

    @Test
    void theSameMonthAgainDiffersInNothing() {
        MonthDifference none = MonthDifference.between("R-1", SampleResults.workedExample(),
                SampleResults.workedExample());
        assertFalse(none.changed());
        assertEquals(0, none.total().difference().signum());
    }

    @Test
    void aLateTicketLineIsMatchedByItsPriority() {
        InvoiceLine line = new InvoiceLine(Kind.LATE_HOURS, "Started hours beyond the target, priority 12: T-1 1 h",
                n("1"), n("10"), n("-10"), InvoiceLine.Status.BILLED);
        assertEquals(Optional.of(12), MonthDifference.priorityOf(line));
        assertEquals(Optional.empty(), MonthDifference.priorityOf(new InvoiceLine(Kind.LATE_TICKETS,
                "Late-ticket penalty: no ticket was resolved late", n("0"), null, n("0"), InvoiceLine.Status.BILLED)));
        assertEquals(Optional.empty(), MonthDifference.priorityOf(new InvoiceLine(Kind.QOS_PENALTY,
                "Quality penalty: priority 1", n("1"), n("1"), n("-1"), InvoiceLine.Status.BILLED)));
    }

    private LineChange line(Kind kind, Integer priority) {
        return difference.lines().stream().filter(l -> l.kind() == kind && java.util.Objects.equals(l.priority(),
                priority)).findFirst().orElseThrow();
    }
}
