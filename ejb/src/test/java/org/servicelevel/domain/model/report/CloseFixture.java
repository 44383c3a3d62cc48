package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.LatePenalty;
import org.servicelevel.domain.model.report.CloseTerms.Metric;
import org.servicelevel.domain.model.report.CloseTerms.Priority;
import org.servicelevel.domain.model.report.CloseTerms.ServiceTarget;
import org.servicelevel.domain.model.report.TicketFacts.Outcome;
import org.servicelevel.domain.model.report.TicketFacts.PriorityLowering;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * A Moscow office calendar (Monday to Friday 09:00-18:00, 4 November a holiday), November 2026 in
 * Moscow (20 working days, 180 service hours), and builders of terms, tickets and inputs.
 */
final class CloseFixture {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** Unity Day, a Wednesday. */
    static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 4);
    static final WorkCalendar OFFICE = WorkCalendar.of(CalendarRules.of(MOSCOW,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00")).holiday(HOLIDAY).build()));
    static final ClosingMonth NOVEMBER = new ClosingMonth(YearMonth.of(2026, 11), MOSCOW);
    static final ClosingMonth DECEMBER = new ClosingMonth(YearMonth.of(2026, 12), MOSCOW);
    static final Currency RUB = Currency.getInstance("RUB");

    private CloseFixture() {
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** A local date-time in Moscow, e.g. {@code at("2026-11-02T09:00")}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }

    static Duration hms(int hours, int minutes, int seconds) {
        return Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
    }

    /** Priorities 1 to 3 with targets (4 h, 8 h, 16 h) and limits (10 %, 20 %, 25 %), 4 by agreement. */
    static List<Priority> priorities() {
        return List.of(new Priority(1, "Critical", false, Duration.ofHours(4), Duration.ofMinutes(30), n("10")),
                new Priority(2, "High", false, Duration.ofHours(8), Duration.ofHours(1), n("20")),
                new Priority(3, "Normal", false, Duration.ofHours(16), Duration.ofHours(2), n("25")),
                Priority.byAgreement(4, "By agreement"));
    }

    /** Bands: [0, 0.5) 20 %, [0.5, 0.8) 10 %, [0.8, 0.9) 3.33 %, [0.9, 1] 0 %. */
    static List<Band> bands() {
        return List.of(new Band(n("0"), n("0.5"), n("20")), new Band(n("0.5"), n("0.8"), n("10")),
                new Band(n("0.8"), n("0.9"), n("3.33")), new Band(n("0.9"), n("1"), n("0")));
    }

    /** Terms to change field by field before {@link #build()}. */
    static final class Terms {
        Currency currency = RUB;
        BigDecimal fee = n("100000.00");
        LocalDate serviceStart = LocalDate.of(2026, 1, 15);
        int graceMonths = 0;
        List<Priority> priorities = priorities();
        List<ServiceTarget> serviceTargets = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        List<Band> bands = bands();
        BigDecimal capPercent;
        Map<ExtraServiceKind, BigDecimal> prices = new EnumMap<>(ExtraServiceKind.class);
        Long volume;
        BigDecimal plannedHours;
        LatePenalty latePenalty;

        Terms metric(Metric metric) {
            metrics.add(metric);
            return this;
        }

        Terms price(ExtraServiceKind kind, String price) {
            prices.put(kind, n(price));
            return this;
        }

        CloseTerms build() {
            return new CloseTerms(currency, fee, serviceStart, graceMonths, priorities, serviceTargets, metrics, bands,
                    capPercent, prices, volume, plannedHours, latePenalty);
        }
    }

    static Terms terms() {
        return new Terms();
    }

    static String evidence(String number) {
        return "/api/tickets/" + number + "/clocks/resolution/timeline";
    }

    /** A ticket of WS resolved at {@code resolved} with the given resolution time and a 10-minute response. */
    static TicketFacts resolved(String number, int priority, String registered, String resolved, Duration time) {
        return resolved(number, "WS", priority, registered, resolved, time);
    }

    static TicketFacts resolved(String number, String service, int priority, String registered, String resolved,
                                Duration time) {
        return new TicketFacts(number, service, priority, Outcome.RESOLVED, at(registered), at(resolved), time,
                Duration.ofMinutes(10), evidence(number), List.of());
    }

    static TicketFacts ended(String number, int priority, Outcome outcome, String registered, String ended) {
        return new TicketFacts(number, "WS", priority, outcome, at(registered), at(ended), null, null,
                evidence(number), List.of());
    }

    static TicketFacts open(String number, int priority, String registered) {
        return new TicketFacts(number, "WS", priority, Outcome.OPEN, at(registered), null, null, null,
                evidence(number), List.of());
    }

    static TicketFacts lowered(TicketFacts ticket, PriorityLowering... lowerings) {
        return new TicketFacts(ticket.number(), ticket.service(), ticket.priority(), ticket.outcome(),
                ticket.registeredAt(), ticket.endedAt(), ticket.resolutionTime(), ticket.responseTime(),
                ticket.evidence(), List.of(lowerings));
    }

    /** Service WS on the office calendar without an availability target or outages. */
    static ServiceFacts ws() {
        return new ServiceFacts("WS", OFFICE, null, List.of());
    }

    static MonthCloseInput input(ClosingMonth month, CloseTerms terms, List<TicketFacts> tickets) {
        return new MonthCloseInput(month, terms, tickets, List.of(ws()), null, UsageFacts.NONE);
    }

    static MonthClose close(CloseTerms terms, List<TicketFacts> tickets) {
        return MonthCloseCalculator.close(input(NOVEMBER, terms, tickets));
    }

    static MonthClose close(CloseTerms terms, TicketFacts... tickets) {
        return close(terms, List.of(tickets));
    }

    /** {@code count} tickets of the priority resolved on 2 November with the given time each, numbered from {@code first}. */
    static List<TicketFacts> resolvedTickets(int first, int count, int priority, Duration time) {
        List<TicketFacts> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tickets.add(resolved(String.format("T-%06d", first + i), priority, "2026-11-02T09:00", "2026-11-03T12:00",
                    time));
        }
        return tickets;
    }

    static void assertDecimal(String expected, BigDecimal actual) {
        org.junit.jupiter.api.Assertions.assertNotNull(actual, "expected " + expected);
        org.junit.jupiter.api.Assertions.assertEquals(0, n(expected).compareTo(actual),
                "expected " + expected + ", got " + actual.toPlainString());
    }
}
