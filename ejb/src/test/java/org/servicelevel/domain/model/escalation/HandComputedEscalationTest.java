package org.servicelevel.domain.model.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.NIGHT_DESK;
import static org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.OFFICE_V1_ONLY;
import static org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.OFFICE_V2;
import static org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.ROUND_THE_CLOCK;
import static org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.at;
import static org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.fired;
import static org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.steps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.StepAt;
import org.servicelevel.domain.model.agreement.TimeBasis;
import org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.Ticket;

/**
 * Contract scenarios of the escalation plan, each expected instant computed by hand from docs/escalation.md,
 * docs/agreements.md (escalation policies), docs/calendars.md and docs/tickets.md; the arithmetic is in the
 * comments. Calendars and agreement: see {@link HandComputedEscalationSupport}. Instants are written as Berlin
 * wall clock with seconds and the offset in force.
 */
class HandComputedEscalationTest {

    private static final String RES = "resolution";
    private static final String RESP = "response";
    private static final EscalationAction ASSIGNEE = EscalationAction.notify("ASSIGNEE");

    private static EscalationStep step(String name, String at) {
        return new EscalationStep(name, at, ASSIGNEE);
    }

    private static EscalationStep real(String name, String at) {
        return new EscalationStep(name, at, TimeBasis.REAL, null, List.of(ASSIGNEE));
    }

    private static EscalationStep repeating(String name, String at, TimeBasis basis, Duration every) {
        return new EscalationStep(name, at, basis, every, List.of(ASSIGNEE));
    }

    private static List<EscalationRule> resolution(EscalationStep... steps) {
        return List.of(new EscalationRule(RES, null, List.of(steps)));
    }

    // =================================================================================================
    // Shares that do not divide evenly: "rounded up to the second" (docs/escalation.md)
    // =================================================================================================

    @Test
    void h01_sharesOfAnOddTargetAreRoundedUpToTheSecond() {
        // P4 resolution T = 4h10m07s = 14400 + 607 = 15007 s, registered Tue 2 June 2026 09:00 (CEST), one working
        // day 09-17 so every point below falls on Tuesday: due 09:00 + 4:10:07 = 13:10:07, breach 13:10:08.
        //   0.01 %  : 15007 x 0.0001 = 1.5007      -> 2 s          -> 09:00:02
        //   12.5 %  : 15007 x 0.125  = 1875.875    -> 1876 s = 31m16s -> 09:31:16
        //   33.33 % : 15007 x 0.3333 = 4999.5 + 2.3331 = 5001.8331 -> 5002 s = 1h23m22s -> 10:23:22
        //   50 %    : 7503.5 -> 7504 s = 2h05m04s -> 11:05:04
        //   66.67 % : 15007 x 0.6667 = 10000.5 + 4.6669 = 10005.1669 -> 10006 s (nearest would be 10005)
        //             = 2h46m46s -> 11:46:46
        //   80 %    : 12005.6 -> 12006 s = 3h20m06s -> 12:20:06
        //   99.99 % : 15007 - 1.5007 = 15005.4993 -> 15006 s = 4h10m06s -> 13:10:06 (one second before due)
        //   100.01 %: 15007 + 1.5007 = 15008.5007 -> 15009 s = 4h10m09s -> 13:10:09 (one second after the breach)
        //   150 %   : 22510.5 -> 22511 s = 6h15m11s -> 15:15:11
        Ticket t = new Ticket("2026-06-02T09:00", 4).status("2026-06-02T09:00", "IN_PROGRESS")
                .responded("2026-06-02T09:00");
        assertEquals(at("2026-06-02T13:10:07"), t.clock(RES, "2026-06-02T09:00").due());
        List<EscalationRule> rules = resolution(step("a", "0.01%"), step("b", "12.5%"), step("c", "33.33%"),
                step("d", "50%"), step("e", "66.67%"), step("f", "80%"), step("g", "99.99%"), step("h", "100.01%"),
                step("i", "150%"));
        assertEquals(List.of("-1/breach#0@2026-06-02T13:10:08+02:00",
                "0/a#0@2026-06-02T09:00:02+02:00",
                "1/b#0@2026-06-02T09:31:16+02:00",
                "2/c#0@2026-06-02T10:23:22+02:00",
                "3/d#0@2026-06-02T11:05:04+02:00",
                "4/e#0@2026-06-02T11:46:46+02:00",
                "5/f#0@2026-06-02T12:20:06+02:00",
                "6/g#0@2026-06-02T13:10:06+02:00",
                "7/h#0@2026-06-02T13:10:09+02:00",
                "8/i#0@2026-06-02T15:15:11+02:00"), steps(t.plan("2026-06-02T09:00", rules, List.of()), RES));
    }

    @Test
    void h02_ceilingNotNearestAndSharesAboveTheTargetAcrossDays() {
        // P3 T = 16 h = 57600 s from Tue 2 June 2026 09:00; 8 h a day, no holiday in June.
        // due: Tue 8 h + Wed 8 h -> Wed 3 June 17:00 (closing) -> breach at the next opening + 1 s: Thu 4 June 09:00:01.
        //   33.33 %  : 57600 x 0.3333 = 19198.08 -> 19199 s (nearest: 19198) = 5h19m59s -> Tue 14:19:59
        //   200 %    : 32 h -> Tue, Wed, Thu, Fri -> Fri 5 June 17:00 (closing: the due instant is the closing time)
        //   200.01 % : 57600 x 2.0001 = 115205.76 -> 115206 s = 32h00m06s -> Mon 8 June 09:00:06
        //   250 %    : 40 h -> Tue..Fri 32 h, Mon 8 June 8 h -> Mon 17:00
        //   1000 %   : 160 h = 20 working days from Tue 2 June: 2-5 (4), 8-12 (9), 15-19 (14), 22-26 (19), 29 (20)
        //              -> Mon 29 June 17:00
        Ticket t = new Ticket("2026-06-02T09:00", 3).status("2026-06-02T09:00", "IN_PROGRESS");
        List<EscalationRule> rules = resolution(step("third", "33.33%"), step("double", "200%"),
                step("double and a bit", "200.01%"), step("two and a half", "250%"), step("tenfold", "1000%"));
        assertEquals(List.of("-1/breach#0@2026-06-04T09:00:01+02:00",
                "0/third#0@2026-06-02T14:19:59+02:00",
                "1/double#0@2026-06-05T17:00:00+02:00",
                "2/double and a bit#0@2026-06-08T09:00:06+02:00",
                "3/two and a half#0@2026-06-08T17:00:00+02:00",
                "4/tenfold#0@2026-06-29T17:00:00+02:00"), steps(t.plan("2026-06-02T09:00", rules, List.of()), RES));
    }

    @Test
    void h03_zeroPercentIsNoStepAndZeroOffsetInRealTimeIsTheBreach() {
        // docs/agreements.md: a share is "above 0 up to 1000 %"; "100%" is the breach and "PT0S" is the same.
        // P1 (4 h) registered Fri 5 June 2026 13:00: Fri 13-17 = 4 h -> due Fri 17:00 (closing) -> the clock first
        // counts past 4 h at Mon 8 June 09:00:01. "PT0S" REAL is the breach, not Fri 17:00.
        // "0%" cannot be read: it is refused when terms are saved and the planner plans nothing for it.
        Ticket t = new Ticket("2026-06-05T13:00", 1).status("2026-06-05T13:00", "IN_PROGRESS")
                .responded("2026-06-05T13:00");
        List<EscalationRule> rules = resolution(step("zero", "0%"), real("real zero", "PT0S"), step("negative zero", "-0%"));
        assertEquals(List.of("-1/breach#0@2026-06-08T09:00:01+02:00", "1/real zero#0@2026-06-08T09:00:01+02:00"),
                steps(t.plan("2026-06-05T13:00", rules, List.of()), RES));
        assertTrue(StepAt.parse("0%").isEmpty());
        assertEquals(Set.of("terms.escalations[0].steps[0].at", "terms.escalations[0].steps[2].at"),
                Set.copyOf(EscalationRule.problems(rules, Set.of(1, 2, 3, 4)).stream().map(e -> e.field()).toList()));
    }

