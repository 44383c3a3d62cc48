package org.servicelevel.domain.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.LineExtension;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTarget;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.DailyHours;
import org.servicelevel.domain.worktime.TimeOfDayRange;
import org.servicelevel.domain.worktime.WeeklyHours;

/**
 * The calculator against {@link ReferenceClocks}, a minute-by-minute reading of the documented rules,
 * over generated tickets: registrations inside and outside service hours, on holidays, date
 * overrides and daylight-saving days; pauses, resolutions and reopenings, priority changes both
 * ways, moves between support lines, comments, cancellations (and reopenings after them), the end
 * of the agreement, a calendar version taking effect, and clocks read at instants inside the history.
 */
class ClockReferencePropertyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Days around which tickets are registered: both daylight-saving changes, Whitsun, Christmas, an ordinary week. */
    private static final List<LocalDate> ANCHORS = List.of(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 10, 22),
            LocalDate.of(2026, 5, 21), LocalDate.of(2026, 12, 21), LocalDate.of(2026, 6, 8));

    /** Weekly hours: office, office with lunch, 24/7, six days, nights (never changing inside 02:00-03:00). */
    private static final List<Map<DayOfWeek, List<int[]>>> WEEKS = List.of(
            week(DayOfWeek.FRIDAY, r(9, 18)),
            week(DayOfWeek.FRIDAY, r(9, 13), r(14, 18)),
            week(DayOfWeek.SUNDAY, r(0, 24)),
            week(DayOfWeek.SATURDAY, r(8, 17)),
            week(DayOfWeek.SUNDAY, r(0, 6), r(22, 24)));

    /** Date overrides: a day off, a short day, a working day with unusual hours. */
    private static final List<List<int[]>> OVERRIDES = List.of(List.of(), List.of(r(9, 13)), List.of(r(10, 14)));

    private static final List<String> OPEN_STATUSES = List.of("IN_PROGRESS", "CLARIFICATION_WITH_CUSTOMER",
            "CUSTOMER_TESTING", "PASSED_TO_THIRD_PARTY", "NEW");
    private static final List<String> GROUPS = List.of("L1", "L2", "L3", "OPS");

    private static final AgreementTerms TERMS = new AgreementTerms(null, null, null,
            List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null, null, List.of()),
                    new ServiceTerms("NET", "Network", null, 1L, null, null, null, List.of())),
            List.of(priority(1, "PT15M", "PT2H"), priority(2, "PT30M", "PT4H"), priority(3, "PT2H", "PT16H"),
                    new PriorityTerms(4, "By agreement", null, null, BigDecimal.TEN, false, List.of())),
            null, List.of(new StatusLimit(2, "NEW", Duration.ofMinutes(15)),
                    new StatusLimit(1, "IN_PROGRESS", Duration.ofHours(1)),
                    new StatusLimit(3, "IN_PROGRESS", Duration.ofHours(3)),
                    new StatusLimit(2, "IN_PROGRESS", Duration.ofMinutes(90)),
                    new StatusLimit(1, "CLARIFICATION_WITH_CUSTOMER", Duration.ofHours(8)),
                    new StatusLimit(3, "CLARIFICATION_WITH_CUSTOMER", Duration.ofHours(8))), null,
            List.of(new LineExtension(2, Duration.ofHours(1)), new LineExtension(3, Duration.ofHours(9))),
            null, null, null, 0, null, null, null,
            List.of(new ServiceTarget("NET", 1, Duration.ofMinutes(5), Duration.ofHours(1)),
                    new ServiceTarget("NET", 3, null, Duration.ofHours(8))), List.of());

    /** One change of the ticket as generated: how long after the previous one, what kind, which choice, by whom. */
    record Gene(int gap, int kind, int choice, boolean byCustomer) {
    }

    /** A generated case: the calendar, the ticket's history and the instant its clocks are read at. */
    record Scenario(ReferenceClocks.Calendar calendar, CalendarRules rules, Instant registeredAt, List<Phase> phases,
                    Instant at, Instant monitoringEnd, List<String> story) {

        /** The ticket's service: NET (with its own targets for priorities 1 and 3) for every other registration minute. */
        String service() {
            return registeredAt.getEpochSecond() / 60 % 2 == 0 ? "WS" : "NET";
        }

        ClockCalculator.TicketHistory history() {
            return new ClockCalculator.TicketHistory(registeredAt,
                    phases.stream().filter(p -> !p.from().isAfter(at)).toList());
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("\ncalendar:");
            for (ReferenceClocks.Version v : calendar.versions()) {
                b.append("\n  from ").append(v.from()).append(" weekly ").append(describe(v.weekly()))
                        .append(" holidays ").append(v.holidays()).append(" overrides ");
                v.overrides().forEach((d, rs) -> b.append(d).append('=').append(describe(rs)).append(' '));
            }
            b.append("\nservice ").append(service());
            b.append("\nmonitoring ends ").append(monitoringEnd).append("\n");
            story.forEach(line -> b.append("  ").append(line).append('\n'));
            b.append("read at ").append(at.atZone(BERLIN).toLocalDateTime());
            return b.toString();
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> anchor = Arbitraries.integers().between(0, ANCHORS.size() - 1);
        Arbitrary<Integer> registration = Arbitraries.integers().between(0, 4 * 24 * 60);
        Arbitrary<List<Integer>> calendarGenes = Arbitraries.integers().between(0, 99).list().ofSize(9);
        Arbitrary<List<Gene>> genes = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(15, Arbitraries.just(0)), Tuple.of(40, Arbitraries.integers().between(1, 120)),
                        Tuple.of(35, Arbitraries.integers().between(121, 24 * 60)),
                        Tuple.of(10, Arbitraries.integers().between(24 * 60, 3 * 24 * 60))),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 3)).as((gap, kind, choice, who) -> new Gene(gap, kind, choice, who == 0))
                .list().ofMaxSize(12);
        Arbitrary<Integer> monitoring = Arbitraries.integers().between(0, 99);
        Arbitrary<Integer> reading = Arbitraries.integers().between(0, 999);
        return Combinators.combine(anchor, registration, calendarGenes, genes, monitoring, reading)
                .as(ClockReferencePropertyTest::scenario);
    }

    @Property(tries = 3000)
    void theCalculatorReadsEveryClockAsTheMinuteByMinuteReferenceDoes(@ForAll("scenarios") Scenario s) {
        List<SlaClock> actual = ClockCalculator.clocks(s.history(), TERMS.forService(s.service()),
                ClockFixture.calendar(s.rules()), s.at(), s.monitoringEnd());
        List<ReferenceClocks.Result> expected = new ReferenceClocks(s.calendar(), TERMS, s.service())
                .clocks(s.history(), s.at(), s.monitoringEnd());
        assertEquals(expected.stream().map(ReferenceClocks.Result::metric).toList(),
                actual.stream().map(SlaClock::metric).toList(), "which clocks " + s);
        for (int i = 0; i < expected.size(); i++) {
            ReferenceClocks.Result e = expected.get(i);
            net.jqwik.api.statistics.Statistics.label(e.metric().startsWith("status") ? "status" : e.metric())
                    .collect(e.state() + (e.paused() ? "+paused" : ""));
            SlaClock a = actual.get(i);
            String where = e.metric() + " " + s;
            assertEquals(e.state(), a.state(), "state of " + where);
            assertEquals(e.paused(), a.paused(), "paused flag of " + where);
            assertEquals(e.target(), a.target().getSeconds(), "target of " + where);
            assertEquals(e.elapsed(), a.elapsed().getSeconds(), "elapsed of " + where);
            assertEquals(e.remaining(), a.remaining().getSeconds(), "remaining of " + where);
            assertEquals(e.startedAt(), a.startedAt(), "startedAt of " + where);
            assertEquals(e.stoppedAt(), a.stoppedAt(), "stoppedAt of " + where);
            assertEquals(e.breachedAt(), a.breachedAt(), "breachedAt of " + where);
            assertEquals(e.due(), a.due(), "due of " + where);
            assertEquals(e.breachesAfter(), a.breachesAfter(), "breachesAfter of " + where);
            assertEquals(e.pausedSeconds(), a.pausedWorkingTime().getSeconds(), "paused time of " + where);
            assertEquals(e.waitingOnCustomer(), a.waitingOnCustomer().getSeconds(), "waiting on customer of " + where);
            assertEquals(e.waitingOnThirdParty(), a.waitingOnThirdParty().getSeconds(), "waiting on third party of " + where);
            Map<String, Long> groups = new HashMap<>();
            a.workingTimeByGroup().forEach((g, d) -> groups.put(g, d.getSeconds()));
            assertEquals(e.byGroup(), groups, "time by group of " + where);
            assertEquals(e.calendarVersions(), a.calendarVersions(), "calendar versions of " + where);
        }
    }

    /** Builds the calendar, replays the genes through the ticket's rules and picks the reading instant. */
    private static Scenario scenario(int anchorIndex, int registrationMinutes, List<Integer> c, List<Gene> genes,
                                     int monitoring, int reading) {
        LocalDate anchor = ANCHORS.get(anchorIndex);
        Set<LocalDate> holidays = new TreeSet<>();
        if (c.get(0) < 60) {
            holidays.add(anchor.plusDays(c.get(0) % 9));
        }
        if (c.get(1) < 30) {
            holidays.add(anchor.plusDays(c.get(1) % 9));
        }
        Map<LocalDate, List<int[]>> overrides = new java.util.TreeMap<>();
        if (c.get(2) < 60) {
            overrides.put(anchor.plusDays(c.get(2) % 9), OVERRIDES.get(c.get(3) % OVERRIDES.size()));
        }
        if (c.get(4) < 30) {
            overrides.put(anchor.plusDays(c.get(4) % 9), OVERRIDES.get(c.get(5) % OVERRIDES.size()));
        }
        List<ReferenceClocks.Version> versions = new ArrayList<>();
        versions.add(new ReferenceClocks.Version(LocalDate.of(2020, 1, 1), WEEKS.get(c.get(6) % WEEKS.size()), holidays,
                overrides));
        if (c.get(7) < 50) {
            versions.add(new ReferenceClocks.Version(anchor.plusDays(c.get(7) % 8),
                    WEEKS.get(c.get(8) % WEEKS.size()), holidays, overrides));
        }
        ReferenceClocks.Calendar calendar = new ReferenceClocks.Calendar(BERLIN, versions);
        CalendarRules rules = CalendarRules.of(BERLIN, versions.stream().map(ClockReferencePropertyTest::version).toList());

        Instant registeredAt = anchor.atStartOfDay(BERLIN).toInstant().plusSeconds(registrationMinutes * 60L);
        List<String> story = new ArrayList<>();
        int priority = 1 + genes.size() % 4;
        String status = "NEW";
        String group = "L1";
        boolean responded = false;
        List<Phase> phases = new ArrayList<>();
        phases.add(new Phase(registeredAt, status, category(status), group, line(group), priority, false));
        story.add(local(registeredAt) + " registered, priority " + priority);
        Instant t = registeredAt;
        for (Gene g : genes) {
            t = t.plusSeconds(g.gap() * 60L);
            StatusCategory now = category(status);
            String before = status + group + priority + responded;
            if (g.kind() < 45) {
                String to = switch (now) {
                    case RESOLVED -> g.choice() < 60 ? "IN_PROGRESS" : "CLOSED";
                    case CLOSED, CANCELLED -> g.choice() < 30 ? "IN_PROGRESS" : null;
                    default -> g.choice() < 12 ? "RESOLVED" : g.choice() < 20 ? "CANCELLED"
                            : OPEN_STATUSES.get(g.choice() % OPEN_STATUSES.size());
                };
                if (to == null || to.equals(status)) {
                    continue;
                }
                if (now == StatusCategory.NEW && category(to) != StatusCategory.NEW && !g.byCustomer()) {
                    responded = true;
                }
                status = to;
                story.add(local(t) + " " + (g.byCustomer() ? "customer" : "staff") + " moves to " + to);
            } else if (g.kind() < 65) {
                boolean visible = g.choice() % 2 == 0;
                if (visible && !g.byCustomer() && now.open()) {
                    responded = true;
                }
                story.add(local(t) + " " + (g.byCustomer() ? "customer" : "staff") + " comments"
                        + (visible ? " publicly" : " internally"));
            } else if (g.kind() < 80) {
                int to = 1 + g.choice() % 4;
                if (!now.open() || to == priority) {
                    continue;
                }
                priority = to;
                story.add(local(t) + " priority " + to);
            } else {
                String to = GROUPS.get(g.choice() % GROUPS.size());
                if (to.equals(group)) {
                    continue;
                }
                group = to;
                story.add(local(t) + " assigned to " + to);
            }
            if (!before.equals(status + group + priority + responded)) {
                phases.add(new Phase(t, status, category(status), group, line(group), priority, responded));
            }
        }
        Instant monitoringEnd = null;
        if (monitoring >= 50) {
            LocalDate registered = LocalDate.ofInstant(registeredAt, BERLIN);
            long days = java.time.temporal.ChronoUnit.DAYS.between(registered,
                    LocalDate.ofInstant(phases.get(phases.size() - 1).from(), BERLIN)) + 2;
            monitoringEnd = registered.plusDays(monitoring % 5 == 0 ? 0 : 1 + monitoring % days).atStartOfDay(BERLIN).toInstant();
        }
        Instant last = phases.get(phases.size() - 1).from();
        Instant at;
        if (reading < 200 && phases.size() > 1) {
            at = phases.get(1 + reading % (phases.size() - 1)).from();
        } else if (reading < 600) {
            long span = Duration.between(registeredAt, last).toMinutes();
            at = registeredAt.plusSeconds(span * (reading % 200) / 200 * 60);
        } else {
            at = last.plusSeconds((reading - 600) * 11L * 60);
        }
        return new Scenario(calendar, rules, registeredAt, phases, at, monitoringEnd, story);
    }

    private static CalendarVersion version(ReferenceClocks.Version v) {
        WeeklyHours.Builder weekly = WeeklyHours.builder();
        v.weekly().forEach((day, ranges) -> weekly.on(day, hours(ranges)));
        CalendarVersion.Builder b = CalendarVersion.effectiveFrom(v.from()).weeklyHours(weekly.build());
        v.holidays().forEach(b::holiday);
        v.overrides().forEach((d, ranges) -> b.override(d, hours(ranges)));
        return b.build();
    }

    private static DailyHours hours(List<int[]> ranges) {
        return DailyHours.of(ranges.stream().map(r -> TimeOfDayRange.ofSeconds(r[0] * 60, r[1] * 60)).toList());
    }

    private static Map<DayOfWeek, List<int[]>> week(DayOfWeek lastWorkingDay, int[]... ranges) {
        Map<DayOfWeek, List<int[]>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.compareTo(lastWorkingDay) <= 0) {
                week.put(d, List.of(ranges));
            }
        }
        return week;
    }

    private static int[] r(int fromHour, int toHour) {
        return new int[] {fromHour * 60, toHour * 60};
    }

    private static String describe(Map<DayOfWeek, List<int[]>> week) {
        StringBuilder b = new StringBuilder();
        week.forEach((d, rs) -> b.append(d.toString(), 0, 2).append(describe(rs)));
        return b.toString();
    }

    private static String describe(List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return "[off]";
        }
        StringBuilder b = new StringBuilder("[");
        ranges.forEach(r -> b.append(LocalTime.MIN.plusMinutes(r[0])).append('-')
                .append(r[1] == 1440 ? "24:00" : LocalTime.MIN.plusMinutes(r[1]).toString()).append(' '));
        return b.toString().strip() + "]";
    }

    private static String local(Instant t) {
        return t.atZone(BERLIN).toLocalDateTime().toString();
    }

    private static PriorityTerms priority(int number, String response, String resolution) {
        return new PriorityTerms(number, "P" + number, Duration.parse(response), Duration.parse(resolution),
                BigDecimal.TEN, false, List.of());
    }

    private static StatusCategory category(String status) {
        return ClockFixture.category(status);
    }

    private static int line(String group) {
        return switch (group) {
            case "L1" -> 1;
            case "L2" -> 2;
            case "L3" -> 3;
            default -> 0;
        };
    }
}
