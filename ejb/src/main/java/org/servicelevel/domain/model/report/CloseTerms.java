package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.agreement.ExtraServicePrice;
import org.servicelevel.domain.model.agreement.MetricKind;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.agreement.ThresholdComparison;

/**
 * An agreement's terms as the month's close needs them: what the application reads from the
 * agreement version in force (priorities and their targets, the quality table, penalty bands, prices,
 * volumes, the late-ticket penalty) projected into plain values. Percentages are numbers of percent
 * (20 means 20 %); weights and band bounds are fractions from 0 to 1; money is in {@code currency}.
 *
 * @param currency                the agreement's currency; amounts are rounded to its minor unit
 * @param monthlyFee              the fee of a month, at least 0
 * @param serviceStart            the first day of service: month 1 is the calendar month containing it
 * @param graceMonths             months 1 to {@code graceMonths} cost no penalty, at least 0
 * @param priorities              the priorities, each number once
 * @param serviceTargets          targets of single services that replace their priority's
 * @param metrics                 the quality table
 * @param bands                   the penalty bands ({@code [from, to)}, the one reaching 1 including 1)
 * @param penaltyCapPercent       the band penalty's cap in percent of the fee, or {@code null} for none
 * @param extraPrices             the agreed unit price of each kind of extra service; a kind missing is not priced
 * @param agreementVolume         tickets a month included for the whole agreement, or {@code null} for none
 * @param plannedDevelopmentHours development hours a month included, or {@code null} (none planned: 0)
 * @param latePenalty             the late-ticket penalty model, or {@code null} when the agreement has none
 */