    // =================================================================================================
    // Working-time and real-time offsets across holidays, shortened days, transferred days, DST
    // =================================================================================================

    @Test
    void h04_offsetsAcrossTheEasterWeekend() {
        // P3 (16 h) registered Thu 2 April 2026 13:00 (CEST): Thu 13-17 = 4 h; Fri 3 (Good Friday), Sat, Sun,
        // Mon 6 (Easter Monday) closed; Tue 7 = 8 h (12 h); Wed 8 09:00 + 4 h -> due Wed 8 April 13:00, breach 13:00:01.
        //   -PT8H working : E = 8 h  -> Thu 4 h + Tue 4 h -> Tue 7 April 13:00
        //   -PT5H working : E = 11 h -> Thu 4 h + Tue 7 h -> Tue 16:00
        //   -P1D real     : Wed 13:00 - 24 h (no DST change) -> Tue 7 April 13:00
        //   -P3D real     : Sun 5 April 13:00 (a holiday weekend: the wall clock does not care)
        //   75 %          : 12 h -> Thu 4 h + Tue 8 h -> Tue 17:00 (closing)
        //   PT4H working  : E = 20 h -> Wed 13:00 + 4 h = Wed 17:00 (runs out at closing: the closing time)
        //   PT4H1S working: E = 20 h + 1 s -> Thu 9 April 09:00:01
        //   PT1H real     : Wed 14:00
        Ticket t = new Ticket("2026-04-02T13:00", 3).status("2026-04-02T13:00", "IN_PROGRESS");
        assertEquals(at("2026-04-08T13:00"), t.clock(RES, "2026-04-02T13:00").due());
        List<EscalationRule> rules = resolution(step("working day before", "-PT8H"), step("five before", "-PT5H"),
                real("day before", "-P1D"), real("three days before", "-P3D"), step("three quarters", "75%"),
                step("four after", "PT4H"), step("four after and a second", "PT4H1S"), real("hour after", "PT1H"));
        assertEquals(List.of("-1/breach#0@2026-04-08T13:00:01+02:00",
                "0/working day before#0@2026-04-07T13:00:00+02:00",
                "1/five before#0@2026-04-07T16:00:00+02:00",
                "2/day before#0@2026-04-07T13:00:00+02:00",
                "3/three days before#0@2026-04-05T13:00:00+02:00",
                "4/three quarters#0@2026-04-07T17:00:00+02:00",
                "5/four after#0@2026-04-08T17:00:00+02:00",
                "6/four after and a second#0@2026-04-09T09:00:01+02:00",
                "7/hour after#0@2026-04-08T14:00:00+02:00"), steps(t.plan("2026-04-02T13:00", rules, List.of()), RES));
    }

    @Test
    void h05_offsetsAcrossAShortenedChristmasEve() {
        // P2 (8 h) registered Wed 23 Dec 2026 15:00 (CET): Wed 15-17 = 2 h; Thu 24 override 09-12 = 3 h (5 h);
        // Fri 25 holiday, Sat, Sun; Mon 28 09:00 + 3 h -> due Mon 28 Dec 12:00, breach 12:00:01.
        //   50 %          : 4 h -> Wed 2 h + Thu 2 h -> Thu 24 Dec 11:00
        //   80 % = 6h24m  : 5 h by Thu 12:00, Mon 09:00 + 1h24m -> Mon 28 Dec 10:24
        //   -PT3H working : E = 5 h -> Thu 24 Dec 12:00 (the shortened day's closing)
        //   -PT3H real    : Mon 28 Dec 09:00
        //   -P1D real     : Sun 27 Dec 12:00
        //   PT2H working  : E = 10 h -> Mon 14:00
        Ticket t = new Ticket("2026-12-23T15:00", 2).status("2026-12-23T15:00", "IN_PROGRESS");
        List<EscalationRule> rules = resolution(step("half", "50%"), step("warning", "80%"), step("three before", "-PT3H"),
                real("three before real", "-PT3H"), real("day before real", "-P1D"), step("two after", "PT2H"));
        assertEquals(List.of("-1/breach#0@2026-12-28T12:00:01+01:00",
                "0/half#0@2026-12-24T11:00:00+01:00",
                "1/warning#0@2026-12-28T10:24:00+01:00",
                "2/three before#0@2026-12-24T12:00:00+01:00",
                "3/three before real#0@2026-12-28T09:00:00+01:00",
                "4/day before real#0@2026-12-27T12:00:00+01:00",
                "5/two after#0@2026-12-28T14:00:00+01:00"), steps(t.plan("2026-12-23T15:00", rules, List.of()), RES));
    }

    @Test
    void h06_aTransferredWorkingSaturdayCounts() {
        // P3 (16 h) registered Fri 8 May 2026 11:00: Fri 11-17 = 6 h; Sat 9 May (override 09-17) 8 h (14 h); Sun;
        // Mon 11 May 09:00 + 2 h -> due Mon 11 May 11:00, breach 11:00:01.
        //   -PT8H working : E = 8 h -> Fri 6 h + Sat 2 h -> Sat 9 May 11:00 (one working day before Monday 11:00)
        //   -P1D real     : Sun 10 May 11:00
        //   80 % = 12h48m : Fri 6 h + Sat 6h48m -> Sat 9 May 15:48
        Ticket t = new Ticket("2026-05-08T11:00", 3).status("2026-05-08T11:00", "IN_PROGRESS");
        List<EscalationRule> rules = resolution(step("working day before", "-PT8H"), real("day before", "-P1D"),
                step("warning", "80%"));
        assertEquals(List.of("-1/breach#0@2026-05-11T11:00:01+02:00",
                "0/working day before#0@2026-05-09T11:00:00+02:00",
                "1/day before#0@2026-05-10T11:00:00+02:00",
                "2/warning#0@2026-05-09T15:48:00+02:00"), steps(t.plan("2026-05-08T11:00", rules, List.of()), RES));
    }

    @Test
    void h07_aHolidayThenABridgeDayOffThenAWeekend() {
        // P3 (16 h) registered Wed 13 May 2026 10:00: Wed 10-17 = 7 h; Thu 14 holiday (Ascension); Fri 15 override
        // without hours (day off); Sat 16, Sun 17; Mon 18 8 h (15 h); Tue 19 09:00 + 1 h -> due Tue 19 May 10:00.
        //   -PT8H working : E = 8 h -> Wed 7 h + Mon 1 h -> Mon 18 May 10:00
        //   80 % = 12h48m : Wed 7 h + Mon 5h48m -> Mon 18 May 14:48
        //   -P1D real     : Mon 18 May 10:00 (the same instant, another point: another basis)
        //   -P4D real     : Fri 15 May 10:00 (the day off)
        Ticket t = new Ticket("2026-05-13T10:00", 3).status("2026-05-13T10:00", "IN_PROGRESS");
        List<EscalationRule> rules = resolution(step("working day before", "-PT8H"), step("warning", "80%"),
                real("day before", "-P1D"), real("four days before", "-P4D"));
        assertEquals(List.of("-1/breach#0@2026-05-19T10:00:01+02:00",
                "0/working day before#0@2026-05-18T10:00:00+02:00",
                "1/warning#0@2026-05-18T14:48:00+02:00",
                "2/day before#0@2026-05-18T10:00:00+02:00",
                "3/four days before#0@2026-05-15T10:00:00+02:00"), steps(t.plan("2026-05-13T10:00", rules, List.of()), RES));
    }

