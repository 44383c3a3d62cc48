package org.servicelevel.domain.model.escalation;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.Phase;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.LineExtension;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The calendars, agreement and ticket builder of the hand-computed escalation scenarios
 * ({@link HandComputedEscalationTest}, {@link HandComputedEscalationDisagreementsTest}).
 *
 * <p>Calendars, all in Europe/Berlin (CET +01:00 until Sun 29 March 2026 02:00, CEST +02:00 until Sun 25
 * October 2026 03:00, CET again after):
 * <ul>
 *   <li>{@link #OFFICE}: Monday-Friday 09:00-17:00 (8 working hours a day). Holidays: Good Friday Fri 3 April,
 *       Easter Monday Mon 6 April, Ascension Thu 14 May, Christmas Fri 25 December 2026. Overrides: Sat 9 May
 *       09:00-17:00 (a working day transferred from the bridge day), Fri 15 May without hours (the bridge
 *       day off), Thu 24 December 09:00-12:00 (shortened).</li>
 *   <li>{@link #ROUND_THE_CLOCK}: every day 00:00-24:00 (working time is real time, DST included).</li>
 *   <li>{@link #NIGHT_DESK}: every day 22:00-24:00 and 00:00-06:00.</li>
 *   <li>{@link #OFFICE_V1_ONLY} / {@link #OFFICE_V2}: Monday-Friday 09:00-17:00; OFFICE_V2 adds a version from
 *       Mon 2 November 2026 with Monday-Friday 10:00-14:00.</li>
 * </ul>
 *
 * <p>Agreement: P1 response 15 min / resolution 4 h; P2 response 1 h / resolution 8 h; P3 response 4 h /
 * resolution 16 h; P4 response 17 min / resolution 4 h 10 min 7 s (15,007 s); P5 "by agreement" without targets. Second line extends resolution by
 * 2 h. Time-in-status limits: P2 NEW 30 min, P2 CLARIFICATION_WITH_CUSTOMER 2 h, P3 IN_PROGRESS 3 h. Default
 * pause statuses (CLARIFICATION_WITH_CUSTOMER, ...).
 */
final class HandComputedEscalationSupport {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final ServiceCalendar OFFICE = calendar(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-17:00"))
                    .holiday(LocalDate.of(2026, 4, 3)).holiday(LocalDate.of(2026, 4, 6))
                    .holiday(LocalDate.of(2026, 5, 14)).holiday(LocalDate.of(2026, 12, 25))
                    .override(LocalDate.of(2026, 5, 9), "09:00-17:00")
                    .override(LocalDate.of(2026, 5, 15))
                    .override(LocalDate.of(2026, 12, 24), "09:00-12:00")
                    .build()));

    static final ServiceCalendar ROUND_THE_CLOCK = calendar(CalendarRules.twentyFourSeven(BERLIN));

    static final ServiceCalendar NIGHT_DESK = calendar(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1)).weeklyHours(everyDay("00:00-06:00", "22:00-24:00"))
                    .build()));

    static final ServiceCalendar OFFICE_V1_ONLY = calendar(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-17:00")).build()));

    static final ServiceCalendar OFFICE_V2 = calendar(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-17:00")).build(),
            CalendarVersion.effectiveFrom(LocalDate.of(2026, 11, 2))
                    .weeklyHours(WeeklyHours.mondayToFriday("10:00-14:00")).build()));

    static final AgreementTerms TERMS = new AgreementTerms(null, null, null,
            List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null, null, List.of())),
            List.of(prio(1, "PT15M", "PT4H"), prio(2, "PT1H", "PT8H"), prio(3, "PT4H", "PT16H"),
                    prio(4, "PT17M", "PT4H10M7S"),
                    new PriorityTerms(5, "By agreement", null, null, BigDecimal.TEN, false, List.of())), null,
            List.of(new StatusLimit(2, "NEW", Duration.ofMinutes(30)),
                    new StatusLimit(2, "CLARIFICATION_WITH_CUSTOMER", Duration.ofHours(2)),
                    new StatusLimit(3, "IN_PROGRESS", Duration.ofHours(3))),
            null, List.of(new LineExtension(2, Duration.ofHours(2))), List.of(), null, null, 0, null,
            null, null, List.of(), List.of());

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private HandComputedEscalationSupport() {
    }

    private static WeeklyHours everyDay(String... ranges) {
        WeeklyHours.Builder b = WeeklyHours.builder();
        for (DayOfWeek d : DayOfWeek.values()) {
            b.on(d, ranges);
        }
        return b.build();
    }

    private static PriorityTerms prio(int n, String response, String resolution) {
        return new PriorityTerms(n, "P" + n, Duration.parse(response), Duration.parse(resolution), BigDecimal.TEN,
                false, List.of());
    }

    static ServiceCalendar calendar(CalendarRules rules) {
        WorkCalendar engine = WorkCalendar.of(rules);
        return new ServiceCalendar() {
            @Override
            public long id() {
                return 7;
            }

            @Override
            public String name() {
                return "Hand";
            }

            @Override
            public WorkCalendar engine() {
                return engine;
            }

            @Override
            public int versionOn(LocalDate date) {
                int number = 1;
                List<CalendarVersion> versions = rules.versions();
                for (int i = 0; i < versions.size(); i++) {
                    if (!versions.get(i).effectiveFrom().isAfter(date)) {
                        number = i + 1;
                    }
                }
                return number;
            }
        };
    }

    /** Berlin wall-clock time ({@code 2026-06-02T09:00}) or an offset date-time ({@code 2026-10-25T02:00+01:00}). */
    static Instant at(String text) {
        if (text.length() > 19 && (text.contains("+") || text.endsWith("Z"))) {
            return OffsetDateTime.parse(text).toInstant();
        }
        return LocalDateTime.parse(text).atZone(BERLIN).toInstant();
    }

    /** An instant as the scenarios write it: Berlin wall clock with seconds and offset. */
    static String shown(Instant instant) {
        return instant.atZone(BERLIN).format(SHOWN);
    }

    static FiredStep fired(String metric, int index, String name, String at, int occurrence, String when) {
        return new FiredStep(metric, index, name, at, occurrence, at(when));
    }

    static FiredStep firedLate(String metric, int index, String name, String at, int occurrence, String due,
                               String firedAt) {
        return new FiredStep(metric, index, name, at, occurrence, at(due), at(firedAt));
    }

    /** The planned steps of one metric, as "index/name#occurrence@Berlin time with offset", by index. */
    static List<String> steps(List<PlannedStep> plan, String metric) {
        return plan.stream().filter(p -> p.metric().equals(metric))
                .sorted(Comparator.comparingInt(PlannedStep::stepIndex).thenComparingInt(PlannedStep::occurrence))
                .map(p -> p.stepIndex() + "/" + p.name() + "#" + p.occurrence() + "@" + shown(p.dueAt())).toList();
    }

    static StatusCategory category(String status) {
        return switch (status) {
            case "NEW" -> StatusCategory.NEW;
            case "CLARIFICATION_WITH_CUSTOMER", "CUSTOMER_TESTING" -> StatusCategory.WAITING_ON_CUSTOMER;
            case "PASSED_TO_THIRD_PARTY" -> StatusCategory.WAITING_ON_THIRD_PARTY;
            case "RESOLVED" -> StatusCategory.RESOLVED;
            case "CLOSED" -> StatusCategory.CLOSED;
            case "CANCELLED" -> StatusCategory.CANCELLED;
            default -> StatusCategory.IN_PROGRESS;
        };
    }

    /** A ticket's history on a calendar; each change copies the last phase. */
    static final class Ticket {
        private final Instant registeredAt;
        private final List<Phase> phases = new ArrayList<>();
        private final ServiceCalendar calendar;
        private Instant monitoringEnd;

        Ticket(String registered, int priority) {
            this(registered, priority, OFFICE);
        }

        Ticket(String registered, int priority, ServiceCalendar calendar) {
            this.registeredAt = at(registered);
            this.calendar = calendar;
            phases.add(new Phase(registeredAt, "NEW", StatusCategory.NEW, "L1", 1, priority, false));
        }

        private Phase last() {
            return phases.get(phases.size() - 1);
        }

        Ticket status(String when, String status) {
            Phase l = last();
            phases.add(new Phase(at(when), status, category(status), l.group(), l.lineLevel(), l.priority(),
                    l.responded()));
            return this;
        }

        Ticket priority(String when, int p) {
            Phase l = last();
            phases.add(new Phase(at(when), l.status(), l.category(), l.group(), l.lineLevel(), p, l.responded()));
            return this;
        }

        Ticket group(String when, String group, int line) {
            Phase l = last();
            phases.add(new Phase(at(when), l.status(), l.category(), group, line, l.priority(), l.responded()));
            return this;
        }

        Ticket responded(String when) {
            Phase l = last();
            phases.add(new Phase(at(when), l.status(), l.category(), l.group(), l.lineLevel(), l.priority(), true));
            return this;
        }

        Ticket monitoringEnds(String when) {
            monitoringEnd = at(when);
            return this;
        }

        WorkCalendar engine() {
            return calendar.engine();
        }

        /** The priority as of {@code now} (the ticket's current priority then). */
        int priorityAt(Instant now) {
            return phases.stream().filter(p -> !p.from().isAfter(now)).reduce((a, b) -> b).orElseThrow().priority();
        }

        List<SlaClock> clocks(Instant now) {
            return ClockCalculator.clocks(new ClockCalculator.TicketHistory(registeredAt,
                    phases.stream().filter(p -> !p.from().isAfter(now)).toList()), TERMS, calendar, now, monitoringEnd);
        }

        SlaClock clock(String metric, String now) {
            return clocks(at(now)).stream().filter(c -> c.metric().equals(metric)).findFirst().orElseThrow();
        }

        /** The plan as the application makes it: the ticket's clocks as of {@code now}, its current priority's rule. */
        List<PlannedStep> plan(String now, List<EscalationRule> rules, List<FiredStep> fired) {
            return plan(now, rules, fired, java.util.Map.of());
        }

        /** As {@link #plan(String, List, List)}, given the pending breach records (metric to due instant). */
        List<PlannedStep> plan(String now, List<EscalationRule> rules, List<FiredStep> fired,
                               java.util.Map<String, Instant> pendingBreachRecords) {
            Instant n = at(now);
            int priority = priorityAt(n);
            return EscalationPlanner.plan(clocks(n), m -> EscalationRule.ruleFor(rules, m, priority), engine(), n,
                    fired, pendingBreachRecords, monitoringEnd);
        }
    }
}
