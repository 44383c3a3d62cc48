package org.servicelevel.domain.model.report;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Months' results for tests of other packages: the worked example of docs/month-close.md as computed,
 * and the same month computed again after ticket T-102 was found to have been resolved on time.
 */
public final class SampleResults {

    public static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    public static final String AGREEMENT = "SLA-MOSCOW-2026";

    private SampleResults() {
    }

    /** The worked example's close: score 0.6 in [0.6, 0.85), total 132,797.52 RUB. */
    public static MonthClose workedExample() {
        return MonthCloseCalculator.close(WorkedExampleTest.input());
    }

    /**
     * The worked example with T-102's resolution time 3:00:00 instead of 6:00:00: priority 1 has one
     * late ticket less, its late-ticket lines shrink and the cap no longer applies.
     */
    public static MonthClose corrected() {
        MonthCloseInput input = WorkedExampleTest.input();
        List<TicketFacts> tickets = new ArrayList<>();
        for (TicketFacts t : input.tickets()) {
            tickets.add(!t.number().equals("T-102") ? t : new TicketFacts(t.number(), t.service(), t.priority(),
                    t.outcome(), t.registeredAt(), t.endedAt(), Duration.ofHours(3), t.responseTime(), t.evidence(),
                    t.loweredAfterBreach()));
        }
        return MonthCloseCalculator.close(new MonthCloseInput(input.month(), input.terms(), tickets, input.services(),
                input.survey(), input.usage()));
    }

    /** The header of the {@code sequence}th result of the month, correcting result {@code corrects} (or nothing). */
    public static ResultHeader header(int sequence, String corrects) {
        return new ResultHeader(MonthResult.number(NOVEMBER, AGREEMENT, sequence), sequence, corrects, AGREEMENT,
                "Workplace support, Moscow office", "ACME", "ООО «Акме»", NOVEMBER, Instant.parse("2026-12-01T03:00:00Z"),
                new Provenance(List.of(3, 4), List.of("Moscow office v2")));
    }

    /** The worked example as the month's first result. */
    public static ResultDocument firstResult() {
        return new ResultDocument(header(1, null), workedExample(), null);
    }

    /** The corrected close as result 2, correcting result 1. */
    public static ResultDocument correction() {
        String first = MonthResult.number(NOVEMBER, AGREEMENT, 1);
        return new ResultDocument(header(2, first), corrected(),
                MonthDifference.between(first, workedExample(), corrected()));
    }
}
