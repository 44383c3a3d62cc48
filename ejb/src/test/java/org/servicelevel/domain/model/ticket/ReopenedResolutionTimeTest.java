package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.model.ticket.TicketFixture.BERLIN;
import static org.servicelevel.domain.model.ticket.TicketFixture.TERMS;
import static org.servicelevel.domain.model.ticket.TicketFixture.at;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.report.internal.MonthCloseServiceBean;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * A ticket resolved, reopened and resolved again: the month's close takes its resolution time from the
 * settled resolution clock, or from its history when the clock is not settled
 * ({@code MonthCloseServiceBean.measured}); both leave out the time it stood resolved before the
 * reopening, so the month reads the same either way.
 */
class ReopenedResolutionTimeTest {

    private static final WorkCalendar OFFICE = WorkCalendar.of(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00")).build()));

    private static final ServiceCalendar CALENDAR = new ServiceCalendar() {
        @Override
        public long id() {
            return 1;
        }

        @Override
        public String name() {
            return "Berlin office";
        }

        @Override
        public WorkCalendar engine() {
            return OFFICE;
        }

        @Override
        public int versionOn(LocalDate date) {
            return 1;
        }
    };

    /** Registered Monday 09:00, resolved 10:00, reopened 12:00, resolved again 13:00 (no pause status). */
    private static Ticket reopened() {
        StatusModel model = TicketFixture.defaultModel();
        Ticket ticket = TicketFixture.ticket();
        ticket.transition(model, "IN_PROGRESS", at("2026-03-02T09:00"), "anna", false, null, false);
        ticket.transition(model, "RESOLVED", at("2026-03-02T10:00"), "anna", false, null, false);
        ticket.transition(model, "IN_PROGRESS", at("2026-03-02T12:00"), "carla", true, null, false);
        ticket.transition(model, "RESOLVED", at("2026-03-02T13:00"), "anna", false, null, false);
        return ticket;
    }

    private static Duration fromHistory(Ticket ticket, Instant resolved) throws Exception {
        Method measured = MonthCloseServiceBean.class.getDeclaredMethod("measured", Ticket.class, Instant.class,
                AgreementTerms.class, ServiceCalendar.class);
        measured.setAccessible(true);
        return (Duration) measured.invoke(null, ticket, resolved, TERMS, CALENDAR);
    }

    private static Duration fromClock(Ticket ticket, Instant resolved) {
        return ClockCalculator.clocks(ticket.historyAsOf(resolved), TERMS, CALENDAR, resolved.plusSeconds(86_400),
                null).stream().filter(c -> c.metric().equals(SlaClock.RESOLUTION)).findFirst().orElseThrow().elapsed();
    }

    @Test
    void theTimeStoodResolvedBeforeAReopeningDoesNotCountOnEitherPath() throws Exception {
        Ticket ticket = reopened();
        Instant resolved = at("2026-03-02T13:00");
        assertEquals(resolved, ticket.resolvedAt().orElseThrow());
        // 09:00-10:00 and 12:00-13:00 worked; 10:00-12:00 resolved
        assertEquals(Duration.ofHours(2), fromClock(ticket, resolved), "the settled resolution clock");
        assertEquals(Duration.ofHours(2), fromHistory(ticket, resolved), "measured from the history");
    }
}