    @Test
    void h08_roundTheClockAcrossSpringForward() {
        // 24/7 calendar: working time is real time. P1 (4 h) registered Sun 29 March 2026 00:30+01:00 = Sat 23:30 UTC.
        // At 01:00 UTC the clocks jump 02:00 CET -> 03:00 CEST.
        //   due: 23:30 UTC + 4 h = 03:30 UTC = 05:30+02:00 (five wall-clock hours after 00:30); breach 05:30:01+02:00
        //   50 % = 2 h      : 01:30 UTC = 03:30+02:00
        //   80 % = 3h12m    : 02:42 UTC = 04:42+02:00
        //   -PT1H working   : E = 3 h -> 02:30 UTC = 04:30+02:00
        //   -PT1H real      : 03:30 UTC - 1 h = 02:30 UTC = 04:30+02:00
        //   PT30M real      : 04:00 UTC = 06:00+02:00
        Ticket t = new Ticket("2026-03-29T00:30+01:00", 1, ROUND_THE_CLOCK).status("2026-03-29T00:30+01:00", "IN_PROGRESS")
                .responded("2026-03-29T00:30+01:00");
        List<EscalationRule> rules = resolution(step("half", "50%"), step("warning", "80%"), step("hour before", "-PT1H"),
                real("hour before real", "-PT1H"), real("half hour after real", "PT30M"));
        assertEquals(List.of("-1/breach#0@2026-03-29T05:30:01+02:00",
                "0/half#0@2026-03-29T03:30:00+02:00",
                "1/warning#0@2026-03-29T04:42:00+02:00",
                "2/hour before#0@2026-03-29T04:30:00+02:00",
                "3/hour before real#0@2026-03-29T04:30:00+02:00",
                "4/half hour after real#0@2026-03-29T06:00:00+02:00"),
                steps(t.plan("2026-03-29T00:30+01:00", rules, List.of()), RES));
    }

    @Test
    void h09_roundTheClockAcrossFallBack() {
        // 24/7. P2 (8 h) registered Sat 24 Oct 2026 22:00+02:00 = 20:00 UTC. At 01:00 UTC 03:00 CEST -> 02:00 CET.
        //   due: 20:00 UTC + 8 h = 04:00 UTC = 05:00+01:00 (seven wall-clock hours after 22:00); breach 05:00:01+01:00
        //   50 % = 4 h       : 00:00 UTC = 02:00+02:00 (the first 02:00)
        //   62.5 % = 5 h     : 01:00 UTC = 02:00+01:00 (the second 02:00)
        //   80 % = 6h24m     : 02:24 UTC = 03:24+01:00
        //   -PT1H real       : 03:00 UTC = 04:00+01:00
        //   -PT3H working    : E = 5 h -> 01:00 UTC = 02:00+01:00
        Ticket t = new Ticket("2026-10-24T22:00+02:00", 2, ROUND_THE_CLOCK).status("2026-10-24T22:00+02:00", "IN_PROGRESS");
        List<EscalationRule> rules = resolution(step("half", "50%"), step("five eighths", "62.5%"), step("warning", "80%"),
                real("hour before real", "-PT1H"), step("three before", "-PT3H"));
        assertEquals(List.of("-1/breach#0@2026-10-25T05:00:01+01:00",
                "0/half#0@2026-10-25T02:00:00+02:00",
                "1/five eighths#0@2026-10-25T02:00:00+01:00",
                "2/warning#0@2026-10-25T03:24:00+01:00",
                "3/hour before real#0@2026-10-25T04:00:00+01:00",
                "4/three before#0@2026-10-25T02:00:00+01:00"),
                steps(t.plan("2026-10-24T22:00+02:00", rules, List.of()), RES));
    }

    @Test
    void h10_nightDeskLosesAnHourOfItsShiftToSpringForward() {
        // Night desk 22:00-24:00 and 00:00-06:00 every day. P2 (8 h) registered Sat 28 March 2026 22:00+01:00 = 21:00 UTC.
        // Sat 22-24 CET = 21:00-23:00 UTC (2 h); Sun 00:00 CET -> 06:00 CEST = 23:00 -> 04:00 UTC (5 h, not 6): 7 h at
        // Sun 06:00+02:00; Sun 22:00+02:00 + 1 h -> due Sun 29 March 23:00+02:00, breach 23:00:01+02:00.
        //   50 % = 4 h      : 21:00 UTC + 4 h = 01:00 UTC = 03:00+02:00 (the first instant after the gap)
        //   80 % = 6h24m    : 03:24 UTC = 05:24+02:00
        //   -PT2H working   : E = 6 h -> 03:00 UTC = 05:00+02:00
        //   -PT1H working   : E = 7 h -> 06:00+02:00 (closing)
        //   PT1H working    : E = 9 h -> Sun 23:00 + 1 h = 24:00 = Mon 30 March 00:00+02:00
        Ticket t = new Ticket("2026-03-28T22:00+01:00", 2, NIGHT_DESK).status("2026-03-28T22:00+01:00", "IN_PROGRESS");
        assertEquals(at("2026-03-29T23:00+02:00"), t.clock(RES, "2026-03-28T22:00+01:00").due());
        List<EscalationRule> rules = resolution(step("half", "50%"), step("warning", "80%"), step("two before", "-PT2H"),
                step("hour before", "-PT1H"), step("hour after", "PT1H"));
        assertEquals(List.of("-1/breach#0@2026-03-29T23:00:01+02:00",
                "0/half#0@2026-03-29T03:00:00+02:00",
                "1/warning#0@2026-03-29T05:24:00+02:00",
                "2/two before#0@2026-03-29T05:00:00+02:00",
                "3/hour before#0@2026-03-29T06:00:00+02:00",
                "4/hour after#0@2026-03-30T00:00:00+02:00"),
                steps(t.plan("2026-03-28T22:00+01:00", rules, List.of()), RES));
    }

    @Test
    void h11_officeRealOffsetsAcrossSpringForwardAreRealHours() {
        // P3 (16 h) registered Thu 26 March 2026 13:00+01:00: Thu 4 h; Fri 27 8 h (12 h); Mon 30 09:00+02:00 + 4 h
        // -> due Mon 30 March 13:00+02:00 = 11:00 UTC; breach 13:00:01+02:00.
        //   -PT8H working : E = 8 h -> Thu 4 h + Fri 4 h -> Fri 27 March 13:00+01:00
        //   50 %          : the same 8 h -> Fri 13:00+01:00
        //   -P1D real     : 11:00 UTC Sun 29 (after the 01:00 UTC switch) = Sun 13:00+02:00
        //   -P2D real     : 11:00 UTC Sat 28 = Sat 12:00+01:00 (48 real hours; the wall clock reads 49 h earlier)
        //   -PT72H real   : 11:00 UTC Fri 27 = Fri 12:00+01:00
        Ticket t = new Ticket("2026-03-26T13:00", 3).status("2026-03-26T13:00", "IN_PROGRESS");
        List<EscalationRule> rules = resolution(step("working day before", "-PT8H"), step("half", "50%"),
                real("day before", "-P1D"), real("two days before", "-P2D"), real("72 hours before", "-PT72H"));
        assertEquals(List.of("-1/breach#0@2026-03-30T13:00:01+02:00",
                "0/working day before#0@2026-03-27T13:00:00+01:00",
                "1/half#0@2026-03-27T13:00:00+01:00",
                "2/day before#0@2026-03-29T13:00:00+02:00",
                "3/two days before#0@2026-03-28T12:00:00+01:00",
                "4/72 hours before#0@2026-03-27T12:00:00+01:00"), steps(t.plan("2026-03-26T13:00", rules, List.of()), RES));
    }

    // =================================================================================================
    // Offsets before due that lie before the registration; a ticket registered out of hours
    // =================================================================================================

