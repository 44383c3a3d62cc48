package org.servicelevel.domain.clock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.LineExtension;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTarget;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/** A Berlin office calendar, an agreement with three priorities, and a builder of ticket histories. */
public final class ClockFixture {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Whit Monday 2026 is a holiday of the office calendar. */
    static final LocalDate HOLIDAY = LocalDate.of(2026, 5, 25);

    static final ServiceCalendar CALENDAR = calendar(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00")).holiday(HOLIDAY).build()));

    static final WorkCalendar OFFICE = CALENDAR.engine();

    static AgreementTerms terms() {
        return terms(List.of(new StatusLimit(2, "NEW", Duration.ofMinutes(15))));
    }

    /** The fixture's terms with other time-in-status limits. */
    static AgreementTerms terms(List<StatusLimit> statusLimits) {
        return terms(statusLimits, List.of());
    }

    /** The fixture's terms where services set their own targets; NET is a second service on the same calendar. */
    static AgreementTerms terms(List<StatusLimit> statusLimits, List<ServiceTarget> serviceTargets) {
        return new AgreementTerms(null, null, null,
                List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null, null, List.of()),
                        new ServiceTerms("NET", "Network", null, 1L, null, null, null, List.of())),
                List.of(priority(1, "PT15M", "PT2H"), priority(2, "PT30M", "PT4H"), priority(3, "PT2H", "PT16H"),
                        new PriorityTerms(4, "By agreement", null, null, BigDecimal.TEN, false, List.of())),
                null, statusLimits, null,
                List.of(new LineExtension(3, Duration.ofHours(9))), null, null, null, 0, null, null, null,
                serviceTargets, List.of());
    }

    /** A service calendar over the given rules, its versions numbered 1, 2, ... in order of their dates. */
    public static ServiceCalendar calendar(CalendarRules rules) {
        WorkCalendar engine = WorkCalendar.of(rules);
        return new ServiceCalendar() {
            @Override
            public long id() {
                return 9;
            }

            @Override
            public String name() {
                return "Test";
            }

            @Override
            public WorkCalendar engine() {
                return engine;
            }

            @Override
            public int versionOn(LocalDate date) {
                List<CalendarVersion> versions = rules.versions();
                int number = 1;
                for (int i = 0; i < versions.size(); i++) {
                    if (!versions.get(i).effectiveFrom().isAfter(date)) {
                        number = i + 1;
                    }
                }
                return number;
            }
        };
    }

    private static PriorityTerms priority(int number, String response, String resolution) {
        return new PriorityTerms(number, "P" + number, Duration.parse(response), Duration.parse(resolution),
                BigDecimal.TEN, false, List.of());
    }

    /** Berlin wall-clock time, e.g. {@code at("2026-03-02T09:00")}. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
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

    /** Builds a history: a status (and group, line, priority) from an instant on. */
    static final class History {
        private final Instant registeredAt;
        private final List<Phase> phases = new ArrayList<>();
        private AgreementTerms terms = terms();
        private ServiceCalendar calendar = CALENDAR;

        History(String registered, int priority) {
            this.registeredAt = at(registered);
            phases.add(new Phase(registeredAt, "NEW", StatusCategory.NEW, "L1", 1, priority, false));
        }

        private Phase last() {
            return phases.get(phases.size() - 1);
        }

        History status(String local, String status) {
            Phase last = last();
            phases.add(new Phase(at(local), status, category(status), last.group(), last.lineLevel(), last.priority(),
                    last.responded()));
            return this;
        }

        History group(String local, String newGroup, int newLine) {
            Phase last = last();
            phases.add(new Phase(at(local), last.status(), last.category(), newGroup, newLine, last.priority(),
                    last.responded()));
            return this;
        }

        History priority(String local, int newPriority) {
            Phase last = last();
            phases.add(new Phase(at(local), last.status(), last.category(), last.group(), last.lineLevel(), newPriority,
                    last.responded()));
            return this;
        }

        /** The first response comes at {@code local}, after the changes of that second given before it. */
        History responded(String local) {
            Phase last = last();
            phases.add(new Phase(at(local), last.status(), last.category(), last.group(), last.lineLevel(),
                    last.priority(), true));
            return this;
        }

        History on(ServiceCalendar other) {
            calendar = other;
            return this;
        }

        History under(AgreementTerms other) {
            terms = other;
            return this;
        }

        ClockCalculator.TicketHistory build() {
            return new ClockCalculator.TicketHistory(registeredAt, phases);
        }

        /** The history as {@code Ticket.historyAsOf} gives it: the phases up to {@code at}. */
        ClockCalculator.TicketHistory asOf(Instant at) {
            return new ClockCalculator.TicketHistory(registeredAt,
                    phases.stream().filter(p -> !p.from().isAfter(at)).toList());
        }

        List<SlaClock> clocks(String now, Instant monitoringEnd) {
            return ClockCalculator.clocks(asOf(at(now)), terms, calendar, at(now), monitoringEnd);
        }

        SlaClock clock(String metric, String now) {
            return clock(metric, now, null);
        }

        SlaClock clock(String metric, String now, Instant monitoringEnd) {
            return clocks(now, monitoringEnd).stream()
                    .filter(c -> c.metric().equals(metric)).findFirst()
                    .orElseThrow(() -> new AssertionError("no clock " + metric));
        }
    }
}