public record CloseTerms(Currency currency, BigDecimal monthlyFee, LocalDate serviceStart, int graceMonths,
                         List<Priority> priorities, List<ServiceTarget> serviceTargets, List<Metric> metrics,
                         List<Band> bands, BigDecimal penaltyCapPercent, Map<ExtraServiceKind, BigDecimal> extraPrices,
                         Long agreementVolume, BigDecimal plannedDevelopmentHours, LatePenalty latePenalty) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CloseTerms {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency + " has no minor unit to round to");
        }
        requireNotNegative(monthlyFee, "monthly fee");
        Objects.requireNonNull(serviceStart, "service start");
        if (graceMonths < 0) {
            throw new IllegalArgumentException("grace months are at least 0, not " + graceMonths);
        }
        priorities = List.copyOf(priorities);
        serviceTargets = List.copyOf(serviceTargets == null ? List.of() : serviceTargets);
        metrics = List.copyOf(metrics == null ? List.of() : metrics);
        bands = List.copyOf(bands == null ? List.of() : bands);
        if (penaltyCapPercent != null) {
            requirePercent(penaltyCapPercent, "penalty cap");
        }
        Map<ExtraServiceKind, BigDecimal> prices = new EnumMap<>(ExtraServiceKind.class);
        if (extraPrices != null) {
            extraPrices.forEach((kind, price) -> prices.put(Objects.requireNonNull(kind, "extra kind"),
                    requireNotNegative(price, "price of " + kind)));
        }
        extraPrices = Map.copyOf(prices);
        if (agreementVolume != null && agreementVolume < 0) {
            throw new IllegalArgumentException("the agreement's volume is at least 0, not " + agreementVolume);
        }
        if (plannedDevelopmentHours != null) {
            requireNotNegative(plannedDevelopmentHours, "planned development hours");
        }
        checkReferences(priorities, serviceTargets, metrics, latePenalty);
    }

    /**
     * The terms of an agreement version (with what it inherits) as the month's close needs them, for
     * a service that started on {@code serviceStart}. Terms the close cannot work with (no currency or
     * monthly fee, a measured priority without a resolution target) are a conflict naming what is
     * missing: the month of such an agreement cannot be closed until its terms say it.
     */
    public static CloseTerms of(AgreementTerms terms, LocalDate serviceStart) {
        if (terms.currency() == null || terms.monthlyFee() == null) {
            throw new ConflictException("The agreement's terms name no " + (terms.currency() == null ? "currency"
                    : "monthly fee") + ": the month's invoice cannot be computed");
        }
        try {
            return new CloseTerms(Currency.getInstance(terms.currency()), terms.monthlyFee(), serviceStart,
                    terms.graceMonths(), terms.priorities().stream().map(CloseTerms::priority).toList(),
                    terms.serviceTargets().stream().map(t -> new ServiceTarget(t.serviceCode(), t.priority(),
                            t.response().orElse(null), t.resolution().orElse(null))).toList(),
                    terms.metrics().stream().map(CloseTerms::metric).toList(),
                    terms.penaltyBands().stream().map(b -> new Band(b.from(), b.to(), b.penaltyPercent())).toList(),
                    terms.penaltyCapPercent(), terms.extraPrices().stream().collect(Collectors.toMap(
                            ExtraServicePrice::kind, ExtraServicePrice::price)),
                    terms.agreementVolume() == null ? null : terms.agreementVolume().longValue(),
                    terms.plannedDevelopmentHours(), latePenalty(terms.latePenalty()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConflictException("The agreement's terms cannot be closed: " + e.getMessage());
        }
    }

    private static Priority priority(PriorityTerms p) {
        return p.byAgreement() ? Priority.byAgreement(p.number(), p.name())
                : new Priority(p.number(), p.name(), false, p.resolution().orElse(null), p.response().orElse(null),
                        p.maxOverduePercent().orElse(null));
    }

    private static Metric metric(QualityMetric m) {
        return switch (m.kind()) {
            case RESOLUTION_TIME -> Metric.resolutionTime(m.priority(), m.weight());
            case OVERDUE_SHARE -> Metric.overdueShare(m.priority(), m.weight());
            case SURVEY -> Metric.survey(m.question(), m.thresholdPercent(), m.comparison(), m.weight());
            case AVAILABILITY -> Metric.availability(m.serviceCode(), m.weight());
        };
    }

    private static LatePenalty latePenalty(org.servicelevel.domain.model.agreement.LatePenalty model) {
        return model == null ? null : new LatePenalty(model.priorities().stream().map(r -> new LateRate(r.priority(),
                r.amount(), r.perStartedHour().orElse(null))).toList(), model.monthlyCap());
    }

    private static void checkReferences(List<Priority> priorities, List<ServiceTarget> serviceTargets,
                                        List<Metric> metrics, LatePenalty latePenalty) {
        Set<Integer> numbers = new HashSet<>();
        for (Priority p : priorities) {
            if (!numbers.add(p.number())) {
                throw new IllegalArgumentException("priority " + p.number() + " is listed twice");
            }
        }
        Set<String> targets = new HashSet<>();
        for (ServiceTarget t : serviceTargets) {
            Priority p = find(priorities, t.priority(), "a target of service " + t.service());
            if (p.byAgreement()) {
                throw new IllegalArgumentException("service " + t.service() + " sets a target for priority "
                        + p.number() + ", which is by agreement");
            }
            if (!targets.add(t.service() + "/" + t.priority())) {
                throw new IllegalArgumentException("service " + t.service() + " sets targets for priority "
                        + t.priority() + " twice");
            }
        }
        Set<String> subjects = new HashSet<>();
        for (Metric m : metrics) {
            if (m.kind() == MetricKind.RESOLUTION_TIME || m.kind() == MetricKind.OVERDUE_SHARE) {
                Priority p = find(priorities, m.priority(), "the " + m.kind() + " metric");
                if (p.byAgreement()) {
                    throw new IllegalArgumentException("priority " + p.number() + " is by agreement and cannot be"
                            + " measured by a quality metric");
                }
                if (m.kind() == MetricKind.OVERDUE_SHARE && p.maxOverduePercent() == null) {
                    throw new IllegalArgumentException("priority " + p.number() + " has no maximum overdue share"
                            + " for its OVERDUE_SHARE metric");
                }
            }
            if (!subjects.add(m.kind() + "/" + m.subject())) {
                throw new IllegalArgumentException("the quality table measures " + m.kind() + " of " + m.subject()
                        + " twice");
            }
        }
        if (latePenalty != null) {
            for (LateRate rate : latePenalty.rates()) {
                find(priorities, rate.priority(), "the late-ticket penalty");
            }
        }
    }

    private static Priority find(List<Priority> priorities, int number, String what) {
        return priorities.stream().filter(p -> p.number() == number).findFirst().orElseThrow(() ->
                new IllegalArgumentException(what + " names priority " + number + ", which the terms do not have"));
    }

    /** The priority with the number. */
    public Optional<Priority> priority(int number) {
        return priorities.stream().filter(p -> p.number() == number).findFirst();
    }

    /** The resolution target of a ticket of the service at the priority: the service's own, else the priority's. */
    public Duration resolutionTarget(String service, int priority) {
        return serviceTarget(service, priority).map(ServiceTarget::resolution)
                .or(() -> priority(priority).map(Priority::resolutionTarget)).orElse(null);
    }

    /** The response target of a ticket of the service at the priority: the service's own, else the priority's. */
    public Duration responseTarget(String service, int priority) {
        return serviceTarget(service, priority).map(ServiceTarget::response)
                .or(() -> priority(priority).map(Priority::responseTarget)).orElse(null);
    }

    private Optional<ServiceTarget> serviceTarget(String service, int priority) {
        return serviceTargets.stream().filter(t -> t.priority() == priority && t.service().equalsIgnoreCase(service))
                .findFirst();
    }

    /** The agreed unit price of an extra, if agreed. */
    public Optional<BigDecimal> price(ExtraServiceKind kind) {
        return Optional.ofNullable(extraPrices.get(kind));
    }

    static BigDecimal requireNotNegative(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " is at least 0, not " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal requirePercent(BigDecimal value, String what) {
        requireNotNegative(value, what);
        if (value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(what + " is a percentage up to 100, not " + value.toPlainString());
        }
        return value;
    }

    static Duration requireWholeSeconds(Duration value, String what) {
        if (value != null && (value.isNegative() || value.getNano() != 0)) {
            throw new IllegalArgumentException(what + " is a whole number of seconds, at least 0, not " + value);
        }
        return value;
    }

    /**
     * One priority: its targets in working time on the service's calendar and the largest share of its
     * month's tickets that may be late. A priority "by agreement" has no targets and is in no metric.
     *
     * @param resolutionTarget  required unless by agreement
     * @param responseTarget    or {@code null} for none
     * @param maxOverduePercent or {@code null} for no limit
     */
    public record Priority(int number, String name, boolean byAgreement, Duration resolutionTarget,
                           Duration responseTarget, BigDecimal maxOverduePercent) {

        public Priority {
            if (number < 1) {
                throw new IllegalArgumentException("priorities are numbered from 1, not " + number);
            }
            Objects.requireNonNull(name, "name");
            requireWholeSeconds(resolutionTarget, "the resolution target of priority " + number);
            requireWholeSeconds(responseTarget, "the response target of priority " + number);
            if (byAgreement && (resolutionTarget != null || responseTarget != null)) {
                throw new IllegalArgumentException("priority " + number + " is by agreement and has no targets");
            }
            if (!byAgreement && resolutionTarget == null) {
                throw new IllegalArgumentException("priority " + number + " needs a resolution target");
            }
            if (maxOverduePercent != null) {
                requirePercent(maxOverduePercent, "the maximum overdue share of priority " + number);
            }
        }

        /** A priority by agreement: counted as accepted and towards the volume, in no metric. */
        public static Priority byAgreement(int number, String name) {
            return new Priority(number, name, true, null, null, null);
        }
    }

    /**
     * The targets a single service sets for one priority instead of the priority's; a target left
     * {@code null} stays the priority's.
     */
    public record ServiceTarget(String service, int priority, Duration response, Duration resolution) {

        public ServiceTarget {
            Objects.requireNonNull(service, "service");
            requireWholeSeconds(response, "the response target of service " + service);
            requireWholeSeconds(resolution, "the resolution target of service " + service);
        }
    }

    /**
     * One line of the quality table. {@code RESOLUTION_TIME} and {@code OVERDUE_SHARE} name a
     * {@code priority}; {@code SURVEY} a {@code question}, its {@code thresholdPercent} and
     * {@code comparison}; {@code AVAILABILITY} a {@code service}.
     */
    public record Metric(MetricKind kind, Integer priority, String question, BigDecimal thresholdPercent,
                         ThresholdComparison comparison, String service, BigDecimal weight) {

        public Metric {
            Objects.requireNonNull(kind, "kind");
            requireNotNegative(weight, "the weight of a metric");
            if (weight.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a metric's weight is at most 1, not " + weight.toPlainString());
            }
            switch (kind) {
                case RESOLUTION_TIME, OVERDUE_SHARE -> Objects.requireNonNull(priority, kind + " names a priority");
                case SURVEY -> {
                    if (question == null || question.isBlank()) {
                        throw new IllegalArgumentException("a survey metric names its question");
                    }
                    requirePercent(thresholdPercent, "the threshold of a survey metric");
                    Objects.requireNonNull(comparison, "a survey metric says how its share is compared");
                }
                case AVAILABILITY -> Objects.requireNonNull(service, "an availability metric names its service");
            }
        }

        public static Metric resolutionTime(int priority, BigDecimal weight) {
            return new Metric(MetricKind.RESOLUTION_TIME, priority, null, null, null, null, weight);
        }

        public static Metric overdueShare(int priority, BigDecimal weight) {
            return new Metric(MetricKind.OVERDUE_SHARE, priority, null, null, null, null, weight);
        }

        public static Metric survey(String question, BigDecimal thresholdPercent, ThresholdComparison comparison,
                                    BigDecimal weight) {
            return new Metric(MetricKind.SURVEY, null, question, thresholdPercent, comparison, null, weight);
        }

        public static Metric availability(String service, BigDecimal weight) {
            return new Metric(MetricKind.AVAILABILITY, null, null, null, null, service, weight);
        }

        /** What the metric is about: "priority 2", "question 'Satisfied?'", "service NET". */
        public String subject() {
            return switch (kind) {
                case RESOLUTION_TIME, OVERDUE_SHARE -> "priority " + priority;
                case SURVEY -> "question '" + question.strip() + "'";
                case AVAILABILITY -> "service " + service;
            };
        }
    }

    /**
     * A penalty band: a quality score in {@code [from, to)} (the band reaching 1 includes 1) costs
     * {@code penaltyPercent} of the monthly fee.
     */
    public record Band(BigDecimal from, BigDecimal to, BigDecimal penaltyPercent) {

        public Band {
            requireNotNegative(from, "a band's lower bound");
            Objects.requireNonNull(to, "a band's upper bound");
            if (to.compareTo(from) <= 0 || to.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a band runs from its lower bound up to at most 1, not "
                        + from.toPlainString() + " to " + to.toPlainString());
            }
            requirePercent(penaltyPercent, "a band's penalty");
        }

        /** Whether the score lies in the band: {@code from ≤ score < to}, or {@code score = to = 1}. */
        public boolean contains(BigDecimal score) {
            return score.compareTo(from) >= 0 && (score.compareTo(to) < 0
                    || to.compareTo(BigDecimal.ONE) == 0 && score.compareTo(BigDecimal.ONE) == 0);
        }

        /** E.g. {@code "[0.8, 0.9)"} or {@code "[0.9, 1]"}. */
        public String range() {
            return "[" + from.stripTrailingZeros().toPlainString() + ", " + to.stripTrailingZeros().toPlainString()
                    + (to.compareTo(BigDecimal.ONE) == 0 ? "]" : ")");
        }
    }

    /**
     * The late-ticket penalty model: per priority, an amount for each ticket resolved late and,
     * where the contract says so, an amount per started hour of working time beyond the target;
     * summed over the month and capped at {@code monthlyCap} (none when {@code null}). A priority
     * without a rate costs nothing.
     */
    public record LatePenalty(List<LateRate> rates, BigDecimal monthlyCap) {

        public LatePenalty {
            rates = List.copyOf(rates);
            Set<Integer> seen = new HashSet<>();
            for (LateRate rate : rates) {
                if (!seen.add(rate.priority())) {
                    throw new IllegalArgumentException("the late-ticket penalty sets priority " + rate.priority()
                            + " twice");
                }
            }
            if (monthlyCap != null) {
                requireNotNegative(monthlyCap, "the late-ticket penalty's cap");
            }
        }

        /** The rate of the priority, if it has one. */
        public Optional<LateRate> rate(int priority) {
            return rates.stream().filter(r -> r.priority() == priority).findFirst();
        }
    }

    /** What a late ticket of one priority costs: {@code perTicket}, plus {@code perStartedHour} (or nothing) per started hour late. */
    public record LateRate(int priority, BigDecimal perTicket, BigDecimal perStartedHour) {

        public LateRate {
            requireNotNegative(perTicket, "the amount per late ticket");
            if (perStartedHour != null) {
                requireNotNegative(perStartedHour, "the amount per started hour late");
            }
        }
    }
}
