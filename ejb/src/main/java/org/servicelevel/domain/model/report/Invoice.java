package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.report.InvoiceLine.Kind;
import org.servicelevel.domain.model.report.InvoiceLine.Status;

/**
 * The month's invoice in the agreement's currency: the monthly fee, the penalties (the quality band's
 * and the late-ticket model's), and the extras (tickets over the volume, development hours over the
 * plan, weekend and holiday support days). Each line is rounded half-up to the currency's minor unit
 * first, and the total is the sum of the rounded lines, so the lines always add up to it. Penalties
 * are computed from the unrounded fee and compared with their caps unrounded. Extras are not reduced
 * by any penalty, and using less than agreed earns no credit. In a grace month the penalty lines are
 * shown and waived; the extras are billed as in any month.
 */
public record Invoice(Currency currency, List<InvoiceLine> lines, BigDecimal total) {

    public Invoice {
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        BigDecimal sum = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            throw new IllegalArgumentException("the lines of an invoice add up to " + sum + ", not " + total);
        }
    }

    /** The lines of the kind, in order. */
    public List<InvoiceLine> lines(Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }

    static Invoice of(MonthCloseInput input, MonthReport report, QualityScore quality) {
        CloseTerms terms = input.terms();
        Lines lines = new Lines(terms.currency().getDefaultFractionDigits(), quality);
        BigDecimal fee = terms.monthlyFee();
        lines.billed(Kind.MONTHLY_FEE, "Monthly fee of " + report.month().month(), BigDecimal.ONE, fee, 1);
        qosPenalty(lines, terms, quality);
        if (terms.latePenalty() != null) {
            latePenalty(lines, terms.latePenalty(), report);
        }
        limitPenaltiesToTheFee(lines, fee);
        ticketsOverVolume(lines, terms, input.usage(), report.priorities().stream()
                .mapToInt(PriorityFigures::accepted).sum());
        BigDecimal hours = input.usage().developmentHours();
        BigDecimal planned = terms.plannedDevelopmentHours() == null ? BigDecimal.ZERO : terms.plannedDevelopmentHours();
        if (hours.compareTo(planned) > 0) {
            lines.extra(terms, ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, Kind.DEVELOPMENT_HOURS_OVER_PLAN,
                    "Development hours over the plan: " + Display.plain(hours) + " worked, "
                            + Display.plain(planned) + " planned" + (terms.plannedDevelopmentHours() == null
                            ? " (the agreement plans none)" : ""), hours.subtract(planned));
        }
        int days = input.usage().weekendHolidayDays();
        if (days > 0) {
            lines.extra(terms, ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS,
                    "Weekend and holiday support days ordered", BigDecimal.valueOf(days));
        }
        return new Invoice(terms.currency(), lines.lines, lines.total());
    }

    private static void qosPenalty(Lines lines, CloseTerms terms, QualityScore quality) {
        if (quality.band() == null) {
            return;
        }
        BigDecimal fee = terms.monthlyFee();
        BigDecimal percent = quality.band().penaltyPercent();
        BigDecimal cap = terms.penaltyCapPercent();
        boolean capped = cap != null && percent.compareTo(cap) > 0;
        BigDecimal applied = capped ? cap : percent;
        BigDecimal onePercent = fee.movePointLeft(2);
        String description = "Quality penalty: score " + Display.plain(quality.score()) + " in band "
                + quality.band().range() + ", " + Display.percent(percent) + " of the fee "
                + Display.plain(fee) + (capped ? ", capped at " + Display.percent(cap) + " of it" : "") + " = "
                + Display.plain(applied.multiply(onePercent)) + ", rounded half-up";
        lines.penalty(Kind.QOS_PENALTY, description, applied, onePercent);
    }

    private static void latePenalty(Lines lines, CloseTerms.LatePenalty model, MonthReport report) {
        Map<Integer, List<TicketLine>> late = report.priorities().stream().flatMap(p -> p.ended().stream())
                .filter(TicketLine::late).collect(Collectors.groupingBy(TicketLine::priority, TreeMap::new,
                        Collectors.toList()));
        if (late.isEmpty()) {
            lines.add(new InvoiceLine(Kind.LATE_TICKETS, "Late-ticket penalty: no ticket was resolved late",
                    BigDecimal.ZERO, null, lines.round(BigDecimal.ZERO), Status.BILLED));
            return;
        }
        BigDecimal raw = BigDecimal.ZERO;
        BigDecimal rounded = BigDecimal.ZERO;
        for (Map.Entry<Integer, List<TicketLine>> entry : late.entrySet()) {
            int priority = entry.getKey();
            List<TicketLine> tickets = entry.getValue();
            String numbers = tickets.stream().map(TicketLine::number).collect(Collectors.joining(", "));
            CloseTerms.LateRate rate = model.rate(priority).orElse(null);
            if (rate == null) {
                lines.add(new InvoiceLine(Kind.LATE_TICKETS, "Tickets of priority " + priority + " resolved late ("
                        + numbers + "): the late-ticket penalty sets no amount for the priority",
                        BigDecimal.valueOf(tickets.size()), null, lines.round(BigDecimal.ZERO), Status.NOT_PRICED));
                continue;
            }
            BigDecimal count = BigDecimal.valueOf(tickets.size());
            raw = raw.add(count.multiply(rate.perTicket()));
            rounded = rounded.add(lines.penalty(Kind.LATE_TICKETS, "Tickets of priority " + priority
                    + " resolved late: " + numbers, count, rate.perTicket()));
            long hours = tickets.stream().mapToLong(TicketLine::startedHoursLate).sum();
            if (rate.perStartedHour() != null) {
                String perTicket = tickets.stream().map(t -> t.number() + " " + Display.hms(t.overTarget()) + " late = "
                        + t.startedHoursLate() + " h").collect(Collectors.joining(", "));
                raw = raw.add(BigDecimal.valueOf(hours).multiply(rate.perStartedHour()));
                rounded = rounded.add(lines.penalty(Kind.LATE_HOURS, "Started hours beyond the target, priority "
                        + priority + ": " + perTicket, BigDecimal.valueOf(hours), rate.perStartedHour()));
            }
        }
        BigDecimal cap = model.monthlyCap();
        if (cap != null && raw.compareTo(cap) > 0 && lines.penalised()) {
            BigDecimal back = rounded.subtract(lines.round(cap));
            if (back.signum() > 0) {
                lines.add(new InvoiceLine(Kind.LATE_PENALTY_CAP, "The late-ticket penalty of " + Display.plain(raw)
                        + " is capped at " + Display.plain(cap) + " a month", BigDecimal.ONE, back, back,
                        Status.BILLED));
            }
        }
    }

    /**
     * The penalties together take at most the monthly fee: extras are not reduced by a penalty, so
     * what the penalties would take beyond the fee is given back on a line of its own.
     */
    private static void limitPenaltiesToTheFee(Lines lines, BigDecimal fee) {
        BigDecimal penalties = lines.lines.stream().filter(l -> l.kind() != Kind.MONTHLY_FEE).map(InvoiceLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal beyond = lines.round(fee).add(penalties).negate();
        if (beyond.signum() > 0) {
            lines.add(new InvoiceLine(Kind.PENALTY_LIMIT, "The penalties of " + Display.plain(penalties.negate())
                    + " are limited to the monthly fee of " + Display.plain(lines.round(fee)) + "; extras are not"
                    + " reduced by a penalty", BigDecimal.ONE, beyond, beyond, Status.BILLED));
        }
    }

    private static void ticketsOverVolume(Lines lines, CloseTerms terms, UsageFacts usage, int accepted) {
        Set<String> serviceExtras = usage.serviceExtraTickets();
        Long volume = terms.agreementVolume();
        long beyondAgreement = volume == null ? 0 : Math.max(0, accepted - volume);
        long billed = Math.max(serviceExtras.size(), beyondAgreement);
        if (billed == 0) {
            return;
        }
        String services = serviceExtras.isEmpty() ? "none beyond the services' own volumes"
                : serviceExtras.size() + " beyond the services' own volumes (" + String.join(", ", serviceExtras) + ")";
        String agreement = volume == null ? "the agreement sets no volume of its own"
                : beyondAgreement + " beyond the agreement's volume of " + volume + " (" + accepted + " accepted)";
        lines.extra(terms, ExtraServiceKind.TICKET_OVER_VOLUME, Kind.TICKETS_OVER_VOLUME, "Tickets over the volume: "
                + services + "; " + agreement + "; the larger count is billed, so no ticket is billed twice",
                BigDecimal.valueOf(billed));
    }

    /** The lines as they are added, rounded to the currency's minor unit. */
    private static final class Lines {

        private final int scale;
        private final QualityScore quality;
        private final List<InvoiceLine> lines = new ArrayList<>();

        Lines(int scale, QualityScore quality) {
            this.scale = scale;
            this.quality = quality;
        }

        BigDecimal round(BigDecimal amount) {
            return amount.setScale(scale, RoundingMode.HALF_UP);
        }

        boolean penalised() {
            return !quality.grace();
        }

        void add(InvoiceLine line) {
            lines.add(line);
        }

        void billed(Kind kind, String description, BigDecimal quantity, BigDecimal unitPrice, int sign) {
            BigDecimal amount = round(quantity.multiply(unitPrice));
            lines.add(new InvoiceLine(kind, description, quantity, unitPrice, sign < 0 ? amount.negate() : amount,
                    Status.BILLED));
        }

        /** Adds a penalty line, waived in a grace month, and answers what it takes off (rounded, positive). */
        BigDecimal penalty(Kind kind, String description, BigDecimal quantity, BigDecimal unitPrice) {
            if (!penalised()) {
                lines.add(new InvoiceLine(kind, description + "; waived: month " + quality.monthNumber()
                        + " of service is a grace month (of " + quality.graceMonths() + ")", quantity, unitPrice,
                        round(BigDecimal.ZERO), Status.WAIVED));
                return BigDecimal.ZERO;
            }
            billed(kind, description, quantity, unitPrice, -1);
            return round(quantity.multiply(unitPrice));
        }

        void extra(CloseTerms terms, ExtraServiceKind price, Kind kind, String description, BigDecimal quantity) {
            BigDecimal unitPrice = terms.price(price).orElse(null);
            if (unitPrice == null) {
                lines.add(new InvoiceLine(kind, description + "; not billed: the agreement sets no price for "
                        + price, quantity, null, round(BigDecimal.ZERO), Status.NOT_PRICED));
            } else {
                billed(kind, description, quantity, unitPrice, 1);
            }
        }

        BigDecimal total() {
            return lines.stream().map(InvoiceLine::amount).reduce(round(BigDecimal.ZERO), BigDecimal::add);
        }
    }
}
