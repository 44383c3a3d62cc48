package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.model.report.CloseFixture.hms;
import static org.servicelevel.domain.model.report.CloseFixture.resolved;
import static org.servicelevel.domain.model.report.CloseFixture.terms;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A ticket whose clock counted against a longer target (its support line extends the priority's) is
 * measured against that target in the report too, so the report does not call late what the clock met.
 */
class LineExtensionTest {

    private static TicketFacts withTarget(TicketFacts t, Duration target) {
        return new TicketFacts(t.number(), t.service(), t.priority(), t.outcome(), t.registeredAt(), t.endedAt(),
                t.resolutionTime(), t.responseTime(), t.evidence(), t.loweredAfterBreach(), target);
    }

    @Test
    void theClocksTargetDecidesWhetherTheTicketWasLate() {
        TicketFacts facts = resolved("T-1", 1, "2026-11-02T10:00", "2026-11-02T14:30", hms(4, 30, 0));
        CloseTerms close = terms().build();

        TicketLine asTerms = TicketLine.ended(facts, close);
        assertEquals(TicketLine.Verdict.LATE, asTerms.verdict(), "4:30 against the priority's 4:00");
        assertEquals(Duration.ofMinutes(30), asTerms.overTarget());

        TicketLine extended = TicketLine.ended(withTarget(facts, Duration.ofHours(5)), close);
        assertEquals(TicketLine.Verdict.ON_TIME, extended.verdict(), "4:30 against the line's 5:00");
        assertEquals(Duration.ofHours(5), extended.target());
        assertEquals(Duration.ZERO, extended.overTarget());
    }
}