    @Test
    void h12_registeredOnASaturday() {
        // P1 registered Sat 6 June 2026 11:00, out of hours. The clocks count from Mon 8 June 09:00.
        // response 15 min -> due Mon 09:15, breach 09:15:01
        //   80 % = 12 min -> Mon 09:12;  50 % = 7m30s -> Mon 09:07:30
        //   PT15M working -> E = 30 min -> Mon 09:30;  PT15M real -> 09:15 + 15 min -> Mon 09:30
        // resolution 4 h -> due Mon 13:00, breach 13:00:01
        //   -PT5H working -> E = max(0, 4 h - 5 h) = 0, which the clock "reached" at registration: the point has
        //                    passed, so it is due at once, at the planning instant Sat 11:00
        //   -PT5H real    -> Mon 13:00 - 5 h = Mon 08:00 (before opening; real time)
        //   -P1D real     -> Sun 7 June 13:00
        Ticket t = new Ticket("2026-06-06T11:00", 1);
        List<EscalationRule> rules = List.of(
                new EscalationRule(RESP, null, List.of(step("warning", "80%"), step("half", "50%"),
                        step("quarter after", "PT15M"), real("quarter after real", "PT15M"))),
                new EscalationRule(RES, null, List.of(step("five before", "-PT5H"), real("five before real", "-PT5H"),
                        real("day before real", "-P1D"))));
        List<PlannedStep> plan = t.plan("2026-06-06T11:00", rules, List.of());
        assertEquals(List.of("-1/breach#0@2026-06-08T09:15:01+02:00",
                "0/warning#0@2026-06-08T09:12:00+02:00",
                "1/half#0@2026-06-08T09:07:30+02:00",
                "2/quarter after#0@2026-06-08T09:30:00+02:00",
                "3/quarter after real#0@2026-06-08T09:30:00+02:00"), steps(plan, RESP));
        assertEquals(List.of("-1/breach#0@2026-06-08T13:00:01+02:00",
                "0/five before#0@2026-06-06T11:00:00+02:00",
                "1/five before real#0@2026-06-08T08:00:00+02:00",
                "2/day before real#0@2026-06-07T13:00:00+02:00"), steps(plan, RES));
    }

    @Test
    void h13_stepsWhosePointHasPassedAreDueAtTheCurrentSecond() {
        // P1 response 15 min registered Tue 2 June 2026 10:00 -> due 10:15.
        //   -PT30M working : E = max(0, -15 min) = 0 -> passed -> due at once
        //   -PT30M real    : 10:15 - 30 min = 09:45, before registration -> due at once
        //   -PT10M working : E = 5 min -> 10:05
        // Planned at registration (10:00): the first two at 10:00. Planned again at 10:07:00.700 (say, a comment),
        // none fired (the timer was busy): all three are due at 10:07:00 (the current whole second).
        Ticket t = new Ticket("2026-06-02T10:00", 1);
        List<EscalationRule> rules = List.of(new EscalationRule(RESP, null, List.of(step("too early", "-PT30M"),
                real("too early real", "-PT30M"), step("ten before", "-PT10M"))));
        assertEquals(List.of("-1/breach#0@2026-06-02T10:15:01+02:00",
                "0/too early#0@2026-06-02T10:00:00+02:00",
                "1/too early real#0@2026-06-02T10:00:00+02:00",
                "2/ten before#0@2026-06-02T10:05:00+02:00"), steps(t.plan("2026-06-02T10:00", rules, List.of()), RESP));
        assertEquals(List.of("-1/breach#0@2026-06-02T10:15:01+02:00",
                "0/too early#0@2026-06-02T10:07:00+02:00",
                "1/too early real#0@2026-06-02T10:07:00+02:00",
                "2/ten before#0@2026-06-02T10:07:00+02:00"),
                steps(t.plan("2026-06-02T10:07:00.700", rules, List.of()), RESP));
    }

    @Test
    void h14_aPolicyChangedMidLifeMakesPassedStepsDueAtOnce() {
        // P2 (8 h) registered Mon 1 June 2026 09:00 -> due 17:00 (closing) -> breach Tue 2 June 09:00:01.
        // Planned at 14:00 (E = 5 h) under a policy that now has:
        //   50 % (4 h, reached 13:00)  -> passed, due 14:00
        //   -PT4H real (17:00 - 4 h = 13:00) -> passed, due 14:00
        //   80 % = 6h24m -> 15:24
        //   -PT2H working -> E = 6 h -> 15:00
        Ticket t = new Ticket("2026-06-01T09:00", 2).status("2026-06-01T09:00", "IN_PROGRESS");
        List<EscalationRule> rules = resolution(step("half", "50%"), real("four before real", "-PT4H"),
                step("warning", "80%"), step("two before", "-PT2H"));
        assertEquals(List.of("-1/breach#0@2026-06-02T09:00:01+02:00",
                "0/half#0@2026-06-01T14:00:00+02:00",
                "1/four before real#0@2026-06-01T14:00:00+02:00",
                "2/warning#0@2026-06-01T15:24:00+02:00",
                "3/two before#0@2026-06-01T15:00:00+02:00"), steps(t.plan("2026-06-01T14:00", rules, List.of()), RES));
    }

    // =================================================================================================
    // Repetitions while breached across non-working time
    // =================================================================================================

    @Test
    void h15_workingRepetitionsRunOnATransferredSaturdayAndSkipTheSunday() {
        // P1 (4 h) registered Fri 8 May 2026 14:00: Fri 14-17 = 3 h; Sat 9 May (working) 09:00 + 1 h -> due Sat 10:00,
        // breach Sat 10:00:01. "100%" repeats every 3 working hours.
        //   #1: 10:00:01 + 3 h -> Sat 13:00:01
        //   #2: 13:00:01 + 3 h -> Sat 16:00:01
        //   #3: Sat 16:00:01-17:00 = 59m59s, Sun closed, Mon 11 May 09:00 + 2h00m01s -> Mon 11:00:01
        //       (the same by the clock: E = T + 1 s + 9 h; E at Sat 17:00 = T + 7 h; 2h00m01s more -> Mon 11:00:01)
        Ticket t = new Ticket("2026-05-08T14:00", 1).status("2026-05-08T14:00", "IN_PROGRESS").responded("2026-05-08T14:00");
        List<EscalationRule> rules = resolution(repeating("overdue", "100%", TimeBasis.WORKING, Duration.ofHours(3)));
        assertEquals(List.of("-1/breach#0@2026-05-09T10:00:01+02:00", "0/overdue#0@2026-05-09T10:00:01+02:00"),
                steps(t.plan("2026-05-08T14:00", rules, List.of()), RES));
        List<FiredStep> f = new ArrayList<>(List.of(fired(RES, -1, "breach", "100%", 0, "2026-05-09T10:00:01"),
                fired(RES, 0, "overdue", "100%", 0, "2026-05-09T10:00:01")));
        assertEquals(List.of("0/overdue#1@2026-05-09T13:00:01+02:00"), steps(t.plan("2026-05-09T10:00:01", rules, f), RES));
        f.add(fired(RES, 0, "overdue", "100%", 1, "2026-05-09T13:00:01"));
        assertEquals(List.of("0/overdue#2@2026-05-09T16:00:01+02:00"), steps(t.plan("2026-05-09T13:00:01", rules, f), RES));
        f.add(fired(RES, 0, "overdue", "100%", 2, "2026-05-09T16:00:01"));
        assertEquals(List.of("0/overdue#3@2026-05-11T11:00:01+02:00"), steps(t.plan("2026-05-09T16:00:01", rules, f), RES));
    }

