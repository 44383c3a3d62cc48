package org.servicelevel.domain.model.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.Phase;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.model.agreement.TimeBasis;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * Hand-computed worked examples of the escalation plan against the rules of escalation.
 *
 * <p>Calendar: Europe/Berlin, Monday-Friday 09:00-17:00 (8 working hours a day), Friday 13 November
 * 2026 a holiday. November 2026: Mon 2, Thu 5, Fri 6, Mon 9, Wed 11, Thu 12, Fri 13 (holiday), Mon 16.
 * No DST change in November (CET, UTC+1 throughout).
 *
 * <p>Agreement: P1 response 15 min / resolution 4 h; P2 response 1 h / resolution 8 h; P3 response
 * 4 h / resolution 16 h. Time-in-status: P2 NEW at most 30 min. Default pause statuses
 * (CLARIFICATION_WITH_CUSTOMER, ...).
 */
class EscalationWorkedExamplesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 13);
    private static final CalendarRules RULES = CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-17:00")).holiday(HOLIDAY).build());
    private static final WorkCalendar ENGINE = WorkCalendar.of(RULES);
    private static final ServiceCalendar CALENDAR = new ServiceCalendar() {
        @Override
        public long id() {
            return 1;
        }

        @Override
        public String name() {
            return "Office";
        }

        @Override
        public WorkCalendar engine() {
            return ENGINE;
        }

        @Override
        public int versionOn(LocalDate date) {
            return 1;
        }
    };
    private static final AgreementTerms TERMS = new AgreementTerms(null, null, null,
            List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null, null, List.of())),
            List.of(prio(1, "PT15M", "PT4H"), prio(2, "PT1H", "PT8H"), prio(3, "PT4H", "PT16H")), null,
            List.of(new StatusLimit(2, "NEW", Duration.ofMinutes(30))), null, List.of(), null, null, null, 0, null,
            null, null, List.of(), List.of());

    private static final EscalationAction ASSIGNEE = EscalationAction.notify("ASSIGNEE");

    // =================================================================================================
    // (1) resolution 16 working hours, shares and offsets
    // =================================================================================================

    @Test
    void s1_resolution16hFromThursday1500_sharesWorkingAndRealOffsets() {
        // P3 (16 h) registered Thu 5 Nov 15:00.
        // Working time: Thu 15-17 = 2 h; Fri 6 = 8 h (10 h); Mon 9 09:00 + 6 h = Mon 15:00 -> due Mon 9 Nov 15:00.
        //  50 % = 8 h    : Thu 2 h + Fri 6 h -> Fri 6 Nov 15:00
        //  80 % = 12h48m : Thu 2 h + Fri 8 h = 10 h, Mon 09:00 + 2h48m -> Mon 9 Nov 11:48
        //  -PT8H (work)  : E = 8 h -> Fri 6 Nov 15:00
        //  breach/100 %  : first instant E > 16 h -> Mon 15:00:01
        //  PT1H (work)   : E = 17 h -> Mon 16:00
        //  PT3H (work)   : E = 19 h -> Mon 17:00 gives 18 h, Tue 10 Nov 09:00 + 1 h -> Tue 10:00
        //  PT30M (real)  : Mon 15:00 + 30 min wall clock -> Mon 15:30
        //  -P1D (real)   : Sun 8 Nov 15:00
        Ticket t = new Ticket("2026-11-05T15:00", 3).status("2026-11-05T15:00", "IN_PROGRESS");
        assertEquals(at("2026-11-09T15:00"), t.clock("resolution", "2026-11-05T15:00").due());
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("half", "50%", ASSIGNEE),
                new EscalationStep("warning", "80%", ASSIGNEE),
                new EscalationStep("working day before", "-PT8H", ASSIGNEE),
                new EscalationStep("hour after", "PT1H", EscalationAction.notify("GROUP_LEAD")),
                new EscalationStep("three hours after", "PT3H", EscalationAction.of(EscalationActionType.RAISE_PRIORITY)),
                new EscalationStep("half hour after real", "PT30M", TimeBasis.REAL, null,
                        List.of(EscalationAction.notify("AGREEMENT_OWNER", "CUSTOMER_COORDINATOR"))),
                new EscalationStep("real day before", "-P1D", TimeBasis.REAL, null, List.of(ASSIGNEE)))));
        assertEquals(List.of(
                        "-1/breach#0@2026-11-09T15:00:01",
                        "0/half#0@2026-11-06T15:00",
                        "1/warning#0@2026-11-09T11:48",
                        "2/working day before#0@2026-11-06T15:00",
                        "3/hour after#0@2026-11-09T16:00",
                        "4/three hours after#0@2026-11-10T10:00",
                        "5/half hour after real#0@2026-11-09T15:30",
                        "6/real day before#0@2026-11-08T15:00"),
                sortedByIndex(plan(t, "2026-11-05T15:00", rules, 3, List.of()), "resolution"));
    }

    @Test
    void s1b_aWorkingDayBeforeMondayNoonIsFridayNoon() {
        // P3 (16 h) registered Thu 5 Nov 12:00: Thu 12-17 = 5 h, Fri 8 h (13 h), Mon 09-12 = 3 h -> Mon 9 Nov 12:00.
        //  -PT8H (one working day of this calendar): E = 8 h -> Thu 5 h + Fri 3 h -> Fri 6 Nov 12:00
        //  -PT3H : E = 13 h -> Fri 17:00 (the counting reaches 13 h at closing time)
        //  -P1D real: Sun 8 Nov 12:00
        Ticket t = new Ticket("2026-11-05T12:00", 3).status("2026-11-05T12:00", "IN_PROGRESS");
        assertEquals(at("2026-11-09T12:00"), t.clock("resolution", "2026-11-05T12:00").due());
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("working day before", "-PT8H", ASSIGNEE),
                new EscalationStep("three hours before", "-PT3H", ASSIGNEE),
                new EscalationStep("real day before", "-P1D", TimeBasis.REAL, null, List.of(ASSIGNEE)))));
        assertEquals(List.of("-1/breach#0@2026-11-09T12:00:01", "0/working day before#0@2026-11-06T12:00",
                        "1/three hours before#0@2026-11-06T17:00", "2/real day before#0@2026-11-08T12:00"),
                sortedByIndex(plan(t, "2026-11-05T12:00", rules, 3, List.of()), "resolution"));
    }

    @Test
    void s1c_aWorkingDayBeforeMondayNoonAfterAHolidayFridayIsThursdayNoon() {
        // P3 (16 h) registered Wed 11 Nov 12:00: Wed 5 h, Thu 8 h (13 h), Fri 13 holiday, Mon 16 09-12 3 h -> Mon 16 Nov 12:00
        //  -PT8H : E = 8 h -> Wed 5 h + Thu 3 h -> Thu 12 Nov 12:00 (the holiday is not a working day)
        //  -P1D real: Sun 15 Nov 12:00
        //  80 % = 12h48m -> Thu 12 Nov 16:48
        Ticket t = new Ticket("2026-11-11T12:00", 3).status("2026-11-11T12:00", "IN_PROGRESS");
        assertEquals(at("2026-11-16T12:00"), t.clock("resolution", "2026-11-11T12:00").due());
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("warning", "80%", ASSIGNEE),
                new EscalationStep("working day before", "-PT8H", ASSIGNEE),
                new EscalationStep("real day before", "-P1D", TimeBasis.REAL, null, List.of(ASSIGNEE)))));
        assertEquals(List.of("-1/breach#0@2026-11-16T12:00:01", "0/warning#0@2026-11-12T16:48",
                        "1/working day before#0@2026-11-12T12:00", "2/real day before#0@2026-11-15T12:00"),
                sortedByIndex(plan(t, "2026-11-11T12:00", rules, 3, List.of()), "resolution"));
    }

    // =================================================================================================
    // (2) critical response 15 min / 30 min, priority raise re-plans
    // =================================================================================================

    private static final List<EscalationRule> RESPONSE_RULES = List.of(
            new EscalationRule("response", null, List.of(new EscalationStep("breach", "100%",
                    EscalationAction.notify("AGREEMENT_OWNER", "CUSTOMER_COORDINATOR")))),
            new EscalationRule("response", 1, List.of(
                    new EscalationStep("to lead", "100%", EscalationAction.notify("GROUP_LEAD")),
                    new EscalationStep("second line", "PT15M", EscalationAction.of(EscalationActionType.MOVE_TO_NEXT_LINE)))));

    @Test
    void s2_criticalNotTakenIn15MinGoesToLeadAndAt30MinToSecondLine() {
        // P1 registered Tue 3 Nov 14:20, response 15 min -> due 14:35; breach 14:35:01 (lead);
        // PT15M working -> E = 30 min -> 14:50 (second line).
        Ticket t = new Ticket("2026-11-03T14:20", 1);
        assertEquals(List.of("-1/breach#0@2026-11-03T14:35:01", "0/to lead#0@2026-11-03T14:35:01",
                "1/second line#0@2026-11-03T14:50"), sortedByIndex(plan(t, "2026-11-03T14:20", RESPONSE_RULES, 1,
                List.of()), "response"));
        // taken at 14:40 (after the lead step fired): the second-line step no longer holds
        Ticket taken = new Ticket("2026-11-03T14:20", 1).responded("2026-11-03T14:40");
        List<FiredStep> fired = List.of(new FiredStep("response", -1, "breach", "100%", 0, at("2026-11-03T14:35:01")),
                new FiredStep("response", 0, "to lead", "100%", 0, at("2026-11-03T14:35:01")));
        assertEquals(List.of(), sortedByIndex(plan(taken, "2026-11-03T14:50", RESPONSE_RULES, 1, fired), "response"));
    }

    @Test
    void s2b_criticalRegisteredJustBeforeClosing() {
        // P1 registered Tue 3 Nov 16:45: 15 min -> 17:00 exactly (closing) = due.
        // E > 15 min first at Wed 4 Nov 09:00:01 -> breach and lead step 09:00:01; PT15M working -> E = 30 min -> Wed 09:15.
        Ticket t = new Ticket("2026-11-03T16:45", 1);
        assertEquals(at("2026-11-03T17:00"), t.clock("response", "2026-11-03T16:45").due());
        assertEquals(List.of("-1/breach#0@2026-11-04T09:00:01", "0/to lead#0@2026-11-04T09:00:01",
                "1/second line#0@2026-11-04T09:15"), sortedByIndex(plan(t, "2026-11-03T16:45", RESPONSE_RULES, 1,
                List.of()), "response"));
    }

    @Test
    void s2c_aPriorityRaiseReplansOnTheRaisedPrioritysRule() {
        // P2 registered Mon 2 Nov 10:00 (response 1 h -> 11:00): rule for all priorities, breach step 11:00:01.
        Ticket t = new Ticket("2026-11-02T10:00", 2).priority("2026-11-02T10:05", 1);
        assertEquals(List.of("-1/breach#0@2026-11-02T11:00:01", "0/breach#0@2026-11-02T11:00:01"),
                sortedByIndex(plan(t, "2026-11-02T10:00", RESPONSE_RULES, 2, List.of()), "response"));
        // raised to P1 at 10:05: 15 min from registration -> 10:15; breach/lead 10:15:01; second line E = 30 min -> 10:30
        assertEquals(List.of("-1/breach#0@2026-11-02T10:15:01", "0/to lead#0@2026-11-02T10:15:01",
                "1/second line#0@2026-11-02T10:30"), sortedByIndex(plan(t, "2026-11-02T10:05", RESPONSE_RULES, 1,
                List.of()), "response"));
    }

    // =================================================================================================
    // (3) repetition every 2 hours while breached, across a night
    // =================================================================================================

    private static final List<EscalationRule> REPEAT_RULES = List.of(new EscalationRule("resolution", null, List.of(
            new EscalationStep("breach working", "100%", TimeBasis.WORKING, Duration.ofHours(2), List.of(ASSIGNEE)),
            new EscalationStep("hour after real", "PT1H", TimeBasis.REAL, Duration.ofHours(2),
                    List.of(EscalationAction.notify("AGREEMENT_OWNER"))),
            new EscalationStep("hour after working", "PT1H", TimeBasis.WORKING, Duration.ofHours(2),
                    List.of(EscalationAction.notify("GROUP"))))));

    /** P1 (resolution 4 h) registered Mon 2 Nov 11:00 -> due Mon 15:00, breach 15:00:01. */
    private static Ticket repeating() {
        return new Ticket("2026-11-02T11:00", 1).status("2026-11-02T11:00", "IN_PROGRESS")
                .responded("2026-11-02T11:05");
    }

    @Test
    void s3_firstOccurrences() {
        // breach 15:00:01; step 0 (100 %) 15:00:01; step 1 real: 15:00 + 1 h = 16:00; step 2 working: E = 5 h -> 16:00
        assertEquals(List.of("-1/breach#0@2026-11-02T15:00:01", "0/breach working#0@2026-11-02T15:00:01",
                "1/hour after real#0@2026-11-02T16:00", "2/hour after working#0@2026-11-02T16:00"),
                sortedByIndex(plan(repeating(), "2026-11-02T11:00", REPEAT_RULES, 1, List.of()), "resolution"));
    }

    @Test
    void s3_workingRepetitionCrossesTheNight() {
        // step 0 fired at 15:00:01. Next: 2 working hours after 15:00:01 -> 1h59m59s left on Monday (to 17:00),
        // then Tue 3 Nov 09:00:01. (E = T + 2 h = 6 h is reached Mon 17:00 -- earlier, so the spacing rule decides.)
        List<FiredStep> fired = List.of(fired(-1, "breach", "100%", 0, "2026-11-02T15:00:01"),
                fired(0, "breach working", "100%", 0, "2026-11-02T15:00:01"));
        assertEquals(List.of("0/breach working#1@2026-11-03T09:00:01"),
                only(plan(repeating(), "2026-11-02T15:00:01", REPEAT_RULES, 1, fired), 0));
        // fired on time at Tue 09:00:01 -> next 2 working hours later: Tue 11:00:01
        List<FiredStep> fired2 = new ArrayList<>(fired);
        fired2.add(fired(0, "breach working", "100%", 1, "2026-11-03T09:00:01"));
        assertEquals(List.of("0/breach working#2@2026-11-03T11:00:01"),
                only(plan(repeating(), "2026-11-03T09:00:01", REPEAT_RULES, 1, fired2), 0));
        // fired late at Tue 10:30 instead (server down): one late notice, the next 2 working hours after it: 12:30
        List<FiredStep> late = new ArrayList<>(fired);
        late.add(new FiredStep("resolution", 0, "breach working", "100%", 1, at("2026-11-03T09:00:01"),
                at("2026-11-03T10:30")));
        assertEquals(List.of("0/breach working#2@2026-11-03T12:30"),
                only(plan(repeating(), "2026-11-03T10:30", REPEAT_RULES, 1, late), 0));
    }

    @Test
    void s3_workingOffsetRepetitionCrossesTheNight() {
        // step 2 (PT1H working) fired Mon 16:00 (E = 5 h). Next: 2 working hours later: Mon 16-17 (1 h), Tue 09-10 -> Tue 10:00
        List<FiredStep> fired = List.of(fired(-1, "breach", "100%", 0, "2026-11-02T15:00:01"),
                fired(2, "hour after working", "PT1H", 0, "2026-11-02T16:00"));
        assertEquals(List.of("2/hour after working#1@2026-11-03T10:00"),
                only(plan(repeating(), "2026-11-02T16:00", REPEAT_RULES, 1, fired), 2));
    }

    @Test
    void s3_realRepetitionRunsOnTheWallClockThroughTheNight() {
        // step 1 (PT1H real) first fired Mon 16:00; repeats on the wall clock: 18:00, 20:00, ...
        List<FiredStep> fired = new ArrayList<>(List.of(fired(-1, "breach", "100%", 0, "2026-11-02T15:00:01"),
                fired(1, "hour after real", "PT1H", 0, "2026-11-02T16:00")));
        assertEquals(List.of("1/hour after real#1@2026-11-02T18:00"),
                only(plan(repeating(), "2026-11-02T16:00", REPEAT_RULES, 1, fired), 1));
        fired.add(fired(1, "hour after real", "PT1H", 1, "2026-11-02T18:00"));
        assertEquals(List.of("1/hour after real#2@2026-11-02T20:00"),
                only(plan(repeating(), "2026-11-02T18:00", REPEAT_RULES, 1, fired), 1));
        // #2 fired late at Tue 00:30 -> next not sooner than 02:30 (not 22:00, not one per missed interval)
        fired.add(new FiredStep("resolution", 1, "hour after real", "PT1H", 2, at("2026-11-02T20:00"),
                at("2026-11-03T00:30")));
        assertEquals(List.of("1/hour after real#3@2026-11-03T02:30"),
                only(plan(repeating(), "2026-11-03T00:30", REPEAT_RULES, 1, fired), 1));
    }

    @Test
    void s3_resolvingStopsRepetitions() {
        Ticket resolved = repeating().status("2026-11-03T09:30", "RESOLVED");
        List<FiredStep> fired = List.of(fired(-1, "breach", "100%", 0, "2026-11-02T15:00:01"),
                fired(0, "breach working", "100%", 0, "2026-11-02T15:00:01"),
                fired(1, "hour after real", "PT1H", 0, "2026-11-02T16:00"),
                fired(2, "hour after working", "PT1H", 0, "2026-11-02T16:00"));
        assertEquals(List.of(), sortedByIndex(plan(resolved, "2026-11-03T09:30", REPEAT_RULES, 1, fired), "resolution"));
    }

    // =================================================================================================
    // (4) a pause before the warning postpones it by the paused working time
    // =================================================================================================

    private static final List<EscalationRule> WARN_RULES = List.of(new EscalationRule("resolution", null, List.of(
            new EscalationStep("half", "50%", ASSIGNEE), new EscalationStep("warning", "80%", ASSIGNEE))));

    @Test
    void s4_pauseSpanningANightMovesTheWarningByThePausedWorkingTime() {
        // P2 (8 h) registered Mon 2 Nov 09:00. Without pause: 50 % (4 h) 13:00; 80 % (6h24m) 15:24; due 17:00 -> breach Tue 09:00:01.
        // Paused (CLARIFICATION_WITH_CUSTOMER) Mon 14:00 -> Tue 10:30: working time paused = Mon 14-17 (3 h) + Tue 09-10:30 (1.5 h) = 4.5 h.
        // Warning: 15:24 + 4.5 h working = Mon 15:24-17:00 (1h36m), Tue 09:00 + 2h54m -> Tue 11:54.
        //   (check: E at 14:00 = 5 h; 1h24m more after 10:30 -> 11:54)
        // Breach: E = 8 h: 3 h after 10:30 -> Tue 13:30, breach 13:30:01.
        Ticket t = new Ticket("2026-11-02T09:00", 2).status("2026-11-02T09:00", "IN_PROGRESS")
                .responded("2026-11-02T09:10")
                .status("2026-11-02T14:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-11-03T10:30", "IN_PROGRESS");
        assertEquals(List.of("-1/breach#0@2026-11-03T09:00:01", "0/half#0@2026-11-02T13:00", "1/warning#0@2026-11-02T15:24"),
                sortedByIndex(plan(t, "2026-11-02T09:10", WARN_RULES, 2, List.of()), "resolution"));
        List<FiredStep> fired = List.of(fired(0, "half", "50%", 0, "2026-11-02T13:00"));
        // while paused nothing is planned; at the old warning instant the warning does nothing
        assertEquals(List.of(), sortedByIndex(plan(t, "2026-11-02T14:00", WARN_RULES, 2, fired), "resolution"));
        assertEquals(List.of(), sortedByIndex(plan(t, "2026-11-02T15:24", WARN_RULES, 2, fired), "resolution"));
        assertEquals(Duration.ofMinutes(270), t.clock("resolution", "2026-11-03T10:30").pausedWorkingTime());
        assertEquals(List.of("-1/breach#0@2026-11-03T13:30:01", "1/warning#0@2026-11-03T11:54"),
                sortedByIndex(plan(t, "2026-11-03T10:30", WARN_RULES, 2, fired), "resolution"));
    }

    @Test
    void s4b_pauseFromLateAfternoonToBeforeOpening() {
        // P2 (8 h) registered Mon 2 Nov 12:00: 80 % (6h24m) = Mon 12-17 (5 h) + Tue 1h24m -> Tue 10:24.
        // Paused Mon 16:30 -> Tue 08:00: paused working time 30 min -> warning Tue 10:54; breach: due Tue 12:00 + 30m
        // = Tue 12:30 -> 12:30:01.
        Ticket t = new Ticket("2026-11-02T12:00", 2).status("2026-11-02T12:00", "IN_PROGRESS")
                .status("2026-11-02T16:30", "CLARIFICATION_WITH_CUSTOMER").status("2026-11-03T08:00", "IN_PROGRESS");
        assertEquals(List.of("-1/breach#0@2026-11-03T12:00:01", "1/warning#0@2026-11-03T10:24"),
                sortedByIndex(plan(t, "2026-11-02T16:00", WARN_RULES, 2,
                        List.of(fired(0, "half", "50%", 0, "2026-11-02T16:00"))), "resolution"));
        assertEquals(List.of("-1/breach#0@2026-11-03T12:30:01", "1/warning#0@2026-11-03T10:54"),
                sortedByIndex(plan(t, "2026-11-03T08:00", WARN_RULES, 2,
                        List.of(fired(0, "half", "50%", 0, "2026-11-02T16:00"))), "resolution"));
    }

    @Test
    void s4c_pauseAcrossAHolidayWeekend() {
        // P2 (8 h) registered Thu 12 Nov 09:00: 80 % = 6h24m -> Thu 15:24. Paused Thu 15:00 -> Mon 16 Nov 10:00:
        // paused working time = Thu 15-17 (2 h) + Fri 13 holiday (0) + Mon 09-10 (1 h) = 3 h.
        // Warning 15:24 + 3 h working: Thu 1h36m, Mon 09:00 + 1h24m -> Mon 16 Nov 10:24 (E at 15:00 = 6 h, +24 min after 10:00).
        // Breach: E = 8 h -> 2 h after 10:00 -> Mon 12:00, breach 12:00:01.
        Ticket t = new Ticket("2026-11-12T09:00", 2).status("2026-11-12T09:00", "IN_PROGRESS")
                .status("2026-11-12T15:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-11-16T10:00", "IN_PROGRESS");
        List<FiredStep> fired = List.of(fired(0, "half", "50%", 0, "2026-11-12T13:00"));
        assertEquals(Duration.ofHours(3), t.clock("resolution", "2026-11-16T10:00").pausedWorkingTime());
        assertEquals(List.of("-1/breach#0@2026-11-16T12:00:01", "1/warning#0@2026-11-16T10:24"),
                sortedByIndex(plan(t, "2026-11-16T10:00", WARN_RULES, 2, fired), "resolution"));
        // resolved before the warning: nothing pending
        Ticket resolved = new Ticket("2026-11-12T09:00", 2).status("2026-11-12T09:00", "IN_PROGRESS")
                .status("2026-11-12T15:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-11-16T10:00", "IN_PROGRESS")
                .status("2026-11-16T10:10", "RESOLVED");
        assertEquals(List.of(), sortedByIndex(plan(resolved, "2026-11-16T10:10", WARN_RULES, 2, fired), "resolution"));
    }

    // =================================================================================================
    // (5) time-in-status limit
    // =================================================================================================

    @Test
    void s5_statusLimitNotifiesTheGroup() {
        List<EscalationRule> rules = List.of(
                new EscalationRule("status:*", 2, List.of(new EscalationStep("any status p2", "100%", ASSIGNEE))),
                new EscalationRule("status:NEW", null, List.of(
                        new EscalationStep("half of new", "50%", ASSIGNEE),
                        new EscalationStep("new limit", "100%", EscalationAction.notify("GROUP")))));
        // P2 registered Mon 2 Nov 16:45 in NEW, limit 30 min: Mon 16:45-17:00 = 15 min -> 50 % at Mon 17:00 exactly;
        // Tue 09:00 + 15 min -> due 09:15, breach and group 09:15:01. status:NEW (all priorities) beats status:* P2.
        Ticket t = new Ticket("2026-11-02T16:45", 2);
        assertEquals(List.of("-1/breach#0@2026-11-03T09:15:01", "0/half of new#0@2026-11-02T17:00",
                "1/new limit#0@2026-11-03T09:15:01"), sortedByIndex(plan(t, "2026-11-02T16:45", rules, 2, List.of()),
                "status:NEW"));
        // counted over all stays: NEW 10:00-10:10 (10 min), IN_PROGRESS, back in NEW at 11:00 -> 20 min left -> 11:20;
        // 50 % (15 min) -> 11:05. Outside the status (10:30) nothing.
        Ticket back = new Ticket("2026-11-03T10:00", 2).status("2026-11-03T10:10", "IN_PROGRESS")
                .status("2026-11-03T11:00", "NEW");
        assertEquals(List.of(), sortedByIndex(plan(back, "2026-11-03T10:30", rules, 2, List.of()), "status:NEW"));
        assertEquals(List.of("-1/breach#0@2026-11-03T11:20:01", "0/half of new#0@2026-11-03T11:05",
                "1/new limit#0@2026-11-03T11:20:01"), sortedByIndex(plan(back, "2026-11-03T11:00", rules, 2, List.of()),
                "status:NEW"));
        // the default policy: "limit passed" at 100 %
        assertEquals(List.of("-1/breach#0@2026-11-03T11:20:01", "0/limit passed#0@2026-11-03T11:20:01"),
                sortedByIndex(plan(back, "2026-11-03T11:00", List.of(), 2, List.of()), "status:NEW"));
    }


    @Test
    void s3_workingRepetitionAcrossAWaitWhileBreached() {
        // step 0 ("100%", every 2 working hours) fired Mon 15:00:01 (the breach, E = 4h00m01s) and on time Tue 09:00:01.
        // Waiting (CLARIFICATION_WITH_CUSTOMER) Tue 10:30 -> 14:00. Without the wait #2 is due Tue 11:00:01.
        // A wait postpones a step by the working time it lasted (10:30-14:00 = 3.5 h): 11:00:01 -> Tue 14:30:01.
        // Same by counting: 2 h of counting after 09:00:01 = 09:00:01-10:30 (1h29m59s) + 30m01s after 14:00 -> 14:30:01.
        Ticket w = repeating().status("2026-11-03T10:30", "CLARIFICATION_WITH_CUSTOMER")
                .status("2026-11-03T14:00", "IN_PROGRESS");
        List<FiredStep> f = List.of(fired(-1, "breach", "100%", 0, "2026-11-02T15:00:01"),
                fired(0, "breach working", "100%", 0, "2026-11-02T15:00:01"),
                fired(0, "breach working", "100%", 1, "2026-11-03T09:00:01"));
        assertEquals(List.of("0/breach working#2@2026-11-03T11:00:01"),
                only(plan(w, "2026-11-03T09:00:01", REPEAT_RULES, 1, f), 0));
        assertEquals(List.of(), only(plan(w, "2026-11-03T12:00", REPEAT_RULES, 1, f), 0), "waiting: nothing");
        assertEquals(List.of("0/breach working#2@2026-11-03T14:30:01"),
                only(plan(w, "2026-11-03T14:00", REPEAT_RULES, 1, f), 0));
    }

    @Test
    void s1d_realOffsetAfterADueAtClosingTimeCountsFromTheDueInstant() {
        // P1 (4 h) registered Fri 6 Nov 13:00 -> due Fri 17:00 (closing); breach (E > 4 h) Mon 9 Nov 09:00:01.
        // "PT30M" REAL: due instant + 30 min wall clock = Fri 17:30 (docs: "30 minutes on the wall clock after the
        // due instant") -- i.e. before the clock has breached. "PT30M" WORKING: E = 4h30m -> Mon 09:30.
        Ticket c = new Ticket("2026-11-06T13:00", 1).status("2026-11-06T13:00", "IN_PROGRESS")
                .responded("2026-11-06T13:01");
        List<EscalationRule> r = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("real after", "PT30M", TimeBasis.REAL, null, List.of(ASSIGNEE)),
                new EscalationStep("working after", "PT30M", ASSIGNEE))));
        assertEquals(List.of("-1/breach#0@2026-11-09T09:00:01", "0/real after#0@2026-11-06T17:30",
                "1/working after#0@2026-11-09T09:30"), sortedByIndex(plan(c, "2026-11-06T13:00", r, 1, List.of()),
                "resolution"));
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static PriorityTerms prio(int n, String response, String resolution) {
        return new PriorityTerms(n, "P" + n, Duration.parse(response), Duration.parse(resolution), BigDecimal.TEN,
                false, List.of());
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private static FiredStep fired(int index, String name, String at, int occurrence, String local) {
        return new FiredStep("resolution", index, name, at, occurrence, at(local));
    }

    private static List<PlannedStep> plan(Ticket t, String now, List<EscalationRule> rules, int priority,
                                          List<FiredStep> fired) {
        return EscalationPlanner.plan(t.clocks(now), m -> EscalationRule.stepsFor(rules, m, priority), ENGINE, at(now),
                fired);
    }

    private static List<String> sortedByIndex(List<PlannedStep> plan, String metric) {
        return plan.stream().filter(p -> p.metric().equals(metric))
                .sorted(java.util.Comparator.comparingInt(PlannedStep::stepIndex).thenComparingInt(PlannedStep::occurrence))
                .map(p -> p.stepIndex() + "/" + p.name() + "#" + p.occurrence() + "@"
                        + LocalDateTime.ofInstant(p.dueAt(), BERLIN)).toList();
    }

    private static List<String> only(List<PlannedStep> plan, int index) {
        return sortedByIndex(plan, "resolution").stream().filter(s -> s.startsWith(index + "/")).toList();
    }

    private static StatusCategory category(String status) {
        return switch (status) {
            case "NEW" -> StatusCategory.NEW;
            case "CLARIFICATION_WITH_CUSTOMER" -> StatusCategory.WAITING_ON_CUSTOMER;
            case "RESOLVED" -> StatusCategory.RESOLVED;
            default -> StatusCategory.IN_PROGRESS;
        };
    }

    /** A ticket's phases; each change copies the last phase. */
    private static final class Ticket {
        private final Instant registeredAt;
        private final List<Phase> phases = new ArrayList<>();

        Ticket(String registered, int priority) {
            registeredAt = at(registered);
            phases.add(new Phase(registeredAt, "NEW", StatusCategory.NEW, "L1", 1, priority, false));
        }

        private Phase last() {
            return phases.get(phases.size() - 1);
        }

        Ticket status(String local, String status) {
            Phase l = last();
            phases.add(new Phase(at(local), status, category(status), l.group(), l.lineLevel(), l.priority(), l.responded()));
            return this;
        }

        Ticket priority(String local, int p) {
            Phase l = last();
            phases.add(new Phase(at(local), l.status(), l.category(), l.group(), l.lineLevel(), p, l.responded()));
            return this;
        }

        Ticket responded(String local) {
            Phase l = last();
            phases.add(new Phase(at(local), l.status(), l.category(), l.group(), l.lineLevel(), l.priority(), true));
            return this;
        }

        List<SlaClock> clocks(String now) {
            Instant n = at(now);
            return ClockCalculator.clocks(new ClockCalculator.TicketHistory(registeredAt,
                    phases.stream().filter(p -> !p.from().isAfter(n)).toList()), TERMS, CALENDAR, n, null);
        }

        SlaClock clock(String metric, String now) {
            return clocks(now).stream().filter(c -> c.metric().equals(metric)).findFirst().orElseThrow();
        }
    }
}
