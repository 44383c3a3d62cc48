package org.servicelevel.interfaces.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.ticket.TicketDetails;
import org.servicelevel.application.ticket.TicketEventDetails;
import org.servicelevel.domain.clock.ClockSegment;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SegmentKind;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.MatrixLevel;
import org.servicelevel.domain.model.selection.Channel;

class TicketRowsTest {

    private static final ResourceBundle EN = bundle(Locale.ROOT);
    private static final ResourceBundle PL = bundle(Locale.forLanguageTag("pl"));
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Map<String, String> STATUSES = Map.of("NEW", "New", "IN_PROGRESS", "In progress",
            "CUSTOMER_TESTING", "Customer testing");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.servicelevel.web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static SlaClock clock(String metric, ClockState state, Instant due, Instant breachedAt, Instant stoppedAt,
                                  SegmentKind lastSegment) {
        List<ClockSegment> segments = lastSegment == null ? List.of()
                : List.of(new ClockSegment(NOW.minusSeconds(600), NOW, lastSegment, "IN_PROGRESS", null, 600));
        return new SlaClock(metric, state, lastSegment == SegmentKind.PAUSED && stoppedAt == null, Duration.ofHours(4), Duration.ofMinutes(90), Duration.ofMinutes(150),
                NOW.minusSeconds(5400), stoppedAt, due, breachedAt, null, Duration.ofMinutes(20), Map.of(), Duration.ZERO,
                Duration.ZERO, segments, List.of(1));
    }

    private static TicketDetails ticket(List<SlaClock> clocks) {
        return new TicketDetails(7, 3, "T-000007", null, "ACME", "ACME Ltd", "carl", "Carl", null, "Printer jams",
                "It jams", "WS", "Workplace", 4L, "SLA-ACME-2026", 2, false, List.of(), 2, "High", MatrixLevel.HIGH, MatrixLevel.MEDIUM, null, Set.of(), Channel.PORTAL, null,
                "dana", "L2", 2, "IN_PROGRESS", "In progress", StatusCategory.IN_PROGRESS, NOW.minusSeconds(5400), null,
                null, null, null, List.of(), "Berlin office hours", "Europe/Berlin", NOW, clocks, Map.of());
    }

    @Test
    void realTimesReadInAtMostTwoUnitsToTheMinute() {
        assertEquals("3 h 20 min", TicketRows.roughly(Duration.ofMinutes(200).plusSeconds(59), EN));
        assertEquals("2 d 3 h", TicketRows.roughly(Duration.ofHours(51).plusMinutes(40), EN));
        assertEquals("1 d", TicketRows.roughly(Duration.ofHours(24).plusMinutes(5), EN));
        assertEquals("2 h", TicketRows.roughly(Duration.ofHours(2), EN));
        assertEquals("45 min", TicketRows.roughly(Duration.ofMinutes(45), EN));
        assertEquals("less than a minute", TicketRows.roughly(Duration.ofSeconds(59), EN));
        assertEquals("5 godz. 1 min", TicketRows.roughly(Duration.ofMinutes(301), PL));
    }

    @Test
    void aRunningClockIsDueInTheRealTimeToItsDeadline() {
        SlaClock running = clock("resolution", ClockState.RUNNING, NOW.plus(Duration.ofMinutes(150)), null, null,
                SegmentKind.RUNNING);
        assertEquals("due in 2 h 30 min", TicketRows.words(running, NOW, EN));
        assertEquals("termin za 2 godz. 30 min", TicketRows.words(running, NOW, PL));
    }

    @Test
    void aRunningClockPastADeadlineAtClosingTimeIsStillOnTime() {
        SlaClock usedUp = clock("resolution", ClockState.RUNNING, NOW.minus(Duration.ofMinutes(30)), null, null,
                SegmentKind.OUTSIDE_SERVICE_HOURS);
        assertEquals("target used up; on time until working hours resume", TicketRows.words(usedUp, NOW, EN));
    }

    @Test
    void aBreachedClockIsOverdueUntilNowOrUntilItStopped() {
        Instant due = NOW.minus(Duration.ofHours(26));
        assertEquals("overdue by 1 d 2 h", TicketRows.words(clock("resolution", ClockState.BREACHED, due, due, null,
                SegmentKind.RUNNING), NOW, EN));
        assertEquals("overdue by 1 d 2 h, paused", TicketRows.words(clock("resolution", ClockState.BREACHED, due, due,
                null, SegmentKind.PAUSED), NOW, EN));
        assertEquals("overdue by 30 min", TicketRows.words(clock("resolution", ClockState.BREACHED, due, due,
                due.plus(Duration.ofMinutes(30)), SegmentKind.STOPPED), NOW, EN), "a stopped clock stays as late as it was");
    }

