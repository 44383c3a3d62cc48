package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.ConsistencyReport.CheckedVersion;
import org.servicelevel.domain.model.agreement.ConsistencyReport.Day;

class ConsistencyReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final CheckedVersion SLA_V1 = new CheckedVersion(CheckedVersion.Kind.AGREEMENT, "SLA-1", 1);
    private static final CheckedVersion SLA_V2 = new CheckedVersion(CheckedVersion.Kind.AGREEMENT, "SLA-1", 2);
    private static final CheckedVersion OFFICE = new CheckedVersion(CheckedVersion.Kind.CALENDAR, "Office", 3);

    private static ConsistencyFinding looser(String example, long excessHours) {
        return new ConsistencyFinding(ConsistencyFinding.Kind.LOOSER_THAN_SLA, "OLA-1", "SLA-1", "WS", 1,
                TargetKind.RESOLUTION, "OLA-1 can end " + excessHours + " h later; registered " + example,
                Instant.parse(example), Duration.ofHours(excessHours));
    }

    private static ConsistencyReport report(Instant at, List<Day> days) {
        return new ConsistencyReport(7L, days, at, at, at.plus(Duration.ofDays(366)), "OLA-1 changed");
    }

    @Test
    void keepsEachDayWithItsVersionsAndFindingsAndIsConsistentOnlyWhenNoDayHasFindings() {
        ConsistencyReport report = report(NOW, List.of(new Day(TODAY, List.of(SLA_V1, OFFICE), List.of()),
                new Day(TODAY.plusDays(30), List.of(SLA_V2, OFFICE), List.of(looser("2027-01-05T16:00:01Z", 1)))));

        assertEquals(TODAY, report.checkedOn());
        assertTrue(report.findings().isEmpty(), "nothing is wrong today");
        assertFalse(report.consistent(), "the version of 5 January will break it");
        List<Day> days = report.days();
        assertEquals(List.of(TODAY, TODAY.plusDays(30)), days.stream().map(Day::on).toList());
        assertEquals(List.of(SLA_V2, OFFICE), days.get(1).checked());
        assertEquals(Duration.ofHours(1), days.get(1).findings().get(0).excess());
    }

    @Test
    void aDayWithNeitherVersionsNorFindingsIsStillTheDayCheckedOn() {
        ConsistencyReport ended = report(NOW, List.of(new Day(TODAY, List.of(), List.of())));
        assertEquals(List.of(new Day(TODAY, List.of(), List.of())), ended.days());
        assertTrue(ended.consistent());
    }

    @Test
    void aLaterCheckWithOnlyAnotherExampleConfirmsTheResultAndTakesTheNewExample() {
        ConsistencyReport first = report(NOW, List.of(new Day(TODAY, List.of(SLA_V1), List.of(looser("2026-12-07T16:00:01Z", 1)))));
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        ConsistencyReport next = report(tomorrow, List.of(new Day(TODAY.plusDays(1), List.of(SLA_V1),
                List.of(looser("2026-12-08T16:00:01Z", 1)))));
        assertFalse(first.sameResultAs(next), "another day is another result");

        ConsistencyReport sameDay = report(tomorrow, List.of(new Day(TODAY, List.of(SLA_V1),
                List.of(looser("2026-12-08T16:00:01Z", 1)))));
        assertTrue(first.sameResultAs(sameDay));
        first.confirm(sameDay);
        assertEquals(NOW, first.checkedAt());
        assertEquals(tomorrow, first.confirmedAt());
        assertEquals(Instant.parse("2026-12-08T16:00:01Z"), first.findings().get(0).example());
    }

    @Test
    void anotherExcessOrAnotherVersionIsAnotherResult() {
        ConsistencyReport first = report(NOW, List.of(new Day(TODAY, List.of(SLA_V1), List.of(looser("2026-12-07T16:00:01Z", 1)))));
        assertFalse(first.sameResultAs(report(NOW, List.of(new Day(TODAY, List.of(SLA_V1),
                List.of(looser("2026-12-07T16:00:01Z", 2)))))));
        assertFalse(first.sameResultAs(report(NOW, List.of(new Day(TODAY, List.of(SLA_V2),
                List.of(looser("2026-12-07T16:00:01Z", 1)))))));
    }
}
