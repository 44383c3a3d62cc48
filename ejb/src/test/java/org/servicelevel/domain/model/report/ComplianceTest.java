package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.report.Compliance.Bar;
import org.servicelevel.domain.model.report.Compliance.Count;
import org.servicelevel.domain.model.report.Compliance.Dimension;

class ComplianceTest {

    /** The database's groups: each combination of priority, assignee, service, request type and outcome. */
    private static final List<Count> COUNTS = List.of(
            new Count(2, "anna", "WS", "incident", false, 3),
            new Count(2, "anna", "WS", "incident", true, 1),
            new Count(1, "anna", "WS", "incident", true, 2),
            new Count(1, null, "MAIL", null, false, 4),
            new Count(10, "bob", "MAIL", "request", false, 1),
            new Count(1, "bob", "WS", "request", true, 5));

    @Test
    void everyBreakdownCountsEveryTicketOnce() {
        Map<Dimension, List<Bar>> bars = Compliance.bars(COUNTS);
        for (Dimension dimension : Dimension.values()) {
            assertEquals(8, bars.get(dimension).stream().mapToLong(Bar::met).sum(), dimension.name());
            assertEquals(8, bars.get(dimension).stream().mapToLong(Bar::breached).sum(), dimension.name());
        }
        assertEquals(new Bar(null, 8, 8), Compliance.total(COUNTS));
    }

    @Test
    void prioritiesAreInOrderOfNumberNotOfText() {
        assertEquals(List.of(new Bar("1", 4, 7), new Bar("2", 3, 1), new Bar("10", 1, 0)),
                Compliance.bars(COUNTS).get(Dimension.PRIORITY));
    }

    @Test
    void otherBreakdownsShowTheMostTicketsFirstAndNoneLast() {
        Map<Dimension, List<Bar>> bars = Compliance.bars(COUNTS);
        assertEquals(List.of(new Bar("anna", 3, 3), new Bar("bob", 1, 5), new Bar(null, 4, 0)),
                bars.get(Dimension.ASSIGNEE));
        assertEquals(List.of(new Bar("WS", 3, 8), new Bar("MAIL", 5, 0)), bars.get(Dimension.SERVICE));
        assertEquals(List.of(new Bar("incident", 3, 3), new Bar("request", 1, 5), new Bar(null, 4, 0)),
                bars.get(Dimension.REQUEST_TYPE));
    }

    @Test
    void noTicketsGiveNoBars() {
        Compliance.bars(List.of()).values().forEach(list -> assertEquals(List.of(), list));
        assertEquals(new Bar(null, 0, 0), Compliance.total(List.of()));
    }
}