    @Test
    void aPausedClockSaysHowMuchWorkingTimeIsLeftAndAMetOneSaysNothingMore() {
        assertEquals("2 h 30 min left", TicketRows.words(clock("resolution", ClockState.PAUSED, null, null, null,
                SegmentKind.PAUSED), NOW, EN));
        assertEquals("", TicketRows.words(clock("resolution", ClockState.MET, NOW, null, NOW, SegmentKind.STOPPED), NOW,
                EN));
    }

    @Test
    void theListShowsTheResolutionClockAndHighlightsABreachOfAnyClock() {
        SlaClock response = clock("response", ClockState.BREACHED, NOW.minusSeconds(3600), NOW.minusSeconds(3600), null,
                SegmentKind.RUNNING);
        SlaClock resolution = clock("resolution", ClockState.RUNNING, NOW.plus(Duration.ofMinutes(45)), null, null,
                SegmentKind.RUNNING);

        TicketRows.TicketLine line = TicketRows.line(ticket(List.of(response, resolution)), EN, 80);

        assertEquals("Running", line.getClockStateLabel());
        assertEquals("RUNNING", line.getClockState());
        assertEquals("due in 45 min", line.getClockWords());
        assertTrue(line.isBreached(), "the response clock is breached");
        assertEquals("ACME Ltd (ACME)", line.getCustomer());
        assertEquals("2 · High", line.getPriority());
        assertEquals("dana (L2)", line.getAssignee());
        assertFalse(TicketRows.line(ticket(List.of(resolution)), EN, 80).isBreached());
    }

    @Test
    void clocksShowWorkingTimesAndInstantsInTheCalendarsZone() {
        SlaClock limit = clock("status:CUSTOMER_TESTING", ClockState.BREACHED, Instant.parse("2026-03-02T08:30:00Z"),
                Instant.parse("2026-03-02T08:30:00Z"), null, SegmentKind.RUNNING);

        TicketRows.ClockLine line = TicketRows.clocks(ticket(List.of(limit)), STATUSES, EN, 80).get(0);

        assertEquals("Time in \u201cCustomer testing\u201d", line.getMetric());
        assertEquals("Breached", line.getStateLabel());
        assertEquals("4 h", line.getTarget());
        assertEquals("1 h 30 min", line.getElapsed());
        assertEquals("2 h 30 min", line.getRemaining());
        assertEquals("2026-03-02 09:30", line.getDue(), "Berlin is an hour ahead of UTC in March");
        assertEquals("2026-03-02 09:30", line.getBreachedAt());
        assertEquals("20 min", line.getPaused());
    }

    @Test
    void aTicketWithoutAnAgreementReadsNoAgreementAndHasNoClocks() {
        TicketDetails without = new TicketDetails(8, 0, "T-000008", null, "ACME", "ACME Ltd", "carl", "Carl", null,
                "Scanner", null, "SCAN", null, null, null, null, true, List.of(), null, null, null, null, null, Set.of(),
                Channel.API, null, null, null, null, "NEW", "New", StatusCategory.NEW, NOW, null, null, null, null,
                List.of(), null, null, NOW, List.of(), Map.of());

        TicketRows.TicketLine line = TicketRows.line(without, EN, 80);

        assertEquals("No agreement", line.getClockStateLabel());
        assertEquals(TicketRows.NO_AGREEMENT, line.getClockState());
        assertEquals(TicketRows.NOTHING, line.getPriority());
        assertEquals(List.of(), TicketRows.clocks(without, STATUSES, EN, 80));
        assertEquals(ZoneId.of("Z"), TicketRows.zone(without));
    }

    @Test
    void historyNamesStatusesMarksInternalNotesAndLeavesTheDescriptionToTheHeader() {
        List<TicketEventDetails> events = List.of(
                new TicketEventDetails(1, "REGISTERED", NOW, "carl", true, null, "NEW", "It jams", true, "NEW", 2, null, 0),
                new TicketEventDetails(2, "STATUS", NOW.plusSeconds(60), "anna", false, "NEW", "IN_PROGRESS", "on it",
                        true, "IN_PROGRESS", 2, null, 0),
                new TicketEventDetails(3, "COMMENT", NOW.plusSeconds(120), "anna", false, null, null, "check toner",
                        false, "IN_PROGRESS", 2, null, 0));

        List<TicketRows.EventLine> lines = TicketRows.history(events, ZoneId.of("Europe/Berlin"), STATUSES, EN);

        assertEquals("carl (customer)", lines.get(0).getActor());
        assertEquals("New", lines.get(0).getChange());
        assertEquals("", lines.get(0).getText());
        assertEquals("2026-03-02 11:01", lines.get(1).getAt());
        assertEquals("Status", lines.get(1).getTypeLabel());
        assertEquals("New → In progress", lines.get(1).getChange());
        assertEquals("on it", lines.get(1).getText());
        assertFalse(lines.get(1).isInternal());
        assertTrue(lines.get(2).isInternal());
        assertEquals("Comment", lines.get(2).getTypeLabel());
    }
}
