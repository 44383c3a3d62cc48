package org.servicelevel.domain.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;

/**
 * Whole ticket lives on real calendars, every figure computed by hand from docs/tickets.md and
 * docs/calendars.md before the code was run; the arithmetic is in the comments. Terms are the
 * fixture's: priority 1 15 min / 2 h, priority 2 30 min / 4 h, priority 3 2 h / 16 h, priority 4 by
 * agreement, the third line adds 9 h to resolution, the four default pause statuses.
 */
class HandComputedLifecyclesTest {

    private static final String RESPONSE = SlaClock.RESPONSE;
    private static final String RESOLUTION = SlaClock.RESOLUTION;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    /**
     * Berlin office, Monday to Friday 09:00-18:00. Whit Monday (25 May 2026), Christmas (25, 26 December)
     * and New Year's Day 2027 are holidays; Saturday 14 March 2026 is a transferred working day
     * (10:00-14:00); Christmas Eve (Thursday) is shortened to 09:00-12:00; New Year's Eve (Thursday) is
     * listed as a holiday and has hours 09:00-13:00 as well, which the override wins.
     */
    private static final ServiceCalendar OFFICE = ClockFixture.calendar(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00"))
                    .holidays(List.of(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25),
                            LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)))
                    .override(LocalDate.of(2026, 3, 14), "10:00-14:00")
                    .override(LocalDate.of(2026, 12, 24), "09:00-12:00")
                    .override(LocalDate.of(2026, 12, 31), "09:00-13:00")
                    .build()));

    /** Berlin office with a lunch break: 09:00-13:00 and 14:00-18:00. */
    private static final ServiceCalendar SPLIT = ClockFixture.calendar(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-13:00", "14:00-18:00")).build()));

    /** 09:00-18:00 until Tuesday 3 March 2026; from Wednesday 4 March 08:00-12:00 and 13:00-17:00 (version 2). */
    private static final ServiceCalendar VERSIONED = ClockFixture.calendar(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00")).build(),
            CalendarVersion.effectiveFrom(LocalDate.of(2026, 3, 4))
                    .weeklyHours(WeeklyHours.mondayToFriday("08:00-12:00", "13:00-17:00")).build()));

    private static final ServiceCalendar BERLIN_24_7 = ClockFixture.calendar(CalendarRules.twentyFourSeven(BERLIN));
    private static final ServiceCalendar NEW_YORK_24_7 =
            ClockFixture.calendar(CalendarRules.twentyFourSeven(NEW_YORK));

    /** Riyadh, weekend Friday and Saturday: Sunday to Thursday 08:00-17:00 (UTC+3 all year). */
    private static final ServiceCalendar RIYADH_OFFICE = ClockFixture.calendar(CalendarRules.of(RIYADH,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1)).weeklyHours(WeeklyHours.builder()
                    .on(DayOfWeek.SUNDAY, "08:00-17:00").on(DayOfWeek.MONDAY, "08:00-17:00")
                    .on(DayOfWeek.TUESDAY, "08:00-17:00").on(DayOfWeek.WEDNESDAY, "08:00-17:00")
                    .on(DayOfWeek.THURSDAY, "08:00-17:00").build()).build()));

    // ---- registration out of hours, on a holiday, a transferred and a shortened day ------------------

    @Test
    void registeredOnFridayEveningCountsFromMondaysOpeningAndARespondAtTheTargetIsOnTime() {
        // Friday 6 March 20:00, priority 2. Nothing counts until Monday 09:00.
        // Response at Monday 09:30:00: 09:00-09:30 = 30 min = the target, and equal is on time.
        // Resolution at Monday 12:00: 09:00-12:00 = 3 h of 4 h, due 09:00 + 4 h = 13:00.
        Life onTime = new Life(BERLIN, OFFICE, "2026-03-06T20:00", 2)
                .respondedWith("2026-03-09T09:30:00", "IN_PROGRESS");
        SlaClock response = onTime.clock(RESPONSE, "2026-03-09T12:00");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofMinutes(30), response.elapsed());
        assertEquals(onTime.t("2026-03-06T20:00"), response.startedAt());
        assertEquals(onTime.t("2026-03-09T09:30"), response.stoppedAt());
        assertEquals(onTime.t("2026-03-09T09:30"), response.due(), "the deadline it reached exactly");
        SlaClock resolution = onTime.clock(RESOLUTION, "2026-03-09T12:00");
        assertEquals(ClockState.RUNNING, resolution.state());
        assertEquals(Duration.ofHours(3), resolution.elapsed());
        assertEquals(Duration.ofHours(1), resolution.remaining());
        assertEquals(onTime.t("2026-03-09T13:00"), resolution.due());

        // One second later: 30 min 1 s, breached at the deadline 09:30:00.
        Life late = new Life(BERLIN, OFFICE, "2026-03-06T20:00", 2)
                .respondedWith("2026-03-09T09:30:01", "IN_PROGRESS");
        SlaClock lateResponse = late.clock(RESPONSE, "2026-03-09T12:00");
        assertEquals(ClockState.BREACHED, lateResponse.state());
        assertEquals(Duration.ofSeconds(30 * 60 + 1), lateResponse.elapsed());
        assertEquals(late.t("2026-03-09T09:30"), lateResponse.breachedAt());
        assertEquals(late.t("2026-03-09T09:30"), lateResponse.due());
    }

    @Test
    void registeredOnAHolidayCountsFromTheNextWorkingDay() {
        // Whit Monday 25 May 10:00, priority 1. Counting starts Tuesday 09:00.
        // Response at Tuesday 09:15:00: 15 min = target, met.
        // Resolved Tuesday 11:00:01: 2 h 1 s > 2 h; deadline 09:00 + 2 h = 11:00, breached then.
        Life h = new Life(BERLIN, OFFICE, "2026-05-25T10:00", 1).respondedWith("2026-05-26T09:15:00", "IN_PROGRESS")
                .status("2026-05-26T11:00:01", "RESOLVED");
        SlaClock response = h.clock(RESPONSE, "2026-05-26T12:00");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofMinutes(15), response.elapsed());
        SlaClock resolution = h.clock(RESOLUTION, "2026-05-26T12:00");
        assertEquals(ClockState.BREACHED, resolution.state());
        assertEquals(Duration.ofSeconds(2 * 3600 + 1), resolution.elapsed());
        assertEquals(h.t("2026-05-26T11:00"), resolution.breachedAt());
        assertEquals(h.t("2026-05-26T11:00"), resolution.due());
        assertEquals(h.t("2026-05-26T11:00:01"), resolution.stoppedAt());
        // The timeline: the rest of the holiday, Tuesday's night hours, then counting.
        ClockSegment first = resolution.segments().get(0);
        assertEquals(SegmentKind.HOLIDAY, first.kind());
        assertEquals(h.t("2026-05-25T10:00"), first.from());
        assertEquals(h.t("2026-05-26T00:00"), first.to());
        assertEquals(SegmentKind.OUTSIDE_SERVICE_HOURS, resolution.segments().get(1).kind());
    }

    @Test
    void aTransferredWorkingSaturdayCounts() {
        // Friday 13 March 16:00, priority 2; Saturday 14 March is worked 10:00-14:00.
        // Friday 16-18 = 2 h, Saturday 10-12 = 2 h: due Saturday 12:00.
        Life h = new Life(BERLIN, OFFICE, "2026-03-13T16:00", 2).respondedWith("2026-03-13T16:10", "IN_PROGRESS");
        SlaClock saturday = h.clock(RESOLUTION, "2026-03-14T11:00");
        assertEquals(ClockState.RUNNING, saturday.state());
        assertEquals(Duration.ofHours(3), saturday.elapsed(), "Friday 2 h, Saturday 10-11");
        assertEquals(h.t("2026-03-14T12:00"), saturday.due());
        // Left alone until Monday 09:30: Friday 2 h + Saturday 4 h + Monday 30 min = 6 h 30 min.
        SlaClock monday = h.clock(RESOLUTION, "2026-03-16T09:30");
        assertEquals(ClockState.BREACHED, monday.state());
        assertEquals(Duration.ofMinutes(390), monday.elapsed());
        assertEquals(h.t("2026-03-14T12:00"), monday.breachedAt());
    }

    @Test
    void aShortenedDayBeforeAHolidayAndAResponseAtTheNextOpening() {
        // Christmas Eve (Thursday) 10:00, priority 3; hours that day 09:00-12:00; Friday 25 a holiday.
        // Response target 2 h: Thursday 10-12 = 2 h, due Thursday 12:00, a closing time.
        // Staff respond Monday 28 at 09:00:00: counted 2 h exactly, on time.
        Life onTime = new Life(BERLIN, OFFICE, "2026-12-24T10:00", 3)
                .respondedWith("2026-12-28T09:00:00", "IN_PROGRESS");
        SlaClock response = onTime.clock(RESPONSE, "2026-12-28T10:00");
        assertEquals(ClockState.MET, response.state(), "a deadline at a closing time is on time until the opening");
        assertEquals(Duration.ofHours(2), response.elapsed());
        assertEquals(onTime.t("2026-12-24T12:00"), response.due());
        // Resolution 16 h: Thursday 2 h, Monday 28 9 h (11 h), Tuesday 29 5 h: due Tuesday 14:00.
        SlaClock resolution = onTime.clock(RESOLUTION, "2026-12-28T10:00");
        assertEquals(ClockState.RUNNING, resolution.state());
        assertEquals(Duration.ofHours(3), resolution.elapsed(), "Thursday 2 h, Monday 09-10");
        assertEquals(onTime.t("2026-12-29T14:00"), resolution.due());

        // A second later: breached at the next opening, Monday 09:00:00.
        Life late = new Life(BERLIN, OFFICE, "2026-12-24T10:00", 3)
                .respondedWith("2026-12-28T09:00:01", "IN_PROGRESS");
        SlaClock lateResponse = late.clock(RESPONSE, "2026-12-28T10:00");
        assertEquals(ClockState.BREACHED, lateResponse.state());
        assertEquals(Duration.ofSeconds(2 * 3600 + 1), lateResponse.elapsed());
        assertEquals(late.t("2026-12-28T09:00"), lateResponse.breachedAt());
        assertEquals(late.t("2026-12-24T12:00"), lateResponse.due());
    }

    @Test
    void aHolidayWithHoursFollowsTheHours() {
        // New Year's Eve (Thursday) is a holiday with an override 09:00-13:00: the override wins.
        // Registered 12:00, priority 1 (2 h): Thursday 12-13 = 1 h, Friday 1 January a holiday, the weekend,
        // Monday 4 January 09-10 = 1 h: due Monday 10:00.
        Life h = new Life(BERLIN, OFFICE, "2026-12-31T12:00", 1);
        SlaClock resolution = h.clock(RESOLUTION, "2027-01-02T12:00");
        assertEquals(ClockState.RUNNING, resolution.state());
        assertEquals(Duration.ofHours(1), resolution.elapsed());
        assertEquals(h.t("2027-01-04T10:00"), resolution.due());
        SlaClock response = h.clock(RESPONSE, "2027-01-02T12:00");
        assertEquals(ClockState.BREACHED, response.state(), "15 minutes from 12:00 on the shortened day");
        assertEquals(h.t("2026-12-31T12:15"), response.breachedAt());
    }

    // ---- pauses ------------------------------------------------------------------------------------

    @Test
    void aPauseOverANightAWeekendAndAHolidayMovesTheDeadlineByItsWorkingTime() {
        // Friday 22 May 10:00, priority 2; in progress 10:10; waiting on the customer from 12:00 (2 h counted)
        // to Tuesday 26 May 10:30 (Monday is Whit Monday). The wait took Friday 12-18 = 6 h and Tuesday
        // 09:00-10:30 = 1 h 30 min: 7 h 30 min. Remaining 2 h from 10:30: due Tuesday 12:30.
        Life h = new Life(BERLIN, OFFICE, "2026-05-22T10:00", 2).respondedWith("2026-05-22T10:10", "IN_PROGRESS")
                .status("2026-05-22T12:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-05-26T10:30", "IN_PROGRESS");
        SlaClock waiting = h.clock(RESOLUTION, "2026-05-22T15:00");
        assertEquals(ClockState.PAUSED, waiting.state());
        assertTrue(waiting.paused());
        assertNull(waiting.due());
        assertEquals(Duration.ofHours(2), waiting.elapsed());
        assertEquals(Duration.ofHours(2), waiting.remaining());

        SlaClock resumed = h.clock(RESOLUTION, "2026-05-26T11:00");
        assertEquals(ClockState.RUNNING, resumed.state());
        assertEquals(Duration.ofMinutes(150), resumed.elapsed());
        assertEquals(Duration.ofMinutes(450), resumed.pausedWorkingTime());
        assertEquals(Duration.ofMinutes(450), resumed.waitingOnCustomer());
        assertEquals(Duration.ZERO, resumed.waitingOnThirdParty());
        assertEquals(h.t("2026-05-26T12:30"), resumed.due());
    }

    @Test
    void aPauseThatStartsAndEndsOutsideHoursTakesNoWorkingTime() {
        // Monday 2 March 16:00, priority 2; third party from 19:00 to Tuesday 07:30: no working time.
        // Counted Monday 16-18 = 2 h; Tuesday 09:00-11:30 = 2 h 30 min: 4 h 30 min, over 4 h.
        // The run began Tuesday 07:30 with 2 h counted: deadline = due(07:30, 2 h) = 11:00.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T16:00", 2).respondedWith("2026-03-02T16:05", "IN_PROGRESS")
                .status("2026-03-02T19:00", "PASSED_TO_THIRD_PARTY").status("2026-03-03T07:30", "IN_PROGRESS")
                .status("2026-03-03T11:30", "RESOLVED");
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-03T12:00");
        assertEquals(ClockState.BREACHED, resolution.state());
        assertEquals(Duration.ofMinutes(270), resolution.elapsed());
        assertEquals(Duration.ZERO, resolution.pausedWorkingTime());
        assertEquals(Duration.ZERO, resolution.waitingOnThirdParty());
        assertEquals(h.t("2026-03-03T11:00"), resolution.breachedAt());
        assertEquals(h.t("2026-03-03T11:00"), resolution.due());
        assertEquals(h.t("2026-03-03T11:30"), resolution.stoppedAt());
    }

    @Test
    void severalPausesAreAttributedToTheCustomerAndTheThirdParty() {
        // Monday 2 March 09:00, priority 3 (16 h). Counted: 09-10 (1 h), 11-15 (4 h), Tuesday 10-12 (2 h),
        // Wednesday 09-16 (7 h) = 14 h. Waiting on the customer: Monday 10-11 (1 h), Monday 15-18 and
        // Tuesday 09-10 (4 h) = 5 h; on the third party Tuesday 12-18 = 6 h; Wednesday 09:00 resumes at the
        // opening. Met; the deadline when it stopped: 2 h left from Wednesday 16:00 = 18:00.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 3).respondedWith("2026-03-02T09:30", "IN_PROGRESS")
                .status("2026-03-02T10:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-03-02T11:00", "IN_PROGRESS")
                .status("2026-03-02T15:00", "CUSTOMER_TESTING").status("2026-03-03T10:00", "IN_PROGRESS")
                .status("2026-03-03T12:00", "PASSED_TO_THIRD_PARTY").status("2026-03-04T09:00", "IN_PROGRESS")
                .status("2026-03-04T16:00", "RESOLVED");
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-04T17:00");
        assertEquals(ClockState.MET, resolution.state());
        assertEquals(Duration.ofHours(14), resolution.elapsed());
        assertEquals(Duration.ofHours(11), resolution.pausedWorkingTime());
        assertEquals(Duration.ofHours(5), resolution.waitingOnCustomer());
        assertEquals(Duration.ofHours(6), resolution.waitingOnThirdParty());
        assertEquals(h.t("2026-03-04T18:00"), resolution.due());
        SlaClock response = h.clock(RESPONSE, "2026-03-04T17:00");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofMinutes(30), response.elapsed());
    }

    @Test
    void aPauseAtTheExactDeadlineResumedInTheEveningBreachesAtTheNextOpening() {
        // Monday 2 March 09:00, priority 1 (2 h); waiting from 11:00:00 with exactly 2 h counted: on time.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 1).respondedWith("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T11:00:00", "CLARIFICATION_WITH_CUSTOMER")
                .status("2026-03-02T19:00", "IN_PROGRESS").status("2026-03-03T09:00:30", "RESOLVED");
        SlaClock waiting = h.clock(RESOLUTION, "2026-03-02T15:00");
        assertEquals(ClockState.PAUSED, waiting.state());
        assertNull(waiting.breachedAt());
        assertEquals(Duration.ZERO, waiting.remaining());
        // The customer answers at 19:00: nothing counts until Tuesday 09:00, so still on time that evening.
        SlaClock evening = h.clock(RESOLUTION, "2026-03-02T20:00");
        assertEquals(ClockState.RUNNING, evening.state());
        assertEquals(h.t("2026-03-03T09:00"), evening.due(), "zero left from 19:00 is the next opening");
        assertEquals(h.t("2026-03-03T09:00"), evening.breachesAfter());
        // Resolved Tuesday 09:00:30: 2 h 30 s, over from the opening on.
        SlaClock resolved = h.clock(RESOLUTION, "2026-03-03T10:00");
        assertEquals(ClockState.BREACHED, resolved.state());
        assertEquals(Duration.ofSeconds(2 * 3600 + 30), resolved.elapsed());
        assertEquals(h.t("2026-03-03T09:00"), resolved.breachedAt());
    }

    @Test
    void aPauseStopsTheResponseClockToo() {
        // A model where a new ticket can wait on the customer without a response (e.g. an automatic request
        // for details): the response clock counts "except in pause statuses". Priority 2 (30 min).
        // 09:00-09:10 counts (10 min), 09:10-10:00 waits, 10:00-10:25 counts (25 min): 35 min, over 30.
        // The second run began 10:00 with 10 min counted: deadline 10:00 + 20 min = 10:20.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 2)
                .status("2026-03-02T09:10", "CLARIFICATION_WITH_CUSTOMER").status("2026-03-02T10:00", "NEW")
                .respondedWith("2026-03-02T10:25", "IN_PROGRESS");
        SlaClock response = h.clock(RESPONSE, "2026-03-02T11:00");
        assertEquals(ClockState.BREACHED, response.state());
        assertEquals(Duration.ofMinutes(35), response.elapsed());
        assertEquals(Duration.ofMinutes(50), response.pausedWorkingTime());
        assertEquals(h.t("2026-03-02T10:20"), response.breachedAt());
        assertEquals(h.t("2026-03-02T10:25"), response.stoppedAt());
    }

    // ---- priority, reopening, support lines -----------------------------------------------------------

    @Test
    void aPriorityRaisedAndLoweredMidClockKeepsTheCountedTime() {
        // Monday 2 March 09:00, priority 3; in progress 09:10; waiting 10:00-13:00; priority 2 at 14:00.
        // At 15:00: counted 09:00-10:00 + 13:00-15:00 = 3 h against 4 h; the run began 13:00 with 1 h counted,
        // so due = due(13:00, 3 h) = 16:00.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 3).respondedWith("2026-03-02T09:10", "IN_PROGRESS")
                .status("2026-03-02T10:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-03-02T13:00", "IN_PROGRESS")
                .priority("2026-03-02T14:00", 2);
        SlaClock raised = h.clock(RESOLUTION, "2026-03-02T15:00");
        assertEquals(ClockState.RUNNING, raised.state());
        assertEquals(Duration.ofHours(4), raised.target());
        assertEquals(Duration.ofHours(3), raised.elapsed());
        assertEquals(Duration.ofHours(1), raised.remaining());
        assertEquals(h.t("2026-03-02T16:00"), raised.due());
        // Lowered back to 3 at 15:00. At 15:30: 3 h 30 min of 16 h; due(13:00, 15 h): Monday 13-18 5 h,
        // Tuesday 9 h (14 h), Wednesday 1 h: Wednesday 10:00.
        h.priority("2026-03-02T15:00", 3);
        SlaClock lowered = h.clock(RESOLUTION, "2026-03-02T15:30");
        assertEquals(ClockState.RUNNING, lowered.state());
        assertEquals(Duration.ofHours(16), lowered.target());
        assertEquals(Duration.ofMinutes(210), lowered.elapsed());
        assertEquals(h.t("2026-03-04T10:00"), lowered.due());
        // The response came at 09:10 under priority 3 (2 h): settled, whatever the priority does later.
        SlaClock response = h.clock(RESPONSE, "2026-03-02T15:30");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofHours(2), response.target());
    }

    @Test
    void aPriorityRaisedDuringAWaitBreachesAtTheDeadlineCountedFromRegistration() {
        // The example of rule 1: priority 3 raised to 1 (2 h) after 2.5 working hours. Registered Monday 09:00,
        // waiting from 11:30, raised at 14:00 during the wait: breached, deadline 09:00 + 2 h = 11:00, and
        // still waiting.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 3).respondedWith("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T11:30", "CLARIFICATION_WITH_CUSTOMER").priority("2026-03-02T14:00", 1);
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-02T14:30");
        assertEquals(ClockState.BREACHED, resolution.state());
        assertTrue(resolution.paused());
        assertEquals(Duration.ofHours(2), resolution.target());
        assertEquals(Duration.ofMinutes(150), resolution.elapsed());
        assertEquals(h.t("2026-03-02T11:00"), resolution.breachedAt());
        assertEquals(h.t("2026-03-02T11:00"), resolution.due());
    }

    @Test
    void aPriorityRaisedAfterAWaitBreachesInTheRunThatWentOver() {
        // Priority 3: 09:00-10:00 counts (1 h), waiting 10:00-13:00, counting again from 13:00; raised to 1
        // (2 h) at 14:30 with 2 h 30 min counted. The first run ended at 1 h, so the second went over:
        // due(13:00, 2 h - 1 h) = 14:00.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 3).respondedWith("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T10:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-03-02T13:00", "IN_PROGRESS")
                .priority("2026-03-02T14:30", 1);
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-02T15:00");
        assertEquals(ClockState.BREACHED, resolution.state());
        assertEquals(Duration.ofHours(3), resolution.elapsed());
        assertEquals(h.t("2026-03-02T14:00"), resolution.breachedAt());
        assertEquals(h.t("2026-03-02T14:00"), resolution.due());
    }

    @Test
    void aPriorityRaisedToExactlyTheCountedTimeIsOnTimeAndOneSecondMoreIsNot() {
        // Priority 3 registered 09:00, raised to 1 (2 h) at 11:00:00 and resolved in that second: 2 h = 2 h.
        Life exact = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 3).respondedWith("2026-03-02T09:05", "IN_PROGRESS")
                .priority("2026-03-02T11:00:00", 1).status("2026-03-02T11:00:00", "RESOLVED");
        SlaClock met = exact.clock(RESOLUTION, "2026-03-02T12:00");
        assertEquals(ClockState.MET, met.state());
        assertEquals(Duration.ofHours(2), met.target());
        assertEquals(exact.t("2026-03-02T11:00"), met.due());
        Life over = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 3).respondedWith("2026-03-02T09:05", "IN_PROGRESS")
                .priority("2026-03-02T11:00:00", 1).status("2026-03-02T11:00:01", "RESOLVED");
        SlaClock breached = over.clock(RESOLUTION, "2026-03-02T12:00");
        assertEquals(ClockState.BREACHED, breached.state());
        assertEquals(over.t("2026-03-02T11:00"), breached.breachedAt());
    }

    @Test
    void aPriorityLoweredAfterTheBreachLeavesItBreached() {
        // Priority 1 registered Monday 09:00, breached at 11:00, lowered to 3 at 11:30, resolved 15:00.
        // Counted 6 h; the target shown is the one in force when it stopped (16 h), the breach stays.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 1).respondedWith("2026-03-02T09:05", "IN_PROGRESS")
                .priority("2026-03-02T11:30", 3).status("2026-03-02T15:00", "RESOLVED");
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-02T16:00");
        assertEquals(ClockState.BREACHED, resolution.state());
        assertEquals(Duration.ofHours(16), resolution.target());
        assertEquals(Duration.ofHours(6), resolution.elapsed());
        assertEquals(h.t("2026-03-02T11:00"), resolution.breachedAt());
        assertEquals(h.t("2026-03-02T11:00"), resolution.due());
        assertEquals(h.t("2026-03-02T15:00"), resolution.stoppedAt());
        SlaClock response = h.clock(RESPONSE, "2026-03-02T16:00");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofMinutes(15), response.target(), "priority 1's, in force at the response");
    }

    @Test
    void aReopenedTicketRunsOnFromWhatItHadCounted() {
        // Priority 2, registered Monday 09:00, resolved 11:00 (2 h): met, deadline then 11:00 + 2 h = 13:00.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 2).respondedWith("2026-03-02T09:10", "IN_PROGRESS")
                .status("2026-03-02T11:00", "RESOLVED").status("2026-03-03T10:00", "IN_PROGRESS")
                .status("2026-03-03T12:30", "RESOLVED");
        SlaClock met = h.clock(RESOLUTION, "2026-03-02T17:00");
        assertEquals(ClockState.MET, met.state());
        assertEquals(Duration.ofHours(2), met.elapsed());
        assertEquals(h.t("2026-03-02T13:00"), met.due());
        // Reopened Tuesday 10:00: at 11:00 3 h counted, due 10:00 + 2 h = 12:00; the resolved time did not count.
        SlaClock reopened = h.clock(RESOLUTION, "2026-03-03T11:00");
        assertEquals(ClockState.RUNNING, reopened.state());
        assertEquals(Duration.ofHours(3), reopened.elapsed());
        assertEquals(h.t("2026-03-03T12:00"), reopened.due());
        assertNull(reopened.stoppedAt());
        // Resolved again 12:30: 4 h 30 min, breached at 12:00.
        SlaClock breached = h.clock(RESOLUTION, "2026-03-03T13:00");
        assertEquals(ClockState.BREACHED, breached.state());
        assertEquals(Duration.ofMinutes(270), breached.elapsed());
        assertEquals(h.t("2026-03-03T12:00"), breached.breachedAt());
        assertEquals(h.t("2026-03-03T12:30"), breached.stoppedAt());
        SlaClock response = h.clock(RESPONSE, "2026-03-03T13:00");
        assertEquals(ClockState.MET, response.state(), "the response clock does not run again");
        assertEquals(h.t("2026-03-02T09:10"), response.stoppedAt());
    }

    @Test
    void aPriorityRaisedAfterAReopeningBreachesNoEarlierThanTheReopening() {
        // Priority 3 resolved Monday 11:30 with 2 h 30 min (met against 16 h), reopened 14:00, raised to 1 (2 h)
        // at 14:30. The met result before the reopening is settled; the breach a lowered target causes never
        // lies before the clock started counting again: 14:00. At 15:00: 2 h 30 min + 1 h.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 3).respondedWith("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T11:30", "RESOLVED").status("2026-03-02T14:00", "IN_PROGRESS")
                .priority("2026-03-02T14:30", 1);
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-02T15:00");
        assertEquals(ClockState.BREACHED, resolution.state());
        assertEquals(Duration.ofMinutes(210), resolution.elapsed());
        assertEquals(h.t("2026-03-02T14:00"), resolution.breachedAt());
        assertFalse(resolution.paused());
    }

    @Test
    void theHighestLineReachedKeepsItsExtension() {
        // Priority 2 (4 h), first line, second line at 10:00, third at 12:00, back to the first at 14:00:
        // the third line was reached, so 4 h + 9 h = 13 h. Tuesday 10:00: Monday 9 h + Tuesday 1 h = 10 h;
        // due = due(Monday 09:00, 13 h) = Tuesday 13:00. Per group: L1 09-10, 14-18, Tuesday 09-10 = 6 h;
        // L2 10-12 = 2 h; L3 12-14 = 2 h.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 2).respondedWith("2026-03-02T09:10", "IN_PROGRESS")
                .group("2026-03-02T10:00", "L2", 2).group("2026-03-02T12:00", "L3", 3)
                .group("2026-03-02T14:00", "L1", 1);
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-03T10:00");
        assertEquals(ClockState.RUNNING, resolution.state());
        assertEquals(Duration.ofHours(13), resolution.target());
        assertEquals(Duration.ofHours(10), resolution.elapsed());
        assertEquals(h.t("2026-03-03T13:00"), resolution.due());
        assertEquals(Map.of("L1", Duration.ofHours(6), "L2", Duration.ofHours(2), "L3", Duration.ofHours(2)),
                resolution.workingTimeByGroup());
        assertEquals(Duration.ofMinutes(30), h.clock(RESPONSE, "2026-03-03T10:00").target(),
                "the extension never applies to the response");
    }

    // ---- daylight saving, other weekends, calendar versions ---------------------------------------------

    @Test
    void aTwentyFourSevenClockCountsRealTimeOverTheEuropeanSpringForward() {
        // Berlin 24/7. Saturday 28 March 20:00+01:00 (19:00Z), priority 3 (16 h real time): 19:00Z + 16 h =
        // 29 March 11:00Z = 13:00+02:00; on the wall clock 17 hours later, the night lost an hour.
        Life h = new Life(BERLIN, BERLIN_24_7, "2026-03-28T20:00+01:00", 3);
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-29T05:00+02:00");
        assertEquals(Duration.ofHours(8), resolution.elapsed(), "19:00Z to 03:00Z");
        assertEquals(h.t("2026-03-29T13:00+02:00"), resolution.due());
        // Priority 2 at 00:30+01:00 (23:30Z): 4 h later is 03:30Z = 05:30+02:00.
        Life early = new Life(BERLIN, BERLIN_24_7, "2026-03-29T00:30+01:00", 2);
        SlaClock clock = early.clock(RESOLUTION, "2026-03-29T05:00+02:00");
        assertEquals(Duration.ofMinutes(210), clock.elapsed());
        assertEquals(early.t("2026-03-29T05:30+02:00"), clock.due());
    }

    @Test
    void aTwentyFourSevenClockCountsRealTimeOverTheEuropeanFallBack() {
        // Sunday 25 October 00:30+02:00 (24 October 22:30Z), priority 2: due 02:30Z = 03:30+01:00, on the wall
        // clock 3 hours later. Resolved at 03:30+01:00: exactly 4 h, met.
        Life h = new Life(BERLIN, BERLIN_24_7, "2026-10-25T00:30+02:00", 2)
                .respondedWith("2026-10-25T00:40+02:00", "IN_PROGRESS").status("2026-10-25T03:30+01:00", "RESOLVED");
        SlaClock resolution = h.clock(RESOLUTION, "2026-10-25T04:00+01:00");
        assertEquals(ClockState.MET, resolution.state());
        assertEquals(Duration.ofHours(4), resolution.elapsed());
        assertEquals(h.t("2026-10-25T03:30+01:00"), resolution.due());
        // Priority 3 from Saturday 20:00+02:00 (18:00Z): 16 h real, 10:00Z = 11:00+01:00 (15 wall-clock hours).
        Life night = new Life(BERLIN, BERLIN_24_7, "2026-10-24T20:00+02:00", 3);
        assertEquals(night.t("2026-10-25T11:00+01:00"), night.clock(RESOLUTION, "2026-10-25T01:00+02:00").due());
    }

    @Test
    void aTwentyFourSevenClockInNewYorkOverBothTransitions() {
        // Sunday 8 March 01:30-05:00 (06:30Z), priority 1: due 08:30Z = 04:30-04:00. At 04:00-04:00 (08:00Z):
        // 1 h 30 min counted.
        Life spring = new Life(NEW_YORK, NEW_YORK_24_7, "2026-03-08T01:30-05:00", 1);
        SlaClock running = spring.clock(RESOLUTION, "2026-03-08T04:00-04:00");
        assertEquals(ClockState.RUNNING, running.state());
        assertEquals(Duration.ofMinutes(90), running.elapsed());
        assertEquals(spring.t("2026-03-08T04:30-04:00"), running.due());
        // Sunday 1 November 00:30-04:00 (04:30Z), priority 2: due 08:30Z = 03:30-05:00; resolved a second later.
        Life fall = new Life(NEW_YORK, NEW_YORK_24_7, "2026-11-01T00:30-04:00", 2)
                .respondedWith("2026-11-01T00:35-04:00", "IN_PROGRESS")
                .status("2026-11-01T03:30:01-05:00", "RESOLVED");
        SlaClock late = fall.clock(RESOLUTION, "2026-11-01T05:00-05:00");
        assertEquals(ClockState.BREACHED, late.state());
        assertEquals(Duration.ofSeconds(4 * 3600 + 1), late.elapsed());
        assertEquals(fall.t("2026-11-01T03:30-05:00"), late.breachedAt());
    }

    @Test
    void nightShiftsOverTransitionsAtMidnightInSantiago() {
        // Santiago: Saturday 20:00-24:00 and Sunday 00:00-06:00 only. On 6 September 2026 the clocks jump
        // from 00:00 to 01:00: Saturday 20:00-04:00 (00:00Z) to the jump (04:00Z) = 4 h, Sunday from the jump
        // to 06:00-03:00 (09:00Z) = 5 h: 9 h that night. Priority 3 (16 h) from Saturday 20:00: 9 h, then the
        // next Saturday 20:00-24:00 (13 h) and Sunday 13 September 00:00-03:00: due 03:00-03:00.
        ZoneId santiago = ZoneId.of("America/Santiago");
        ServiceCalendar nights = ClockFixture.calendar(CalendarRules.of(santiago,
                CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1)).weeklyHours(WeeklyHours.builder()
                        .on(DayOfWeek.SATURDAY, "20:00-24:00").on(DayOfWeek.SUNDAY, "00:00-06:00").build()).build()));
        Life spring = new Life(santiago, nights, "2026-09-05T20:00-04:00", 3);
        SlaClock sunday = spring.clock(RESOLUTION, "2026-09-06T07:00-03:00");
        assertEquals(Duration.ofHours(9), sunday.elapsed());
        assertEquals(spring.t("2026-09-13T03:00-03:00"), sunday.due());
        // On 5 April 2026 midnight comes twice: 24:00 on Saturday falls back to 23:00. Priority 2 (4 h) from
        // Saturday 22:00-03:00 (01:00Z): 4 h of real time is 05:00Z = Sunday 01:00-04:00. At 00:30-04:00
        // (04:30Z): 3 h 30 min.
        Life fall = new Life(santiago, nights, "2026-04-04T22:00-03:00", 2);
        SlaClock night = fall.clock(RESOLUTION, "2026-04-05T00:30-04:00");
        assertEquals(Duration.ofMinutes(210), night.elapsed());
        assertEquals(fall.t("2026-04-05T01:00-04:00"), night.due());
    }

    @Test
    void aTwentyFourSevenCalendarWithAHolidayHasAClosingTimeAtMidnight() {
        // Berlin, every day 00:00-24:00 but New Year's Day 2027. Priority 1 from 31 December 22:00: 2 h run out
        // at 24:00, a closing time. On time all through the holiday, breached from 2 January 00:00.
        ServiceCalendar allYear = ClockFixture.calendar(CalendarRules.of(BERLIN,
                CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1)).weeklyHours(WeeklyHours.allDayEveryDay())
                        .holiday(LocalDate.of(2027, 1, 1)).build()));
        Life h = new Life(BERLIN, allYear, "2026-12-31T22:00", 1);
        SlaClock holiday = h.clock(RESOLUTION, "2027-01-01T12:00");
        assertEquals(ClockState.RUNNING, holiday.state());
        assertEquals(Duration.ofHours(2), holiday.elapsed());
        assertEquals(h.t("2027-01-01T00:00"), holiday.due());
        assertEquals(h.t("2027-01-02T00:00"), holiday.breachesAfter());
        SlaClock after = h.clock(RESOLUTION, "2027-01-02T00:00:01");
        assertEquals(ClockState.BREACHED, after.state());
        assertEquals(h.t("2027-01-02T00:00"), after.breachedAt());
        // Priority 2 (4 h): 2 h on 31 December, 2 h on 2 January: due 02:00.
        assertEquals(h.t("2027-01-02T02:00"), new Life(BERLIN, allYear, "2026-12-31T22:00", 2)
                .clock(RESOLUTION, "2027-01-01T12:00").due());
    }

    @Test
    void aFridaySaturdayWeekend() {
        // Riyadh, Sunday to Thursday 08:00-17:00. Thursday 5 March 15:00, priority 2: Thursday 15-17 = 2 h,
        // Friday and Saturday off, Sunday 08-10 = 2 h: due Sunday 8 March 10:00+03:00.
        Life h = new Life(RIYADH, RIYADH_OFFICE, "2026-03-05T15:00", 2)
                .respondedWith("2026-03-05T15:20", "IN_PROGRESS")
                .status("2026-03-08T09:59:59", "RESOLVED");
        SlaClock saturday = h.clock(RESOLUTION, "2026-03-07T12:00");
        assertEquals(ClockState.RUNNING, saturday.state());
        assertEquals(Duration.ofHours(2), saturday.elapsed());
        assertEquals(h.t("2026-03-08T10:00"), saturday.due());
        // Resolved Sunday 09:59:59: 3 h 59 min 59 s, met; the deadline then: 1 s from 09:59:59 = 10:00.
        SlaClock met = h.clock(RESOLUTION, "2026-03-08T12:00");
        assertEquals(ClockState.MET, met.state());
        assertEquals(Duration.ofSeconds(4 * 3600 - 1), met.elapsed());
        assertEquals(h.t("2026-03-08T10:00"), met.due());
        assertEquals(Duration.ofMinutes(20), h.clock(RESPONSE, "2026-03-08T12:00").elapsed());
    }

    @Test
    void aCalendarVersionTakingEffectMidTicketCountsItsOwnHours() {
        // Tuesday 3 March 14:00 (version 1, 09-18), priority 3 (16 h). Tuesday 14-18 = 4 h; from Wednesday
        // version 2 (08-12, 13-17): Wednesday 8 h (12 h), Thursday 08-12 4 h: due Thursday 12:00, a closing time.
        Life h = new Life(BERLIN, VERSIONED, "2026-03-03T14:00", 3).respondedWith("2026-03-03T14:05", "IN_PROGRESS");
        SlaClock wednesday = h.clock(RESOLUTION, "2026-03-04T12:30");
        assertEquals(ClockState.RUNNING, wednesday.state());
        assertEquals(Duration.ofHours(8), wednesday.elapsed(), "Tuesday 4 h, Wednesday 08-12");
        assertEquals(h.t("2026-03-05T12:00"), wednesday.due());
        assertEquals(List.of(1, 2), wednesday.calendarVersions());
        // Thursday 12:30, over lunch: 16 h exactly, still on time until the 13:00 opening.
        SlaClock lunch = h.clock(RESOLUTION, "2026-03-05T12:30");
        assertEquals(ClockState.RUNNING, lunch.state());
        assertEquals(Duration.ZERO, lunch.remaining());
        assertEquals(h.t("2026-03-05T13:00"), lunch.breachesAfter());
        SlaClock after = h.clock(RESOLUTION, "2026-03-05T13:00:01");
        assertEquals(ClockState.BREACHED, after.state());
        assertEquals(h.t("2026-03-05T13:00"), after.breachedAt());
        assertEquals(h.t("2026-03-05T12:00"), after.due());
        // The response, met at 14:05 on Tuesday with its deadline 16:00 that day, used version 1 only.
        assertEquals(List.of(1), h.clock(RESPONSE, "2026-03-05T13:00:01").calendarVersions());
    }

    @Test
    void aDeadlineAtALunchBreakIsOnTimeUntilTheAfternoonOpening() {
        // 09:00-13:00, 14:00-18:00. Monday 09:00, priority 2: due 13:00, a closing time.
        Life onTime = new Life(BERLIN, SPLIT, "2026-03-02T09:00", 2).respondedWith("2026-03-02T09:10", "IN_PROGRESS")
                .status("2026-03-02T14:00:00", "RESOLVED");
        SlaClock lunch = onTime.clock(RESOLUTION, "2026-03-02T13:30");
        assertEquals(ClockState.RUNNING, lunch.state());
        assertEquals(Duration.ofHours(4), lunch.elapsed());
        assertEquals(onTime.t("2026-03-02T13:00"), lunch.due());
        SlaClock met = onTime.clock(RESOLUTION, "2026-03-02T15:00");
        assertEquals(ClockState.MET, met.state(), "resolved at 14:00:00 with 4 h counted");
        assertEquals(onTime.t("2026-03-02T13:00"), met.due());
        Life late = new Life(BERLIN, SPLIT, "2026-03-02T09:00", 2).respondedWith("2026-03-02T09:10", "IN_PROGRESS")
                .status("2026-03-02T14:00:01", "RESOLVED");
        SlaClock breached = late.clock(RESOLUTION, "2026-03-02T15:00");
        assertEquals(ClockState.BREACHED, breached.state());
        assertEquals(late.t("2026-03-02T14:00"), breached.breachedAt());
        assertEquals(late.t("2026-03-02T13:00"), breached.due());

        // Registered in the lunch break, 13:30, priority 1: counting from 14:00; response 14:15:00 exactly on
        // time, resolution due 16:00.
        Life lunchTime = new Life(BERLIN, SPLIT, "2026-03-02T13:30", 1)
                .respondedWith("2026-03-02T14:15:00", "IN_PROGRESS");
        assertEquals(ClockState.MET, lunchTime.clock(RESPONSE, "2026-03-02T15:00").state());
        assertEquals(lunchTime.t("2026-03-02T16:00"), lunchTime.clock(RESOLUTION, "2026-03-02T15:00").due());
    }

    // ---- time in status, cancellation and the end of monitoring ------------------------------------------

    @Test
    void timeInStatusLimitsCountWaitingStatusesAndEveryStay() {
        // Priority 2 with limits NEW 15 min, IN_PROGRESS 3 h, CLARIFICATION_WITH_CUSTOMER 8 h.
        // NEW 09:00-09:10 (met); IN_PROGRESS 09:10-10:10 (1 h); waiting Monday 10:10-18:00 (7 h 50 min) and
        // Tuesday 09:00-10:10 (1 h 10 min) = 9 h: over 8 h at due(Monday 10:10, 8 h) = Tuesday 09:10.
        // IN_PROGRESS again Tuesday 10:10-12:30 (2 h 20 min): 3 h 20 min, over 3 h at due(10:10, 2 h) = 12:10.
        // Resolution: 1 h 10 min + 2 h 20 min = 3 h 30 min, met; deadline then 12:30 + 30 min = 13:00.
        AgreementTerms terms = ClockFixture.terms(List.of(new StatusLimit(2, "NEW", Duration.ofMinutes(15)),
                new StatusLimit(2, "IN_PROGRESS", Duration.ofHours(3)),
                new StatusLimit(2, "CLARIFICATION_WITH_CUSTOMER", Duration.ofHours(8))));
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 2).under(terms)
                .respondedWith("2026-03-02T09:10", "IN_PROGRESS")
                .status("2026-03-02T10:10", "CLARIFICATION_WITH_CUSTOMER").status("2026-03-03T10:10", "IN_PROGRESS")
                .status("2026-03-03T12:30", "RESOLVED");
        SlaClock inNew = h.clock("status:NEW", "2026-03-03T13:00");
        assertEquals(ClockState.MET, inNew.state());
        assertEquals(Duration.ofMinutes(10), inNew.elapsed());
        SlaClock waiting = h.clock("status:CLARIFICATION_WITH_CUSTOMER", "2026-03-03T13:00");
        assertEquals(ClockState.BREACHED, waiting.state());
        assertEquals(Duration.ofHours(9), waiting.elapsed());
        assertEquals(h.t("2026-03-03T09:10"), waiting.breachedAt());
        assertEquals(h.t("2026-03-03T10:10"), waiting.stoppedAt());
        SlaClock inProgress = h.clock("status:IN_PROGRESS", "2026-03-03T13:00");
        assertEquals(ClockState.BREACHED, inProgress.state());
        assertEquals(Duration.ofMinutes(200), inProgress.elapsed());
        assertEquals(h.t("2026-03-03T12:10"), inProgress.breachedAt());
        assertEquals(h.t("2026-03-03T12:30"), inProgress.stoppedAt());
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-03T13:00");
        assertEquals(ClockState.MET, resolution.state());
        assertEquals(Duration.ofMinutes(210), resolution.elapsed());
        assertEquals(h.t("2026-03-03T13:00"), resolution.due());
    }

    @Test
    void aTicketCancelledWhileWaitingIsCancelledAtThatInstant() {
        // Priority 2: counted 09:00-10:00, waiting 10:00 to Tuesday 10:00 (Monday 8 h + Tuesday 1 h = 9 h),
        // cancelled by the customer then: cancelled, 1 h counted, no deadline.
        Life h = new Life(BERLIN, OFFICE, "2026-03-02T09:00", 2).respondedWith("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T10:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-03-03T10:00", "CANCELLED");
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-03T12:00");
        assertEquals(ClockState.CANCELLED, resolution.state());
        assertEquals(Duration.ofHours(1), resolution.elapsed());
        assertEquals(Duration.ofHours(9), resolution.pausedWorkingTime());
        assertEquals(h.t("2026-03-03T10:00"), resolution.stoppedAt());
        assertNull(resolution.due());
        assertFalse(resolution.paused());
    }

    @Test
    void monitoringEndingDuringAWaitStopsTheClockAtMidnight() {
        // Agreement valid until 30 September. Wednesday 30 September 14:00, priority 2; waiting from 16:00
        // (2 h counted); monitoring ends at 1 October 00:00: stopped then, 2 h counted, not waiting any more.
        Life h = new Life(BERLIN, OFFICE, "2026-09-30T14:00", 2).respondedWith("2026-09-30T14:05", "IN_PROGRESS")
                .status("2026-09-30T16:00", "CLARIFICATION_WITH_CUSTOMER");
        SlaClock resolution = h.clock(RESOLUTION, "2026-10-02T12:00", h.t("2026-10-01T00:00"));
        assertEquals(ClockState.STOPPED, resolution.state());
        assertEquals(Duration.ofHours(2), resolution.elapsed());
        assertEquals(h.t("2026-10-01T00:00"), resolution.stoppedAt());
        assertFalse(resolution.paused());
        assertNull(resolution.due());
    }

    /** A ticket's life in one zone: status, group and line, priority and the first response from instants on. */
    private static final class Life {
        private final ZoneId zone;
        private final ServiceCalendar calendar;
        private final Instant registeredAt;
        private final List<Phase> phases = new ArrayList<>();
        private AgreementTerms terms = ClockFixture.terms();

        Life(ZoneId zone, ServiceCalendar calendar, String registered, int priority) {
            this.zone = zone;
            this.calendar = calendar;
            this.registeredAt = t(registered);
            phases.add(new Phase(registeredAt, "NEW", StatusCategory.NEW, "L1", 1, priority, false));
        }

        /** A local time in the zone, or an offset date-time for the hours a transition repeats or skips. */
        Instant t(String time) {
            try {
                return OffsetDateTime.parse(time).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(time).atZone(zone).toInstant();
            }
        }

        private Phase last() {
            return phases.get(phases.size() - 1);
        }

        Life under(AgreementTerms other) {
            terms = other;
            return this;
        }

        Life status(String time, String status) {
            Phase p = last();
            phases.add(new Phase(t(time), status, ClockFixture.category(status), p.group(), p.lineLevel(),
                    p.priority(), p.responded()));
            return this;
        }

        /** Staff move the ticket at {@code time}, which is its first response. */
        Life respondedWith(String time, String status) {
            Phase p = last();
            phases.add(new Phase(t(time), status, ClockFixture.category(status), p.group(), p.lineLevel(),
                    p.priority(), true));
            return this;
        }

        Life priority(String time, int priority) {
            Phase p = last();
            phases.add(new Phase(t(time), p.status(), p.category(), p.group(), p.lineLevel(), priority,
                    p.responded()));
            return this;
        }

        Life group(String time, String group, int line) {
            Phase p = last();
            phases.add(new Phase(t(time), p.status(), p.category(), group, line, p.priority(), p.responded()));
            return this;
        }

        SlaClock clock(String metric, String now) {
            return clock(metric, now, null);
        }

        SlaClock clock(String metric, String now, Instant monitoringEnd) {
            Instant at = t(now);
            ClockCalculator.TicketHistory history = new ClockCalculator.TicketHistory(registeredAt,
                    phases.stream().filter(p -> !p.from().isAfter(at)).toList());
            return ClockCalculator.clocks(history, terms, calendar, at, monitoringEnd).stream()
                    .filter(c -> c.metric().equals(metric)).findFirst()
                    .orElseThrow(() -> new AssertionError("no clock " + metric));
        }
    }
}
