package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.ConsistencyFinding.Kind;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

class ConsistencyCheckTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long OFFICE = 1;
    private static final long SHORT_OFFICE = 2;
    private static final long ALWAYS = 3;
    private static final long ONE_DAY_ONLY = 4;
    private static final long UNTIL_1729 = 5;
    private static final long UNTIL_1725 = 6;
    private static final Map<Long, WorkCalendar> ENGINES = Map.of(
            UNTIL_1729, weekdays("09:00-17:29"),
            UNTIL_1725, weekdays("09:00-17:25"),
            OFFICE, weekdays("09:00-18:00"),
            SHORT_OFFICE, weekdays("09:00-17:55"),
            ALWAYS, WorkCalendar.twentyFourSeven(BERLIN),
            ONE_DAY_ONLY, WorkCalendar.of(CalendarRules.of(BERLIN, CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.closed()).override(LocalDate.of(2026, 3, 3), "09:00-10:00").build())));
    private static final Map<Long, String> NAMES = Map.of(OFFICE, "Office", SHORT_OFFICE, "Short office",
            ALWAYS, "24/7", ONE_DAY_ONLY, "One day", UNTIL_1729, "Until 17:29", UNTIL_1725, "Until 17:25");

    /** Two weeks from Monday 2026-03-02 00:00 in Berlin. */
    private static final Instant FROM = LocalDate.of(2026, 3, 2).atStartOfDay(BERLIN).toInstant();
    private static final Instant TO = FROM.plus(Duration.ofDays(14));

    private final ConsistencyCheck check = new ConsistencyCheck(new ConsistencyCheck.Calendars() {
        @Override
        public WorkCalendar engine(long calendarId) {
            return ENGINES.get(calendarId);
        }

        @Override
        public String name(long calendarId) {
            return NAMES.get(calendarId);
        }
    }, FROM, TO);

    private static WorkCalendar weekdays(String hours) {
        return WorkCalendar.of(CalendarRules.of(BERLIN, CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                .weeklyHours(WeeklyHours.mondayToFriday(hours)).build()));
    }

    /** An SLA (or OLA) with one service on the calendar and priority 1 with the given resolution target. */
    private static AgreementTerms terms(String service, long calendar, String resolution, UnderpinningLink... links) {
        TermsFixture f = new TermsFixture().withoutPenalties();
        f.services.set(0, TermsFixture.service(service, calendar));
        f.priorities.set(0, TermsFixture.priority(1, "PT15M", resolution, 20));
        f.underpins.addAll(List.of(links));
        return f.build();
    }

    private static UnderpinningLink resolutionOfP1(String service) {
        return TermsFixture.link("SLA-1", "WS", 1, TargetKind.RESOLUTION, service, 1);
    }

    private List<ConsistencyFinding> underpinning(AgreementTerms sla, ConsistencyCheck.Party... parties) {
        return check.underpinning("SLA-1", Optional.of(sla), List.of(parties));
    }

    private static ZonedDateTime berlin(Instant instant) {
        return instant.atZone(BERLIN);
    }

    @Test
    void aStricterTargetOnTheSameCalendarFits() {
        AgreementTerms sla = terms("WS", OFFICE, "PT4H");
        assertEquals(List.of(), underpinning(sla, new ConsistencyCheck.Party("OLA-1",
                terms("L2", OFFICE, "PT4H", resolutionOfP1("L2")))));
    }

    @Test
    void anOlaThatAllowsMoreOverdueTicketsThanTheSlaIsLooser() {
        AgreementTerms sla = terms("WS", OFFICE, "PT4H");
        for (Integer share : new Integer[] {30}) {
            TermsFixture ola = new TermsFixture().withoutPenalties();
            ola.services.set(0, TermsFixture.service("L2", OFFICE));
            ola.priorities.set(0, new PriorityTerms(1, "P1", Duration.ofMinutes(15), Duration.ofHours(2),
                    share == null ? null : java.math.BigDecimal.valueOf(share), false, List.of()));
            ola.metrics.removeIf(m -> m.kind() == MetricKind.OVERDUE_SHARE);
            ola.underpins.add(resolutionOfP1("L2"));
            List<ConsistencyFinding> findings = underpinning(sla, new ConsistencyCheck.Party("OLA-1", ola.build()));
            assertEquals(List.of(Kind.LOOSER_THAN_SLA), findings.stream().map(ConsistencyFinding::kind).toList(),
                    "overdue share " + share + ": " + findings);
            assertTrue(findings.get(0).message().contains("30 %") && findings.get(0).message().contains("20 %"),
                    findings.get(0).message());
        }
        TermsFixture none = new TermsFixture().withoutPenalties();
        none.services.set(0, TermsFixture.service("L2", OFFICE));
        none.priorities.set(0, new PriorityTerms(1, "P1", Duration.ofMinutes(15), Duration.ofHours(2), null, false,
                List.of()));
        none.metrics.removeIf(m -> m.kind() == MetricKind.OVERDUE_SHARE);
        none.underpins.add(resolutionOfP1("L2"));
        assertEquals(List.of(), underpinning(sla, new ConsistencyCheck.Party("OLA-1", none.build())),
                "without a share of its own the OLA commits ticket by ticket");
        TermsFixture stricter = new TermsFixture().withoutPenalties();
        stricter.services.set(0, TermsFixture.service("L2", OFFICE));
        stricter.priorities.set(0, TermsFixture.priority(1, "PT15M", "PT2H", 10));
        stricter.underpins.add(resolutionOfP1("L2"));
        assertEquals(List.of(), underpinning(sla, new ConsistencyCheck.Party("OLA-1", stricter.build())));
    }

    @Test
    void oneWorkingHourMoreCanMeanAWholeWeekendLater() {
        AgreementTerms sla = terms("WS", OFFICE, "PT4H");
        List<ConsistencyFinding> findings = underpinning(sla, new ConsistencyCheck.Party("OLA-1",
                terms("L2", OFFICE, "PT5H", resolutionOfP1("L2"))));
        assertEquals(1, findings.size(), findings.toString());
        ConsistencyFinding f = findings.get(0);
        assertEquals(Kind.LOOSER_THAN_SLA, f.kind());
        assertEquals("OLA-1", f.agreement());
        assertEquals("SLA-1", f.reference());
        assertEquals(Duration.ofHours(64), f.excess(), "a ticket on Friday afternoon: Friday 17:xx against Monday 09:xx");
        ZonedDateTime example = berlin(f.example());
        assertEquals(java.time.DayOfWeek.FRIDAY, example.getDayOfWeek());
        assertTrue(example.toLocalTime().isAfter(LocalTime.of(13, 0)) && !example.toLocalTime().isAfter(LocalTime.of(14, 0)),
                example.toString());
        assertTrue(f.message().contains("64 h") || f.message().contains("2 d 16 h"), f.message());
    }

    @Test
    void targetsOnDifferentCalendarsAreComparedByTheirDeadlines() {
        AgreementTerms sla = terms("WS", OFFICE, "PT4H");
        assertEquals(List.of(), underpinning(sla, new ConsistencyCheck.Party("OLA-1",
                terms("L2", ALWAYS, "PT4H", resolutionOfP1("L2")))), "4 h round the clock never ends later");
        List<ConsistencyFinding> findings = underpinning(sla, new ConsistencyCheck.Party("OLA-1",
                terms("L2", ALWAYS, "PT5H", resolutionOfP1("L2"))));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Duration.ofHours(1), findings.get(0).excess(), "at worst a ticket at opening time");
    }

    @Test
    void theWorstCaseIsExactToTheSecondAcrossAnEarlierClosing() {
        AgreementTerms sla = terms("WS", OFFICE, "PT1H");
        List<ConsistencyFinding> findings = underpinning(sla, new ConsistencyCheck.Party("OLA-1",
                terms("L2", SHORT_OFFICE, "PT1H", resolutionOfP1("L2"))));
        ConsistencyFinding looser = findings.stream().filter(f -> f.kind() == Kind.LOOSER_THAN_SLA).findFirst()
                .orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals(Duration.ofHours(63).plusMinutes(5), looser.excess(),
                "Friday 16:55:01 to 17:00: due Friday 17:55:01 to 18:00 against Monday 09:00:01 to 09:05");
        ZonedDateTime example = berlin(looser.example());
        assertTrue(!example.toLocalTime().isBefore(LocalTime.of(16, 55, 1))
                && !example.toLocalTime().isAfter(LocalTime.of(17, 0)), example.toString());

        ConsistencyFinding uncovered = findings.stream().filter(f -> f.kind() == Kind.SERVICE_HOURS_NOT_COVERED)
                .findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals(Duration.ofMinutes(50), uncovered.excess(), "17:55-18:00 on ten working days");
        assertEquals(LocalDate.of(2026, 3, 2).atTime(17, 55).atZone(BERLIN).toInstant(), uncovered.example());
    }

    @Test
    void aWorstCaseBetweenTheSamplesOfAnHourlyGridIsFound() {
        AgreementTerms sla = terms("WS", UNTIL_1729, "PT1H");
        List<ConsistencyFinding> findings = underpinning(sla, new ConsistencyCheck.Party("OLA-1",
                terms("L2", UNTIL_1725, "PT1H", resolutionOfP1("L2"))));
        ConsistencyFinding looser = findings.stream().filter(f -> f.kind() == Kind.LOOSER_THAN_SLA).findFirst()
                .orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals(Duration.ofHours(63).plusMinutes(35), looser.excess(),
                "only tickets from Friday 16:25:01 to 16:29 end on Friday under the SLA and on Monday under the OLA");
        LocalTime at = berlin(looser.example()).toLocalTime();
        assertTrue(at.isAfter(LocalTime.of(16, 25)) && !at.isAfter(LocalTime.of(16, 29)), at.toString());
    }

    @Test
    void theStepsOfASupportPathMustFitTogetherInsideTheSlaTarget() {
        AgreementTerms sla = terms("WS", OFFICE, "PT3H");
        ConsistencyCheck.Party desk = new ConsistencyCheck.Party("OLA-DESK", terms("DESK", ALWAYS, "PT1H",
                TermsFixture.step("SLA-1", "WS", 1, TargetKind.RESOLUTION, "DESK", 1, TargetKind.RESPONSE,
                        "on site", 1, "dispatcher registers")));
        ConsistencyCheck.Party engineer = new ConsistencyCheck.Party("OLA-L2", withResponse(terms("L2", OFFICE, "PT8H",
                TermsFixture.step("SLA-1", "WS", 1, TargetKind.RESOLUTION, "L2", 1, TargetKind.RESPONSE,
                        "on site", 2, "engineer responds")), "PT1H"));
        ConsistencyCheck.Party field = new ConsistencyCheck.Party("UC-FIELD", terms("FIELD", OFFICE, "PT2H",
                TermsFixture.step("SLA-1", "WS", 1, TargetKind.RESOLUTION, "FIELD", 1, TargetKind.RESOLUTION,
                        "on site", 3, "field engineer arrives")));

        List<ConsistencyFinding> findings = underpinning(sla, desk, engineer, field);
        assertEquals(1, findings.size(), findings.toString());
        ConsistencyFinding f = findings.get(0);
        assertEquals(Kind.PATH_EXCEEDS_SLA, f.kind());
        assertEquals("OLA-DESK, OLA-L2, UC-FIELD", f.agreement());
        assertEquals(Duration.ofHours(63).plusMinutes(15), f.excess(),
                "a ticket on Friday 14:45:01 to 15:00 reaches the field engineer on Monday, the SLA ends on Friday");
        assertTrue(f.message().contains("dispatcher registers 15 min, then engineer responds 1 h, then field engineer"
                + " arrives 2 h"), f.message());

        AgreementTerms roomier = terms("WS", OFFICE, "PT3H15M");
        assertEquals(List.of(), underpinning(roomier, desk, engineer, field), "3 h 15 min leaves room for all steps");

        ConsistencyCheck.Party secondDesk = new ConsistencyCheck.Party("OLA-DESK2", terms("DESK", ALWAYS, "PT1H",
                TermsFixture.step("SLA-1", "WS", 1, TargetKind.RESOLUTION, "DESK", 1, TargetKind.RESPONSE,
                        "on site", 1, "night dispatcher registers")));
        List<ConsistencyFinding> claimed = underpinning(roomier, desk, secondDesk, engineer, field);
        assertEquals(List.of(Kind.STEP_CLAIMED_TWICE), claimed.stream().map(ConsistencyFinding::kind).toList(),
                "two OLAs on step 1 are not chained silently");
        assertTrue(claimed.get(0).message().contains("OLA-DESK and OLA-DESK2"), claimed.get(0).message());
    }

    private static AgreementTerms withResponse(AgreementTerms t, String response) {
        TermsFixture f = new TermsFixture().withoutPenalties();
        f.services.set(0, t.services().get(0));
        f.priorities.set(0, TermsFixture.priority(1, response, "PT8H", 20));
        f.underpins.addAll(t.underpins());
        return f.build();
    }

    @Test
    void linksToMissingTargetsAndSlasAreReported() {
        AgreementTerms sla = terms("WS", OFFICE, "PT4H");
        List<ConsistencyFinding> missing = underpinning(sla, new ConsistencyCheck.Party("OLA-1", terms("L2", OFFICE,
                "PT4H", TermsFixture.link("SLA-1", "NET", 1, TargetKind.RESOLUTION, "L2", 1),
                TermsFixture.link("SLA-1", "WS", 3, TargetKind.RESPONSE, "L2", 1))));
        assertEquals(List.of(Kind.UNKNOWN_SLA_TARGET, Kind.UNKNOWN_SLA_TARGET),
                missing.stream().map(ConsistencyFinding::kind).toList());
        assertTrue(missing.get(1).message().contains("no response target for priority 3"), missing.get(1).message());

        List<ConsistencyFinding> noSla = check.underpinning("SLA-1", Optional.empty(), List.of(
                new ConsistencyCheck.Party("OLA-1", terms("L2", OFFICE, "PT4H", resolutionOfP1("L2")))));
        assertEquals(Kind.UNKNOWN_SLA, noSla.get(0).kind());
    }

    @Test
    void aCalendarThatRunsOutOfWorkingTimeIsReported() {
        AgreementTerms sla = terms("WS", OFFICE, "PT4H");
        List<ConsistencyFinding> findings = underpinning(sla, new ConsistencyCheck.Party("OLA-1",
                terms("L2", ONE_DAY_ONLY, "PT2H", resolutionOfP1("L2"))));
        assertTrue(findings.stream().anyMatch(f -> f.kind() == Kind.NO_WORKING_TIME), findings.toString());
    }

    @Test
    void aChildMayTightenButNotLoosenWhatItInherits() {
        AgreementTerms parent = terms("WS", ALWAYS, "PT4H");
        AgreementTerms tighter = terms("WS", ALWAYS, "PT3H");
        assertEquals(List.of(), check.inheritance("SLA-CHILD", tighter, tighter, "SLA-PARENT", parent));

        TermsFixture looser = new TermsFixture().withoutPenalties();
        looser.services.set(0, TermsFixture.service("WS", ALWAYS));
        looser.priorities.set(0, TermsFixture.priority(1, null, "PT5H", 25));
        AgreementTerms child = looser.build();
        List<ConsistencyFinding> findings = check.inheritance("SLA-CHILD", child, child, "SLA-PARENT", parent);
        assertEquals(List.of(Kind.LOOSER_THAN_PARENT, Kind.LOOSER_THAN_PARENT, Kind.LOOSER_THAN_PARENT),
                findings.stream().map(ConsistencyFinding::kind).toList(), findings.toString());
        assertEquals(TargetKind.RESPONSE, findings.get(0).target(), "the parent's 15 min response is missing");
        assertEquals(Duration.ofHours(1), findings.get(1).excess());
        assertTrue(findings.get(2).message().contains("25 % overdue tickets, more than the 20 %"),
                findings.get(2).message());
    }

    @Test
    void aFindingNamesItsExampleInstantExactly() {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        Instant whole = LocalDate.of(2026, 3, 2).atTime(17, 0).atZone(berlin).toInstant();
        assertEquals("Mon 2026-03-02 17:00 +01:00 (Europe/Berlin)", ConsistencyCheck.when(whole, berlin));
        assertEquals("Mon 2026-03-02 17:00:01 +01:00 (Europe/Berlin)",
                ConsistencyCheck.when(whole.plusSeconds(1), berlin), "not rounded to 17:00");
    }

    @Test
    void anUnderpinningAgreementThatEndsBeforeTheSlaIsAFinding() {
        java.util.Optional<LocalDate> end2027 = java.util.Optional.of(LocalDate.of(2027, 12, 31));
        java.util.Optional<LocalDate> end2026 = java.util.Optional.of(LocalDate.of(2026, 12, 31));
        ConsistencyFinding f = ConsistencyCheck.endsFirst("SLA-1", end2027, "OLA-1", end2026).orElseThrow();
        assertEquals(Kind.UNDERPINNING_ENDS_FIRST, f.kind());
        assertTrue(f.message().contains("from 2027-01-01"), f.message());
        assertTrue(ConsistencyCheck.endsFirst("SLA-1", java.util.Optional.empty(), "OLA-1", end2026).isPresent(),
                "an SLA without end outlives any OLA that has one");
        assertTrue(ConsistencyCheck.endsFirst("SLA-1", end2026, "OLA-1", end2027).isEmpty());
        assertTrue(ConsistencyCheck.endsFirst("SLA-1", end2026, "OLA-1", java.util.Optional.empty()).isEmpty());
    }

    @Test
    void aTargetOfAnUnderpinnedServiceThatNoLinkUnderpinsIsNamed() {
        AgreementTerms sla = terms("WS", OFFICE, "PT4H");
        ConsistencyCheck.Party ola = new ConsistencyCheck.Party("OLA-1", terms("L2", OFFICE, "PT4H", resolutionOfP1("L2")));
        List<ConsistencyFinding> findings = ConsistencyCheck.notUnderpinned("SLA-1", sla, List.of(ola));
        List<String> targets = findings.stream().map(f -> f.serviceCode() + "/" + f.priority() + "/" + f.target()).toList();
        assertEquals(List.of("WS/2/RESOLUTION", "WS/3/RESOLUTION"), targets,
                "priority 1's resolution is underpinned; response targets nobody underpins are not listed");
        assertTrue(findings.stream().allMatch(f -> f.kind() == Kind.NOT_UNDERPINNED && f.agreement().equals("SLA-1")));
        assertTrue(findings.get(0).message().contains("resolution target of priority 2 on service WS of SLA-1 (4 h)"),
                findings.get(0).message());

        assertEquals(List.of(), ConsistencyCheck.notUnderpinned("SLA-1", sla, List.of()),
                "a service nobody underpins is the provider's own business");
    }

    @Test
    void aChildThatRedefinesAPriorityKeepsToTheParentsOwnTargetForAService() {
        TermsFixture parentTerms = new TermsFixture().withoutPenalties();
        parentTerms.services.set(0, TermsFixture.service("WS", OFFICE));
        parentTerms.priorities.set(0, TermsFixture.priority(1, "PT15M", "PT4H", 20));
        parentTerms.serviceTargets.add(new ServiceTarget("WS", 1, null, Duration.ofHours(1)));
        AgreementTerms parent = parentTerms.build();
        TermsFixture childOwn = new TermsFixture().withoutPenalties();
        childOwn.services.clear();
        childOwn.priorities.clear();
        childOwn.priorities.add(TermsFixture.priority(1, "PT15M", "PT2H", 20));
        AgreementTerms own = childOwn.build();

        List<ConsistencyFinding> findings = check.inheritance("SLA-CHILD", own, own.inheritingFrom(parent), "SLA-1",
                parent);
        ConsistencyFinding looser = findings.stream().filter(f -> f.target() == TargetKind.RESOLUTION).findFirst()
                .orElseThrow(() -> new AssertionError("2 h for WS is looser than the parent's 1 h for WS: " + findings));
        assertEquals("WS", looser.serviceCode());
        assertTrue(looser.message().contains("(1 h on 'Office')"), looser.message());
    }
}