    @Test
    void h16_aRealDailyRepetitionIs24RealHoursAcrossSpringForward() {
        // P1 (4 h) registered Fri 27 March 2026 11:00+01:00 -> due 15:00+01:00, breach 15:00:01+01:00 = 14:00:01 UTC.
        // "100%" REAL, repeat P1D (= 24 h of real time, as every ISO duration of the step):
        //   #1: 14:00:01 UTC Sat 28 = Sat 15:00:01+01:00
        //   #2: first + 48 h = 14:00:01 UTC Sun 29 = Sun 16:00:01+02:00 (the wall clock moved on an hour)
        Ticket t = new Ticket("2026-03-27T11:00", 1).status("2026-03-27T11:00", "IN_PROGRESS").responded("2026-03-27T11:00");
        List<EscalationRule> rules = resolution(repeating("daily", "100%", TimeBasis.REAL, Duration.ofDays(1)));
        List<FiredStep> f = new ArrayList<>(List.of(fired(RES, -1, "breach", "100%", 0, "2026-03-27T15:00:01"),
                fired(RES, 0, "daily", "100%", 0, "2026-03-27T15:00:01")));
        assertEquals(List.of("0/daily#1@2026-03-28T15:00:01+01:00"), steps(t.plan("2026-03-27T15:00:01", rules, f), RES));
        f.add(fired(RES, 0, "daily", "100%", 1, "2026-03-28T15:00:01"));
        assertEquals(List.of("0/daily#2@2026-03-29T16:00:01+02:00"), steps(t.plan("2026-03-28T15:00:01", rules, f), RES));
    }

    @Test
    void h17_aRepeatingShareAboveTheTargetLandsOnAClosingTime() {
        // P1 (4 h) registered Tue 2 June 2026 09:00 -> due 13:00. "150%" = 6 h -> 15:00; repeats every working hour:
        //   #1: 16:00;  #2: 17:00 (E = 8 h exactly at closing: the closing time);  #3: Wed 3 June 10:00
        Ticket t = new Ticket("2026-06-02T09:00", 1).status("2026-06-02T09:00", "IN_PROGRESS").responded("2026-06-02T09:00");
        List<EscalationRule> rules = resolution(repeating("half again", "150%", TimeBasis.WORKING, Duration.ofHours(1)));
        assertEquals(List.of("-1/breach#0@2026-06-02T13:00:01+02:00", "0/half again#0@2026-06-02T15:00:00+02:00"),
                steps(t.plan("2026-06-02T09:00", rules, List.of()), RES));
        List<FiredStep> f = new ArrayList<>(List.of(fired(RES, -1, "breach", "100%", 0, "2026-06-02T13:00:01"),
                fired(RES, 0, "half again", "150%", 0, "2026-06-02T15:00")));
        assertEquals(List.of("0/half again#1@2026-06-02T16:00:00+02:00"), steps(t.plan("2026-06-02T15:00", rules, f), RES));
        f.add(fired(RES, 0, "half again", "150%", 1, "2026-06-02T16:00"));
        assertEquals(List.of("0/half again#2@2026-06-02T17:00:00+02:00"), steps(t.plan("2026-06-02T16:00", rules, f), RES));
        f.add(fired(RES, 0, "half again", "150%", 2, "2026-06-02T17:00"));
        assertEquals(List.of("0/half again#3@2026-06-03T10:00:00+02:00"), steps(t.plan("2026-06-02T17:00", rules, f), RES));
    }

    // =================================================================================================
    // Pauses
    // =================================================================================================

    private static final List<EscalationRule> WARNING = resolution(step("warning", "80%"));

    @Test
    void h18_aPauseWithOddSecondsPostponesTheWarningByExactlyThatWorkingTime() {
        // P4 (15007 s) registered Tue 2 June 2026 09:00: warning 12:20:06, due 13:10:07 (see h01).
        // Waiting 10:00:00 -> 11:13:17: paused 1h13m17s = 4397 s of working time.
        //   warning 12:20:06 + 1:13:17 = 13:33:23  (check: 12006 - 3600 = 8406 s = 2h20m06s after 11:13:17 -> 13:33:23)
        //   due 13:10:07 + 1:13:17 = 14:23:24 -> breach 14:23:25 (check: 15007 - 3600 = 11407 s = 3h10m07s after 11:13:17)
        Ticket t = new Ticket("2026-06-02T09:00", 4).status("2026-06-02T09:00", "IN_PROGRESS").responded("2026-06-02T09:00")
                .status("2026-06-02T10:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-06-02T11:13:17", "IN_PROGRESS");
        assertEquals(List.of(), steps(t.plan("2026-06-02T10:30", WARNING, List.of()), RES), "waiting: nothing");
        assertEquals(Duration.ofSeconds(4397), t.clock(RES, "2026-06-02T11:13:17").pausedWorkingTime());
        assertEquals(List.of("-1/breach#0@2026-06-02T14:23:25+02:00", "0/warning#0@2026-06-02T13:33:23+02:00"),
                steps(t.plan("2026-06-02T11:13:17", WARNING, List.of()), RES));
    }

    @Test
    void h19_aPauseOverAWeekend() {
        // P2 (8 h) registered Fri 5 June 2026 13:00: Fri 4 h, Mon 8 June 09:00 + 4 h -> due Mon 13:00; warning 6h24m:
        // Fri 4 h + Mon 2h24m -> Mon 11:24.
        // (a) waiting Fri 17:30 -> Mon 08:45: no working time paused (63 h 15 min of wall time) -> unchanged.
        Ticket a = new Ticket("2026-06-05T13:00", 2).status("2026-06-05T13:00", "IN_PROGRESS")
                .status("2026-06-05T17:30", "CLARIFICATION_WITH_CUSTOMER").status("2026-06-08T08:45", "IN_PROGRESS");
        assertEquals(Duration.ZERO, a.clock(RES, "2026-06-08T08:45").pausedWorkingTime());
        assertEquals(List.of("-1/breach#0@2026-06-08T13:00:01+02:00", "0/warning#0@2026-06-08T11:24:00+02:00"),
                steps(a.plan("2026-06-08T08:45", WARNING, List.of()), RES));
        // (b) waiting Fri 16:00 -> Mon 10:30: paused working time Fri 1 h + Mon 1.5 h = 2.5 h (66.5 h of wall time).
        //   warning Mon 11:24 + 2.5 h = Mon 13:54 (check: E at 16:00 = 3 h; 3h24m after 10:30 -> 13:54)
        //   due Mon 13:00 + 2.5 h = 15:30 (check: 5 h after 10:30) -> breach 15:30:01
        Ticket b = new Ticket("2026-06-05T13:00", 2).status("2026-06-05T13:00", "IN_PROGRESS")
                .status("2026-06-05T16:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-06-08T10:30", "IN_PROGRESS");
        assertEquals(Duration.ofMinutes(150), b.clock(RES, "2026-06-08T10:30").pausedWorkingTime());
        assertEquals(List.of("-1/breach#0@2026-06-08T15:30:01+02:00", "0/warning#0@2026-06-08T13:54:00+02:00"),
                steps(b.plan("2026-06-08T10:30", WARNING, List.of()), RES));
    }

