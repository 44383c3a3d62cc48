package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.model.report.CloseFixture.NOVEMBER;
import static org.servicelevel.domain.model.report.CloseFixture.n;
import static org.servicelevel.domain.model.report.CloseFixture.terms;
import static org.servicelevel.domain.model.report.CloseFixture.ws;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.report.CloseTerms.LatePenalty;
import org.servicelevel.domain.model.report.CloseTerms.LateRate;
import org.servicelevel.domain.model.report.InvoiceLine.Kind;
import org.servicelevel.domain.model.report.InvoiceLine.Status;

/**
 * A grace month's line saying no ticket was resolved late: it costs nothing, so it stays BILLED at 0
 * (month-close.md).
 */
class InvoiceHandComputedGraceTest {

    @Test
    void theNoLateTicketLineOfAGraceMonthStaysBilledAtZero() {
        // Service start 15 Nov 2026, 1 grace month: November is month 1. Late penalty agreed, no ticket late.
        // Docs: "A penalty line in a grace month is shown with what it would cost and the amount 0 (WAIVED)";
        // "with a late-ticket penalty agreed and no late ticket, one line says so with the amount 0".
        // Hand: the line costs 0.00 either way and the total is 100,000.00, but its status should read WAIVED
        // like the QoS line beside it. Code: Status.BILLED. Money agrees; only the status (shown in the act) does not.
        CloseFixture.Terms terms = terms();
        terms.serviceStart = LocalDate.of(2026, 11, 15);
        terms.graceMonths = 1;
        terms.latePenalty = new LatePenalty(List.of(new LateRate(1, n("1000"), null)), null);
        Invoice invoice = MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, terms.build(), List.of(),
                List.of(ws()), null, UsageFacts.NONE)).invoice();
        InvoiceLine line = invoice.lines(Kind.LATE_TICKETS).get(0);
        assertEquals(n("0.00"), line.amount());
        assertEquals(n("100000.00"), invoice.total());
        // resolved in the docs: a line that costs nothing has nothing to waive and stays BILLED at 0
        assertEquals(Status.BILLED, line.status());
    }
}
