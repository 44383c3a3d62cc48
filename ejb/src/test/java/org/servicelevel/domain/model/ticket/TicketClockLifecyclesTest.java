package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.servicelevel.domain.model.ticket.TicketFixture.ACME;
import static org.servicelevel.domain.model.ticket.TicketFixture.BERLIN;
import static org.servicelevel.domain.model.ticket.TicketFixture.REGISTERED;
import static org.servicelevel.domain.model.ticket.TicketFixture.TERMS;
import static org.servicelevel.domain.model.ticket.TicketFixture.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.ClockFixture;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;

/**
 * Tickets changed through their own methods, as the services change them, and their clocks read from the
 * history they record; every figure computed by hand from docs/tickets.md. The fixture's SLA: priority 1
 * 15 min / 2 h, priority 2 30 min / 4 h, priority 3 2 h / 16 h, the default pause statuses; the service is
 * supported Monday to Friday 09:00-18:00 in Berlin.
 */
class TicketClockLifecyclesTest {

    private static final StatusModel MODEL = TicketFixture.defaultModel();

    private static final ServiceCalendar CALENDAR = ClockFixture.calendar(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00")).build()));

    private static SlaClock clock(Ticket ticket, String metric, String now) {
        Instant at = at(now);
        return ClockCalculator.clocks(ticket.historyAsOf(at), TERMS, CALENDAR, at, null).stream()
                .filter(c -> c.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void onlyAPublicCommentByStaffStopsTheResponseClock() {
        // A customer registers Friday 6 March 17:30 (priority 3) and comments at 17:45; an agent writes an
        // internal note Monday 09:10 and answers publicly at 10:00, then starts work at 10:05.
        // Response: Friday 17:30-18:00 + Monday 09:00-10:00 = 1 h 30 min of 2 h, met; deadline then
        // 10:00 + 30 min = 10:30.
        Ticket t = TicketFixture.ticket(at("2026-03-06T17:30"), true);
        t.comment("Still broken", true, at("2026-03-06T17:45"), "carla", true);
        t.comment("Probably the toner", false, at("2026-03-09T09:10"), "anna", false);
        t.comment("We are on it", true, at("2026-03-09T10:00"), "anna", false);
        t.transition(MODEL, "IN_PROGRESS", at("2026-03-09T10:05"), "anna", false, null, false);
        SlaClock response = clock(t, SlaClock.RESPONSE, "2026-03-09T11:00");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofMinutes(90), response.elapsed());
        assertEquals(at("2026-03-09T10:00"), response.stoppedAt());
        assertEquals(at("2026-03-09T10:30"), response.due());
        // Resolution: 30 min + Monday 09:00-11:00 = 2 h 30 min; due(Friday 17:30, 16 h): Friday 30 min, Monday
        // 9 h, Tuesday 6 h 30 min: Tuesday 15:30.
        SlaClock resolution = clock(t, SlaClock.RESOLUTION, "2026-03-09T11:00");
        assertEquals(ClockState.RUNNING, resolution.state());
        assertEquals(Duration.ofMinutes(150), resolution.elapsed());
        assertEquals(at("2026-03-10T15:30"), resolution.due());
    }

    @Test
    void aWaitAPriorityChangeAndAReopeningByTheCustomer() {
        // Monday 2 March 09:00, priority 3. The agent asks the customer at 09:20 (the first response, 20 min);
        // the customer answers at 13:00; priority 2 at 14:00; resolved 16:00.
        // Resolution: 09:00-09:20 + 13:00-16:00 = 3 h 20 min of 4 h, met; waiting 3 h 40 min; deadline then
        // 16:00 + 40 min = 16:40.
        Ticket t = TicketFixture.ticket();
        t.transition(MODEL, "CLARIFICATION_WITH_CUSTOMER", at("2026-03-02T09:20"), "anna", false, "Which floor?",
                true);
        t.transition(MODEL, "IN_PROGRESS", at("2026-03-02T13:00"), "carla", true, "Floor 2", true);
        t.changePriority(2, TERMS, at("2026-03-02T14:00"), "anna", "Whole floor affected");
        t.transition(MODEL, "RESOLVED", at("2026-03-02T16:00"), "anna", false, null, false);
        SlaClock met = clock(t, SlaClock.RESOLUTION, "2026-03-02T17:00");
        assertEquals(ClockState.MET, met.state());
        assertEquals(Duration.ofHours(4), met.target());
        assertEquals(Duration.ofMinutes(200), met.elapsed());
        assertEquals(Duration.ofMinutes(220), met.pausedWorkingTime());
        assertEquals(at("2026-03-02T16:40"), met.due());
        SlaClock response = clock(t, SlaClock.RESPONSE, "2026-03-02T17:00");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofMinutes(20), response.elapsed());
        assertEquals(Duration.ofHours(2), response.target(), "priority 3's, in force at the response");

        // The customer reopens Tuesday 09:00, the agent resolves at 10:00: 4 h 20 min; the run from 09:00 began
        // with 3 h 20 min, so the deadline passed is 09:40.
        t.transition(MODEL, "IN_PROGRESS", at("2026-03-03T09:00"), "carla", true, "Jams again", true);
        t.transition(MODEL, "RESOLVED", at("2026-03-03T10:00"), "anna", false, null, false);
        SlaClock late = clock(t, SlaClock.RESOLUTION, "2026-03-03T11:00");
        assertEquals(ClockState.BREACHED, late.state());
        assertEquals(Duration.ofMinutes(260), late.elapsed());
        assertEquals(at("2026-03-03T09:40"), late.breachedAt());
        assertEquals(at("2026-03-03T10:00"), late.stoppedAt());
    }

    @Test
    void anAgreementAssignedLaterCountsFromRegistration() {
        // Registered Monday 09:00 without an agreement, work started 09:30 (the response), SLA given at 11:00
        // with priority 1: as if chosen at 09:00. Response 30 min against 15: breached at 09:15. Resolution at
        // 11:30: 2 h 30 min against 2 h: breached at 11:00.
        Ticket t = new Ticket("T-000009", new Ticket.Registration(ACME, null, null, null, "Scanner offline", null,
                "WS", null, null, null, null, null, null, Set.of(), Channel.API, null, null, null, null),
                MODEL.initial(), REGISTERED, "anna", false);
        t.recordWithoutAgreement("No agreement applies");
        t.transition(MODEL, "IN_PROGRESS", at("2026-03-02T09:30"), "anna", false, null, false);
        Agreement sla = new Agreement("SLA-ACME", AgreementType.SLA, new Agreement.Header("Support", ACME, null,
                null, null, "Europe/Berlin", LocalDate.of(2026, 1, 1), null, null, "max"), TERMS, REGISTERED, "max");
        sla.activate(REGISTERED);
        t.assignAgreement(sla, 1, at("2026-03-02T11:00"), "max");
        SlaClock response = clock(t, SlaClock.RESPONSE, "2026-03-02T11:30");
        assertEquals(ClockState.BREACHED, response.state());
        assertEquals(at("2026-03-02T09:15"), response.breachedAt());
        assertEquals(Duration.ofMinutes(30), response.elapsed());
        SlaClock resolution = clock(t, SlaClock.RESOLUTION, "2026-03-02T11:30");
        assertEquals(ClockState.BREACHED, resolution.state());
        assertEquals(Duration.ofMinutes(150), resolution.elapsed());
        assertEquals(at("2026-03-02T11:00"), resolution.breachedAt());
    }

    @Test
    void aCancellationOutOfNewByStaffIsTheResponseAndByTheCustomerIsNot() {
        // Registered Monday 09:00 by the customer; the agent cancels at 09:10 (a duplicate): the first move out
        // of NEW by staff, also to CANCELLED, is the first response: met in 10 min. Resolution: cancelled.
        Ticket byStaff = TicketFixture.ticket(REGISTERED, true);
        byStaff.transition(MODEL, "CANCELLED", at("2026-03-02T09:10"), "anna", false, "Duplicate", true);
        SlaClock response = clock(byStaff, SlaClock.RESPONSE, "2026-03-02T12:00");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofMinutes(10), response.elapsed());
        assertEquals(ClockState.CANCELLED, clock(byStaff, SlaClock.RESOLUTION, "2026-03-02T12:00").state());

        // The customer withdraws it instead: no response came, so the response clock is cancelled at 09:10.
        Ticket byCustomer = TicketFixture.ticket(REGISTERED, true);
        byCustomer.transition(MODEL, "CANCELLED", at("2026-03-02T09:10"), "carla", true, null, false);
        SlaClock cancelled = clock(byCustomer, SlaClock.RESPONSE, "2026-03-02T12:00");
        assertEquals(ClockState.CANCELLED, cancelled.state());
        assertEquals(at("2026-03-02T09:10"), cancelled.stoppedAt());
        assertNull(cancelled.due());
    }
}