    @Test
    void h20_aPauseOverTheDstWeekendMovesByWorkingTimeNotWallTime() {
        // P2 (8 h) registered Fri 27 March 2026 10:00+01:00: Fri 10-17 = 7 h; Mon 30 09:00+02:00 + 1 h -> due Mon 10:00.
        // Warning 6h24m -> Fri 16:24+01:00.
        // Waiting Fri 16:00+01:00 (E = 6 h) -> Mon 30 09:30+02:00: paused working time Fri 1 h + Mon 30 min = 1.5 h
        // (wall time 64.5 h, which would give Mon 10:54 -- wrong).
        //   warning: 24 min after 09:30 -> Mon 09:54+02:00
        //   due: 2 h after 09:30 -> Mon 11:30 -> breach 11:30:01+02:00
        Ticket t = new Ticket("2026-03-27T10:00", 2).status("2026-03-27T10:00", "IN_PROGRESS")
                .status("2026-03-27T16:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-03-30T09:30", "IN_PROGRESS");
        assertEquals(List.of("-1/breach#0@2026-03-30T10:00:01+02:00", "0/warning#0@2026-03-27T16:24:00+01:00"),
                steps(t.plan("2026-03-27T10:00", WARNING, List.of()), RES));
        assertEquals(List.of("-1/breach#0@2026-03-30T11:30:01+02:00", "0/warning#0@2026-03-30T09:54:00+02:00"),
                steps(t.plan("2026-03-30T09:30", WARNING, List.of()), RES));
    }

    @Test
    void h21_breachedThenWaitingWorkingAndRealStepsAfterDue() {
        // P1 (4 h) registered Tue 2 June 2026 09:00 -> due 13:00, breach 13:00:01.
        //   "PT2H" working -> E = 6 h -> 15:00;  "PT2H" real -> 13:00 + 2 h -> 15:00
        // Waiting Tue 14:00 (E = 5 h) -> Wed 3 June 10:00 (paused working time 3 h + 1 h = 4 h).
        //   working step: 1 h of counting after 10:00 -> Wed 11:00 (= 15:00 + 4 working hours: postponed by the wait)
        //   real step: its instant is the (passed) deadline + 2 h of wall clock = Tue 15:00, which passed while the
        //   clock waited and planned nothing -> due at once when it runs again, Wed 10:00 (one late notice).
        //   (The breached clock's due instant does not move, so a real offset from it is not postponed.)
        Ticket t = new Ticket("2026-06-02T09:00", 1).status("2026-06-02T09:00", "IN_PROGRESS").responded("2026-06-02T09:00")
                .status("2026-06-02T14:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-06-03T10:00", "IN_PROGRESS");
        List<EscalationRule> rules = resolution(step("two after", "PT2H"), real("two after real", "PT2H"));
        List<FiredStep> f = List.of(fired(RES, -1, "breach", "100%", 0, "2026-06-02T13:00:01"));
        assertEquals(List.of("0/two after#0@2026-06-02T15:00:00+02:00", "1/two after real#0@2026-06-02T15:00:00+02:00"),
                steps(t.plan("2026-06-02T13:00:01", rules, f), RES));
        assertEquals(List.of(), steps(t.plan("2026-06-02T15:00", rules, f), RES), "waiting: nothing");
        assertEquals(List.of("0/two after#0@2026-06-03T11:00:00+02:00", "1/two after real#0@2026-06-03T10:00:00+02:00"),
                steps(t.plan("2026-06-03T10:00", rules, f), RES));
    }

    @Test
    void h22_aPauseStartingExactlyAtTheTargetIsNoBreachAndAResumptionOnSaturdayBreachesMonday() {
        // P1 (4 h) registered Tue 2 June 2026 09:00; waiting from 13:00 (E = 4 h = T, on time) to Sat 6 June 10:00.
        // At 13:00: the clock waits and has not breached -> nothing, not even a breach record.
        // Resumed on Saturday: it first counts past 4 h at the next working second, Mon 8 June 09:00:01.
        Ticket t = new Ticket("2026-06-02T09:00", 1).status("2026-06-02T09:00", "IN_PROGRESS").responded("2026-06-02T09:00")
                .status("2026-06-02T13:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-06-06T10:00", "IN_PROGRESS");
        List<EscalationRule> rules = resolution(step("late", "100%"));
        assertEquals(List.of(), steps(t.plan("2026-06-02T13:00", rules, List.of()), RES));
        assertEquals(List.of("-1/breach#0@2026-06-08T09:00:01+02:00", "0/late#0@2026-06-08T09:00:01+02:00"),
                steps(t.plan("2026-06-06T10:00", rules, List.of()), RES));
    }

    // =================================================================================================
    // Priority and line changes
    // =================================================================================================

    @Test
    void h23_aPriorityRaiseBeforeTheWarningReplansIt_andARuleWithoutStepsSilencesAllButTheBreachRecord() {
        // P3 (16 h) registered Mon 1 June 2026 09:00: warning 12h48m -> Mon 8 h + Tue 4h48m -> Tue 2 June 13:48;
        // due Tue 17:00 -> breach Wed 3 June 09:00:01.
        // Raised to P2 (8 h) at 11:00 (E = 2 h): warning 6h24m -> Mon 15:24; due Mon 17:00 -> breach Tue 09:00:01.
        Ticket t = new Ticket("2026-06-01T09:00", 3).status("2026-06-01T09:00", "IN_PROGRESS")
                .priority("2026-06-01T11:00", 2);
        assertEquals(List.of("-1/breach#0@2026-06-03T09:00:01+02:00", "0/warning#0@2026-06-02T13:48:00+02:00"),
                steps(t.plan("2026-06-01T09:00", WARNING, List.of()), RES));
        assertEquals(List.of("-1/breach#0@2026-06-02T09:00:01+02:00", "0/warning#0@2026-06-01T15:24:00+02:00"),
                steps(t.plan("2026-06-01T11:00", WARNING, List.of()), RES));
        // Raised to P1 instead, whose rule has no steps (escalation off): T = 4 h -> due 13:00; only the breach record,
        // which every clock with a target records, at 13:00:01.
        List<EscalationRule> offForP1 = List.of(new EscalationRule(RES, null, List.of(step("warning", "80%"))),
                new EscalationRule(RES, 1, List.of()));
        Ticket p1 = new Ticket("2026-06-01T09:00", 3).status("2026-06-01T09:00", "IN_PROGRESS")
                .priority("2026-06-01T11:00", 1);
        assertEquals(List.of("-1/breach#0@2026-06-01T13:00:01+02:00"), steps(p1.plan("2026-06-01T11:00", offForP1, List.of()), RES));
    }

    @Test
    void h24_aPriorityRaiseAfterTheWarningFired() {
        // P2 (8 h) registered Mon 1 June 2026 09:00; warning (80 % = 6h24m) fired at 15:24.
        // Raised to P1 (4 h) at 15:30: E = 6.5 h > 4 h -> breached at once; the deadline passed is 09:00 + 4 h = 13:00.
        //   breach record              -> due now, 15:30
        //   warning                    -> fired: never again (the same step of the same rule)
        //   "PT1H" working (E = 5 h)   -> passed -> 15:30
        //   "PT3H" working (E = 7 h)   -> 30 min after 15:30 -> 16:00
        //   "PT1H" real (13:00 + 1 h)  -> 14:00 passed -> 15:30
        Ticket t = new Ticket("2026-06-01T09:00", 2).status("2026-06-01T09:00", "IN_PROGRESS").responded("2026-06-01T09:05")
                .priority("2026-06-01T15:30", 1);
        List<EscalationRule> rules = resolution(step("warning", "80%"), step("hour after", "PT1H"),
                step("three after", "PT3H"), real("hour after real", "PT1H"));
        List<FiredStep> f = List.of(fired(RES, 0, "warning", "80%", 0, "2026-06-01T15:24"));
        assertEquals(at("2026-06-01T13:00"), t.clock(RES, "2026-06-01T15:30").due());
        List<PlannedStep> plan = t.plan("2026-06-01T15:30", rules, f);
        assertEquals(List.of("-1/breach#0@2026-06-01T15:30:00+02:00",
                "1/hour after#0@2026-06-01T15:30:00+02:00",
                "2/three after#0@2026-06-01T16:00:00+02:00",
                "3/hour after real#0@2026-06-01T15:30:00+02:00"), steps(plan, RES));
        // What the ticket shows: escalation level 1 (the warning), next the breach record due 15:30.
        ScheduledStep warning = new ScheduledStep(1, new PlannedStep(RES, 0, "warning", "80%", 0, "NOTIFY",
                at("2026-06-01T15:24")), at("2026-06-01T09:00"));
        warning.fired(at("2026-06-01T15:24"), "server", "sent");
        List<ScheduledStep> stored = new ArrayList<>(List.of(warning));
        plan.stream().filter(p -> p.metric().equals(RES)).forEach(p -> stored.add(new ScheduledStep(1, p, at("2026-06-01T15:30"))));
        EscalationStanding standing = EscalationStanding.of(stored).get(RES);
        assertEquals(1, standing.level());
        assertEquals("breach", standing.nextStep());
        assertEquals(at("2026-06-01T15:30"), standing.nextDueAt());
    }

    @Test
    void h25_aMoveToTheSecondLineExtendsTheTargetAndReplans() {
        // P2 (8 h) registered Mon 1 June 2026 09:00 on the first line: warning 15:24, due 17:00 -> breach Tue 09:00:01.
        // Moved to group L2 of line 2 at 11:00: resolution target 8 h + 2 h = 10 h (the response target is unchanged).
        //   warning 80 % of 10 h = 8 h -> Mon 17:00 (closing)
        //   due 10 h -> Mon 8 h + Tue 2 h -> Tue 2 June 11:00 -> breach 11:00:01; "100%" step likewise
        Ticket t = new Ticket("2026-06-01T09:00", 2).status("2026-06-01T09:00", "IN_PROGRESS").responded("2026-06-01T09:00")
                .group("2026-06-01T11:00", "L2", 2);
        List<EscalationRule> rules = resolution(step("warning", "80%"), step("breached", "100%"));
        assertEquals(List.of("-1/breach#0@2026-06-02T09:00:01+02:00", "0/warning#0@2026-06-01T15:24:00+02:00",
                "1/breached#0@2026-06-02T09:00:01+02:00"), steps(t.plan("2026-06-01T09:00", rules, List.of()), RES));
        assertEquals(List.of("-1/breach#0@2026-06-02T11:00:01+02:00", "0/warning#0@2026-06-01T17:00:00+02:00",
                "1/breached#0@2026-06-02T11:00:01+02:00"), steps(t.plan("2026-06-01T11:00", rules, List.of()), RES));
    }

    // =================================================================================================
    // Resolution and reopening
    // =================================================================================================

    @Test
    void h26_aReopenedTicketPlansItsRemainingStepsFromTheReopening() {
        // P2 (8 h) registered Mon 1 June 2026 09:00, resolved 12:00 (E = 3 h), reopened Wed 3 June 14:00.
        // Resolved: nothing pending. Reopened, against the same 8 h:
        //   50 % (4 h): 1 h after 14:00 -> Wed 15:00
        //   80 % (6h24m): 3h24m after 14:00 -> Wed 3 h to 17:00, Thu 09:00 + 24 min -> Thu 4 June 09:24
        //   due: 5 h after 14:00 -> Wed 3 h, Thu 2 h -> Thu 11:00 -> breach 11:00:01
        // The response clock stopped at the first response and does not run again.
        Ticket t = new Ticket("2026-06-01T09:00", 2).status("2026-06-01T09:00", "IN_PROGRESS").responded("2026-06-01T09:10")
                .status("2026-06-01T12:00", "RESOLVED").status("2026-06-03T14:00", "IN_PROGRESS");
        List<EscalationRule> rules = List.of(new EscalationRule(RES, null, List.of(step("half", "50%"), step("warning", "80%"))),
                new EscalationRule(RESP, null, List.of(step("response warning", "80%"))));
        assertEquals(List.of(), t.plan("2026-06-01T12:00", rules, List.of()));
        List<PlannedStep> reopened = t.plan("2026-06-03T14:00", rules, List.of());
        assertEquals(List.of("-1/breach#0@2026-06-04T11:00:01+02:00", "0/half#0@2026-06-03T15:00:00+02:00",
                "1/warning#0@2026-06-04T09:24:00+02:00"), steps(reopened, RES));
        assertEquals(List.of(), steps(reopened, RESP));
    }

    @Test
    void h27_aReopenedBreachedTicketResumesItsRepetitions() {
        // P1 (4 h) registered Mon 1 June 2026 09:00 -> breach 13:00:01.
        // Steps: "100%" every working hour; "PT1M" real every hour (13:01, 14:01, ...).
        // Fired: breach, 100% #0 13:00:01 and #1 14:00:01; PT1M #0 13:01 and #1 14:01. Resolved 14:30 (E = 5h30m),
        // reopened Tue 2 June 10:00.
        //   100% #2 (working): at E = T + 1 s + 2 h = 6h00m01s -> 30m01s after 10:00 -> Tue 10:30:01
        //                      (an hour of the clock's counting after #1, as a wait would give)
        //   PT1M #2 (real): first 13:01 + 2 h = Mon 15:01, passed while resolved -> one late notice now, Tue 10:00
        //   then PT1M #3 after #2 fired at 10:00: not sooner than 11:00 -> Tue 11:00
        Ticket t = new Ticket("2026-06-01T09:00", 1).status("2026-06-01T09:00", "IN_PROGRESS").responded("2026-06-01T09:05")
                .status("2026-06-01T14:30", "RESOLVED").status("2026-06-02T10:00", "IN_PROGRESS");
        List<EscalationRule> rules = resolution(repeating("overdue", "100%", TimeBasis.WORKING, Duration.ofHours(1)),
                repeating("overdue real", "PT1M", TimeBasis.REAL, Duration.ofHours(1)));
        List<FiredStep> f = new ArrayList<>(List.of(fired(RES, -1, "breach", "100%", 0, "2026-06-01T13:00:01"),
                fired(RES, 0, "overdue", "100%", 0, "2026-06-01T13:00:01"),
                fired(RES, 0, "overdue", "100%", 1, "2026-06-01T14:00:01"),
                fired(RES, 1, "overdue real", "PT1M", 0, "2026-06-01T13:01"),
                fired(RES, 1, "overdue real", "PT1M", 1, "2026-06-01T14:01")));
        assertEquals(List.of(), steps(t.plan("2026-06-01T14:30", rules, f), RES), "resolved: nothing");
        assertEquals(List.of("0/overdue#2@2026-06-02T10:30:01+02:00", "1/overdue real#2@2026-06-02T10:00:00+02:00"),
                steps(t.plan("2026-06-02T10:00", rules, f), RES));
        f.add(fired(RES, 1, "overdue real", "PT1M", 2, "2026-06-02T10:00"));
        assertEquals(List.of("0/overdue#2@2026-06-02T10:30:01+02:00", "1/overdue real#3@2026-06-02T11:00:00+02:00"),
                steps(t.plan("2026-06-02T10:00", rules, f), RES));
    }

    // =================================================================================================
    // Time-in-status limits
    // =================================================================================================

    @Test
    void h28_aLimitOnAWaitingStatusCountsWhileTheResolutionClockWaits() {
        // P2 registered Mon 1 June 2026 09:00, IN_PROGRESS and responded 09:05, CLARIFICATION_WITH_CUSTOMER at 15:30.
        // status:CLARIFICATION_WITH_CUSTOMER (P2, 2 h) counts working time in the status: Mon 15:30-17:00 = 1.5 h,
        // Tue 09:00 + 30 min -> due Tue 2 June 09:30 -> breach and the default "limit passed" 09:30:01.
        // The resolution clock waits: nothing. status:NEW (5 min in NEW) is outside its status: nothing.
        Ticket t = new Ticket("2026-06-01T09:00", 2).status("2026-06-01T09:05", "IN_PROGRESS").responded("2026-06-01T09:05")
                .status("2026-06-01T15:30", "CLARIFICATION_WITH_CUSTOMER");
        List<PlannedStep> plan = t.plan("2026-06-01T15:30", List.of(), List.of());
        assertEquals(List.of("-1/breach#0@2026-06-02T09:30:01+02:00", "0/limit passed#0@2026-06-02T09:30:01+02:00"),
                steps(plan, "status:CLARIFICATION_WITH_CUSTOMER"));
        assertEquals(List.of(), steps(plan, RES));
        assertEquals(List.of(), steps(plan, "status:NEW"));
        // With its own rule: 50 % (1 h) -> Mon 16:30.
        List<EscalationRule> own = List.of(new EscalationRule("status:CLARIFICATION_WITH_CUSTOMER", null,
                List.of(step("half", "50%"))));
        assertEquals(List.of("-1/breach#0@2026-06-02T09:30:01+02:00", "0/half#0@2026-06-01T16:30:00+02:00"),
                steps(t.plan("2026-06-01T15:30", own, List.of()), "status:CLARIFICATION_WITH_CUSTOMER"));
    }

    @Test
    void h29_aLimitInProgressAcrossAWait() {
        // P3 registered Mon 1 June 2026 09:00 (NEW); IN_PROGRESS (responded) 10:00; CLARIFICATION 11:30;
        // IN_PROGRESS Tue 2 June 14:00. status:IN_PROGRESS (P3, 3 h): 1.5 h counted by 11:30, 1.5 h left after
        // Tue 14:00 -> due 15:30 -> breach and "limit passed" 15:30:01. While waiting: nothing.
        // resolution (16 h): E = 2.5 h at 11:30 (NEW counts); waits; after Tue 14:00:
        //   warning 12h48m - 2h30m = 10h18m: Tue 14-17 = 3 h, Wed 09:00 + 7h18m -> Wed 3 June 16:18
        //   due 13h30m: Tue 3 h, Wed 8 h (11 h), Thu 09:00 + 2h30m -> Thu 4 June 11:30 -> breach 11:30:01
        Ticket t = new Ticket("2026-06-01T09:00", 3).status("2026-06-01T10:00", "IN_PROGRESS").responded("2026-06-01T10:00")
                .status("2026-06-01T11:30", "CLARIFICATION_WITH_CUSTOMER").status("2026-06-02T14:00", "IN_PROGRESS");
        List<PlannedStep> waiting = t.plan("2026-06-02T12:00", List.of(), List.of());
        assertEquals(List.of(), steps(waiting, "status:IN_PROGRESS"));
        assertEquals(List.of(), steps(waiting, RES));
        List<PlannedStep> back = t.plan("2026-06-02T14:00", List.of(), List.of());
        assertEquals(List.of("-1/breach#0@2026-06-02T15:30:01+02:00", "0/limit passed#0@2026-06-02T15:30:01+02:00"),
                steps(back, "status:IN_PROGRESS"));
        assertEquals(List.of("-1/breach#0@2026-06-04T11:30:01+02:00", "0/warning#0@2026-06-03T16:18:00+02:00",
                "1/breach#0@2026-06-04T11:30:01+02:00"), steps(back, RES));
    }

    // =================================================================================================
    // A calendar version that moves the deadline
    // =================================================================================================

    @Test
    void h30_aNewCalendarVersionMovesTheSteps() {
        // P3 (16 h) registered Thu 29 Oct 2026 13:00 (CET, after the fall-back on the 25th).
        // Version 1 only (09-17): Thu 4 h, Fri 30 8 h (12 h), Mon 2 Nov 09:00 + 4 h -> due Mon 13:00, breach 13:00:01
        //   80 % = 12h48m -> Mon 09:48;  -PT8H -> Thu 4 h + Fri 4 h -> Fri 30 Oct 13:00;  PT2H -> Mon 15:00;
        //   PT30M real -> Mon 13:30
        // With version 2 from Mon 2 Nov (10-14): Mon 10:00 + 4 h -> due Mon 14:00 (closing) -> breach Tue 3 Nov 10:00:01
        //   80 % -> Mon 10:48;  -PT8H -> Fri 30 Oct 13:00 (unchanged);  PT2H -> E = 18 h -> Tue 10:00 + 2 h = 12:00;
        //   PT30M real -> Mon 14:30
        List<EscalationRule> rules = resolution(step("warning", "80%"), step("working day before", "-PT8H"),
                step("two after", "PT2H"), real("half hour after real", "PT30M"));
        Ticket before = new Ticket("2026-10-29T13:00", 3, OFFICE_V1_ONLY).status("2026-10-29T13:00", "IN_PROGRESS");
        assertEquals(List.of("-1/breach#0@2026-11-02T13:00:01+01:00", "0/warning#0@2026-11-02T09:48:00+01:00",
                "1/working day before#0@2026-10-30T13:00:00+01:00", "2/two after#0@2026-11-02T15:00:00+01:00",
                "3/half hour after real#0@2026-11-02T13:30:00+01:00"),
                steps(before.plan("2026-10-29T13:00", rules, List.of()), RES));
        Ticket after = new Ticket("2026-10-29T13:00", 3, OFFICE_V2).status("2026-10-29T13:00", "IN_PROGRESS");
        assertEquals(List.of("-1/breach#0@2026-11-03T10:00:01+01:00", "0/warning#0@2026-11-02T10:48:00+01:00",
                "1/working day before#0@2026-10-30T13:00:00+01:00", "2/two after#0@2026-11-03T12:00:00+01:00",
                "3/half hour after real#0@2026-11-02T14:30:00+01:00"),
                steps(after.plan("2026-10-30T10:00", rules, List.of()), RES));
    }

    @Test
    void h31_aDayOfWorkingTimeIs24WorkingHoursNotOneOfficeDay() {
        // docs/calendars.md: in a duration "a day is 24 hours of working time"; docs/agreements.md writes one working
        // day of a 9-hour office as "-PT9H". So on this 8-hour office:
        // P3 (16 h) registered Tue 2 June 2026 09:00 -> due Wed 3 June 17:00.
        //   "-PT8H" working (one office day) -> E = 8 h -> Tue 17:00
        //   "-P1D" working (24 working hours) -> E = max(0, 16 h - 24 h) = 0 -> passed: due at once, Tue 09:00
        Ticket t = new Ticket("2026-06-02T09:00", 3).status("2026-06-02T09:00", "IN_PROGRESS");
        assertEquals(List.of("-1/breach#0@2026-06-04T09:00:01+02:00", "0/office day before#0@2026-06-02T17:00:00+02:00",
                "1/day before#0@2026-06-02T09:00:00+02:00"), steps(t.plan("2026-06-02T09:00",
                resolution(step("office day before", "-PT8H"), step("day before", "-P1D")), List.of()), RES));
        // P1 (4 h) registered Tue 2 June 09:00 -> breach 13:00:01; "100%" repeating every P1D of working time:
        //   #1 = 24 working hours after 13:00:01: Tue 3h59m59s, Wed 8 h (11h59m59s), Thu 8 h (19h59m59s),
        //        Fri 5 June 09:00 + 4h00m01s -> Fri 13:00:01 (three office days later)
        Ticket p1 = new Ticket("2026-06-02T09:00", 1).status("2026-06-02T09:00", "IN_PROGRESS").responded("2026-06-02T09:00");
        List<EscalationRule> daily = resolution(repeating("daily", "100%", TimeBasis.WORKING, Duration.ofDays(1)));
        List<FiredStep> f = List.of(fired(RES, -1, "breach", "100%", 0, "2026-06-02T13:00:01"),
                fired(RES, 0, "daily", "100%", 0, "2026-06-02T13:00:01"));
        assertEquals(List.of("0/daily#1@2026-06-05T13:00:01+02:00"), steps(p1.plan("2026-06-02T13:00:01", daily, f), RES));
    }
}
