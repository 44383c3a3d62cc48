package org.servicelevel.domain.model.agreement;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.servicelevel.domain.InvalidFieldException;

/**
 * What an agreement promises in one of its versions: the services with their service hours and
 * volumes, the priorities with their targets, the statuses that stop the clock, the extensions for
 * higher support lines, the quality table and penalty bands that turn a month's service into a
 * penalty, the prices of extra service and, for OLAs and UCs, the SLA targets they underpin. For the
 * month's invoice also the tickets a month the fee includes across all services
 * ({@code agreementVolume}), the development hours a month it includes ({@code plannedDevelopmentHours})
 * and the late-ticket penalty model ({@link LatePenalty}), each optional.
 *
 * <p>An immutable value. {@link #problems(AgreementType)} lists every rule the terms break, each
 * against the field path a client sent (e.g. {@code terms.penaltyBands[1].from}); an agreement stores
 * only terms without problems. Percentages are numbers of percent (20 means 20 %); the quality score,
 * metric weights and penalty band bounds are fractions from 0 to 1.
 */
public record AgreementTerms(String currency, BigDecimal monthlyFee, Contact coordinator, List<ServiceTerms> services,
                             List<PriorityTerms> priorities, Integer defaultPriority, List<StatusLimit> statusLimits,
                             List<String> pauseStatuses, List<LineExtension> lineExtensions,
                             List<QualityMetric> metrics, List<AvailabilityTarget> availabilityTargets,
                             List<PenaltyBand> penaltyBands, int graceMonths, BigDecimal penaltyCapPercent,
                             List<ExtraServicePrice> extraPrices, List<UnderpinningLink> underpins,
                             List<ServiceTarget> serviceTargets, List<PriorityMatrixCell> priorityMatrix,
                             List<EscalationRule> escalations, Integer agreementVolume,
                             BigDecimal plannedDevelopmentHours, LatePenalty latePenalty) {

    /**
     * The statuses in which a ticket waits on the customer or a third party, pausing its clocks,
     * unless an agreement names others.
     */
    public static final List<String> DEFAULT_PAUSE_STATUSES = List.of("CLARIFICATION_WITH_CUSTOMER",
            "CUSTOMER_APPROVAL", "CUSTOMER_TESTING", "PASSED_TO_THIRD_PARTY");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    private static final Pattern STATUS = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_GRACE_MONTHS = 24;
    private static final int MAX_AGREEMENT_VOLUME = 1_000_000;
    private static final BigDecimal MAX_PLANNED_HOURS = BigDecimal.valueOf(10_000);
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999");
    private static final BigDecimal MAX_FEE = new BigDecimal("999999999999");

    public AgreementTerms {
        coordinator = coordinator == null ? new Contact(null, null, null) : coordinator;
        services = List.copyOf(services == null ? List.of() : services);
        priorities = List.copyOf(priorities == null ? List.of() : priorities);
        statusLimits = List.copyOf(statusLimits == null ? List.of() : statusLimits);
        pauseStatuses = List.copyOf(pauseStatuses == null ? DEFAULT_PAUSE_STATUSES : pauseStatuses);
        lineExtensions = List.copyOf(lineExtensions == null ? List.of() : lineExtensions);
        metrics = List.copyOf(metrics == null ? List.of() : metrics);
        availabilityTargets = List.copyOf(availabilityTargets == null ? List.of() : availabilityTargets);
        penaltyBands = List.copyOf(penaltyBands == null ? List.of() : penaltyBands);
        extraPrices = List.copyOf(extraPrices == null ? List.of() : extraPrices);
        underpins = List.copyOf(underpins == null ? List.of() : underpins);
        serviceTargets = List.copyOf(serviceTargets == null ? List.of() : serviceTargets);
        priorityMatrix = List.copyOf(priorityMatrix == null ? List.of() : priorityMatrix);
        escalations = List.copyOf(escalations == null ? List.of() : escalations);
    }

    /** Terms without an agreement-wide volume, planned development hours or late-ticket penalty. */
    public AgreementTerms(String currency, BigDecimal monthlyFee, Contact coordinator, List<ServiceTerms> services,
                          List<PriorityTerms> priorities, Integer defaultPriority, List<StatusLimit> statusLimits,
                          List<String> pauseStatuses, List<LineExtension> lineExtensions,
                          List<QualityMetric> metrics, List<AvailabilityTarget> availabilityTargets,
                          List<PenaltyBand> penaltyBands, int graceMonths, BigDecimal penaltyCapPercent,
                          List<ExtraServicePrice> extraPrices, List<UnderpinningLink> underpins,
                          List<ServiceTarget> serviceTargets, List<PriorityMatrixCell> priorityMatrix,
                          List<EscalationRule> escalations) {
        this(currency, monthlyFee, coordinator, services, priorities, defaultPriority, statusLimits, pauseStatuses,
                lineExtensions, metrics, availabilityTargets, penaltyBands, graceMonths, penaltyCapPercent, extraPrices,
                underpins, serviceTargets, priorityMatrix, escalations, null, null, null);
    }

    /** Terms that follow the {@linkplain EscalationRule#DEFAULTS default escalation policy}. */
    public AgreementTerms(String currency, BigDecimal monthlyFee, Contact coordinator, List<ServiceTerms> services,
                          List<PriorityTerms> priorities, Integer defaultPriority, List<StatusLimit> statusLimits,
                          List<String> pauseStatuses, List<LineExtension> lineExtensions,
                          List<QualityMetric> metrics, List<AvailabilityTarget> availabilityTargets,
                          List<PenaltyBand> penaltyBands, int graceMonths, BigDecimal penaltyCapPercent,
                          List<ExtraServicePrice> extraPrices, List<UnderpinningLink> underpins,
                          List<ServiceTarget> serviceTargets, List<PriorityMatrixCell> priorityMatrix) {
        this(currency, monthlyFee, coordinator, services, priorities, defaultPriority, statusLimits, pauseStatuses,
                lineExtensions, metrics, availabilityTargets, penaltyBands, graceMonths, penaltyCapPercent, extraPrices,
                underpins, serviceTargets, priorityMatrix, List.of());
    }

    /** Terms whose services all keep their agreement's priority targets, without an impact × urgency matrix. */
    public AgreementTerms(String currency, BigDecimal monthlyFee, Contact coordinator, List<ServiceTerms> services,
                          List<PriorityTerms> priorities, Integer defaultPriority, List<StatusLimit> statusLimits,
                          List<String> pauseStatuses, List<LineExtension> lineExtensions,
                          List<QualityMetric> metrics, List<AvailabilityTarget> availabilityTargets,
                          List<PenaltyBand> penaltyBands, int graceMonths, BigDecimal penaltyCapPercent,
                          List<ExtraServicePrice> extraPrices, List<UnderpinningLink> underpins) {
        this(currency, monthlyFee, coordinator, services, priorities, defaultPriority, statusLimits, pauseStatuses,
                lineExtensions, metrics, availabilityTargets, penaltyBands, graceMonths, penaltyCapPercent, extraPrices,
                underpins, List.of(), List.of(), List.of());
    }

    /** The service with the given code, ignoring case. */
    public Optional<ServiceTerms> service(String code) {
        return code == null ? Optional.empty()
                : services.stream().filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public Optional<PriorityTerms> priority(int number) {
        return priorities.stream().filter(p -> p.number() == number).findFirst();
    }

    /** The service's own targets at the given priority, if it sets any. */
    public Optional<ServiceTarget> serviceTarget(String serviceCode, int priority) {
        return serviceTargets.stream().filter(t -> t.of(serviceCode, priority)).findFirst();
    }

    /**
     * The target of the given kind for a ticket of the service at the priority: the service's own
     * where it sets one, else the priority's.
     */
    public Optional<Duration> target(String serviceCode, int priority, TargetKind kind) {
        return serviceTarget(serviceCode, priority).flatMap(t -> t.target(kind))
                .or(() -> priority(priority).flatMap(p -> p.target(kind)));
    }

    /**
     * These terms as they apply to tickets of one service: each priority carries the service's own
     * targets where the service sets them, so whoever reads a priority's targets reads the service's.
     */
    public AgreementTerms forService(String serviceCode) {
        if (serviceTargets.stream().noneMatch(t -> t.of(serviceCode, t.priority()))) {
            return this;
        }
        List<PriorityTerms> own = priorities.stream().map(p -> serviceTarget(serviceCode, p.number())
                .map(t -> p.withTargets(t.response().orElse(null), t.resolution().orElse(null))).orElse(p)).toList();
        return new AgreementTerms(currency, monthlyFee, coordinator, services, own, defaultPriority, statusLimits,
                pauseStatuses, lineExtensions, metrics, availabilityTargets, penaltyBands, graceMonths,
                penaltyCapPercent, extraPrices, underpins, serviceTargets, priorityMatrix, escalations, agreementVolume,
                plannedDevelopmentHours, latePenalty);
    }

    /**
     * The escalation steps for a clock of the metric at the priority: those of the most specific rule
     * of these terms, or of the default policy if the terms name no rule.
     */
    public List<EscalationStep> escalationSteps(String metric, Integer priority) {
        return EscalationRule.stepsFor(escalations, metric, priority);
    }

    /** The escalation rule that governs a clock of the metric at the priority, if any (see {@link EscalationRule}). */
    public Optional<EscalationRule> escalationRule(String metric, Integer priority) {
        return EscalationRule.ruleFor(escalations, metric, priority);
    }

    /** The priority the impact × urgency matrix gives a ticket; empty without a matrix (or a level). */
    public Optional<PriorityTerms> priorityFor(MatrixLevel impact, MatrixLevel urgency) {
        return priorityMatrix.stream().filter(c -> c.of(impact, urgency)).findFirst()
                .flatMap(c -> priority(c.priority()));
    }

    /** The time-in-status limits of one priority. */
    public List<StatusLimit> statusLimitsOf(int priority) {
        return statusLimits.stream().filter(l -> l.priority() == priority).toList();
    }

    /** Extra working time allowed once a ticket reaches the given support line (0 if none). */
    public Duration extensionFor(int lineLevel) {
        return lineExtensions.stream().filter(e -> e.lineLevel() <= lineLevel)
                .max(Comparator.comparingInt(LineExtension::lineLevel))
                .map(LineExtension::extra).orElse(Duration.ZERO);
    }

    /** Whether a ticket in this status waits on someone else, so its clocks stop. */
    public boolean pauses(String status) {
        return status != null && pauseStatuses.stream().anyMatch(s -> s.equalsIgnoreCase(status.strip()));
    }

    /**
     * The priority a ticket of the given request kind gets: the priority listing that kind, else the
     * default priority, else the least urgent one.
     */
    public Optional<PriorityTerms> priorityForRequestKind(String requestKind) {
        return priorities.stream().filter(p -> p.covers(requestKind)).findFirst()
                .or(() -> defaultPriority == null ? Optional.empty() : priority(defaultPriority))
                .or(() -> priorities.stream().max(Comparator.comparingInt(PriorityTerms::number)));
    }

    /** The penalty, in percent of the monthly fee, for a month with the given quality score. */
    public Optional<BigDecimal> penaltyPercentFor(BigDecimal qualityScore) {
        return penaltyBands.stream().filter(b -> b.contains(qualityScore)).findFirst()
                .map(PenaltyBand::penaltyPercent)
                .map(p -> penaltyCapPercent != null && p.compareTo(penaltyCapPercent) > 0 ? penaltyCapPercent : p);
    }

    /**
     * These terms completed from a parent agreement's: priorities the child does not define are
     * inherited by number, and every other part the child leaves empty (services, pause statuses,
     * extensions, metrics, availability targets, bands, prices, currency, fee, escalation rules, the
     * agreement volume, the planned development hours, the late-ticket penalty) comes from the parent.
     * A child may tighten inherited targets (the consistency check reports loosened ones). Services'
     * own targets are inherited for the priorities the child inherits, unless the child sets its own
     * for the same service and priority; the matrix is the child's, else the parent's.
     */
    public AgreementTerms inheritingFrom(AgreementTerms parent) {
        Map<Integer, PriorityTerms> merged = new LinkedHashMap<>();
        parent.priorities.forEach(p -> merged.put(p.number(), p));
        priorities.forEach(p -> merged.put(p.number(), p));
        List<PriorityTerms> mergedPriorities = merged.values().stream()
                .sorted(Comparator.comparingInt(PriorityTerms::number)).toList();
        Set<Integer> own = new HashSet<>();
        priorities.forEach(p -> own.add(p.number()));
        List<StatusLimit> limits = new ArrayList<>(statusLimits);
        parent.statusLimits.stream().filter(l -> !own.contains(l.priority())).forEach(limits::add);
        List<ServiceTarget> targets = new ArrayList<>(serviceTargets);
        parent.serviceTargets.stream().filter(t -> !own.contains(t.priority()))
                .filter(t -> serviceTarget(t.serviceCode(), t.priority()).isEmpty()).forEach(targets::add);
        return new AgreementTerms(currency != null ? currency : parent.currency,
                monthlyFee != null ? monthlyFee : parent.monthlyFee,
                coordinator.isEmpty() ? parent.coordinator : coordinator,
                services.isEmpty() ? parent.services : services,
                mergedPriorities,
                defaultPriority != null ? defaultPriority : parent.defaultPriority,
                limits,
                pauseStatuses.isEmpty() ? parent.pauseStatuses : pauseStatuses,
                lineExtensions.isEmpty() ? parent.lineExtensions : lineExtensions,
                metrics.isEmpty() ? parent.metrics : metrics,
                availabilityTargets.isEmpty() ? parent.availabilityTargets : availabilityTargets,
                penaltyBands.isEmpty() ? parent.penaltyBands : penaltyBands,
                penaltyBands.isEmpty() ? parent.graceMonths : graceMonths,
                penaltyBands.isEmpty() ? parent.penaltyCapPercent : penaltyCapPercent,
                extraPrices.isEmpty() ? parent.extraPrices : extraPrices,
                underpins, targets, priorityMatrix.isEmpty() ? parent.priorityMatrix : priorityMatrix,
                escalations.isEmpty() ? parent.escalations : escalations,
                agreementVolume != null ? agreementVolume : parent.agreementVolume,
                plannedDevelopmentHours != null ? plannedDevelopmentHours : parent.plannedDevelopmentHours,
                latePenalty != null ? latePenalty : parent.latePenalty);
    }

    /** The same terms covering other services. */
    public AgreementTerms withServices(List<ServiceTerms> otherServices) {
        return new AgreementTerms(currency, monthlyFee, coordinator, otherServices, priorities, defaultPriority,
                statusLimits, pauseStatuses, lineExtensions, metrics, availabilityTargets, penaltyBands, graceMonths,
                penaltyCapPercent, extraPrices, underpins, serviceTargets, priorityMatrix, escalations, agreementVolume,
                plannedDevelopmentHours, latePenalty);
    }

    /**
     * Every rule these terms break, as errors against the field paths of a request, in request
     * order. Calendar existence is checked by whoever resolves calendar ids; the existence of
     * underpinned SLAs by the consistency check.
     */
    public List<InvalidFieldException> problems(AgreementType type) {
        return problems(type, null);
    }

    /**
     * Every rule these own terms of an agreement below another break, where what they name (a
     * priority, a service, an availability target) may be one they inherit from {@code inherited}, the
     * parent's terms completed by its own parents' ({@code null}: none, the terms stand alone).
     */
    public List<InvalidFieldException> problems(AgreementType type, AgreementTerms inherited) {
        AgreementTerms scope = inherited == null ? this : inheritingFrom(inherited);
        List<InvalidFieldException> errors = new ArrayList<>();
        checkMoney(errors, scope);
        checkServices(errors);
        checkPriorities(errors, inherited);
        checkServiceTargets(errors, scope);
        checkMatrix(errors, scope);
        checkPauseStatusesAndExtensions(errors);
        checkMetrics(errors, scope);
        checkAvailability(errors, scope);
        checkPenalties(errors, scope);
        checkVolumeAndPlan(errors);
        checkLatePenalty(errors, scope);
        checkUnderpins(type, errors, scope);
        errors.addAll(EscalationRule.problems(escalations, scope.priorities.stream().map(PriorityTerms::number)
                .collect(java.util.stream.Collectors.toSet())));
        checkLengths(errors);
        return errors;
    }

    /** Texts and amounts fit what is stored. */
    private void checkLengths(List<InvalidFieldException> errors) {
        String policy = EscalationRulesJson.write(escalations);
        if (policy != null && policy.length() > 100_000) {
            errors.add(error("escalations", "The escalation rules take at most 100,000 characters when stored; this"
                    + " policy takes " + policy.length()));
        }
        tooLong(errors, "coordinator.name", coordinator.name(), 200);
        tooLong(errors, "coordinator.email", coordinator.email(), 320);
        tooLong(errors, "coordinator.phone", coordinator.phone(), 50);
        if (monthlyFee != null && monthlyFee.abs().compareTo(new BigDecimal("999999999999.99")) > 0) {
            errors.add(error("monthlyFee", "The monthly fee is at most 999,999,999,999.99"));
        }
        for (int i = 0; i < extraPrices.size(); i++) {
            BigDecimal price = extraPrices.get(i).price();
            if (price != null && price.abs().compareTo(new BigDecimal("9999999999.99")) > 0) {
                errors.add(error("extraPrices[" + i + "].price", "A price is at most 9,999,999,999.99"));
            }
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceTerms s = services.get(i);
            tooLong(errors, "services[" + i + "].name", s.name(), 200);
            tooLong(errors, "services[" + i + "].description", s.description(), 2000);
            if (String.join("\n", s.exclusions()).length() > 4000) {
                errors.add(error("services[" + i + "].exclusions", "The exclusions have at most 4000 characters in all"));
            }
        }
        for (int i = 0; i < priorities.size(); i++) {
            PriorityTerms p = priorities.get(i);
            tooLong(errors, "priorities[" + i + "].name", p.name(), 100);
            if (String.join("\n", p.requestKinds()).length() > 2000) {
                errors.add(error("priorities[" + i + "].requestKinds", "The request kinds have at most 2000 characters"
                        + " in all"));
            }
        }
        for (int i = 0; i < metrics.size(); i++) {
            tooLong(errors, "metrics[" + i + "].question", metrics.get(i).question(), 500);
        }
        for (int i = 0; i < underpins.size(); i++) {
            UnderpinningLink l = underpins.get(i);
            tooLong(errors, "underpins[" + i + "].sla", l.slaNumber(), 40);
            tooLong(errors, "underpins[" + i + "].slaService", l.slaServiceCode(), 40);
            tooLong(errors, "underpins[" + i + "].path", l.path(), 100);
            tooLong(errors, "underpins[" + i + "].stepName", l.stepName(), 200);
        }
    }

    private static void tooLong(List<InvalidFieldException> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(error(field, "At most " + max + " characters"));
        }
    }

    /**
     * The longest target, limit or extension: ten years' worth of hours, far beyond any contract, and
     * short enough that every deadline stays inside the calendars' supported years.
     */
    static final Duration MAX_TARGET = Duration.ofDays(3650);

    private static boolean outOfRange(Duration d) {
        return d.isZero() || d.isNegative() || d.compareTo(MAX_TARGET) > 0;
    }

    /** Whether a band's bound is missing, outside the quality scores 0 to 1 or has more than four decimals. */
    private static boolean outsideScores(BigDecimal bound) {
        return bound == null || bound.signum() < 0 || bound.compareTo(BigDecimal.ONE) > 0 || decimals(bound) > 4;
    }

    /** The decimals of a value as written, without trailing zeros (12.50 has one). */
    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /**
     * The decimals a fee or price may have: the currency's minor unit (0 for JPY), at most the two the
     * records keep; two while the currency is unknown (its own error says so).
     */
    private int storedMinorUnit() {
        int digits = minorUnitDigits();
        return digits < 0 ? 2 : Math.min(2, digits);
    }

    private void checkMoney(List<InvalidFieldException> errors, AgreementTerms scope) {
        boolean hasMoney = monthlyFee != null || !extraPrices.isEmpty() || latePenalty != null;
        if (currency != null) {
            try {
                if (Currency.getInstance(currency).getDefaultFractionDigits() < 0) {
                    // XAU, XDR, XXX: money in them cannot be rounded to a minor unit on an invoice
                    errors.add(error("currency", "'" + currency + "' has no minor unit to round invoices to; use a"
                            + " currency such as EUR"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(error("currency", "'" + currency + "' is not an ISO 4217 currency code such as EUR"));
            }
        } else if (hasMoney && scope.currency == null) {
            errors.add(error("currency", "Give the currency (ISO 4217, e.g. EUR) of the fee and prices"));
        }
        int minor = scope.storedMinorUnit(); // an inherited currency counts
        if (monthlyFee != null && (monthlyFee.signum() < 0 || decimals(monthlyFee) > minor)) {
            errors.add(error("monthlyFee", "The monthly fee is an amount of at least 0 with at most " + minor
                    + " decimals"));
        }
        if (coordinator.email() != null && !EMAIL.matcher(coordinator.email()).matches()) {
            errors.add(error("coordinator.email", "Give the coordinator's e-mail as name@example.com"));
        }
        Set<ExtraServiceKind> kinds = new HashSet<>();
        for (int i = 0; i < extraPrices.size(); i++) {
            ExtraServicePrice price = extraPrices.get(i);
            String path = "extraPrices[" + i + "]";
            if (price.kind() == null) {
                errors.add(error(path + ".kind", "Give the kind: " + List.of(ExtraServiceKind.values())));
            } else if (!kinds.add(price.kind())) {
                errors.add(error(path + ".kind", price.kind() + " has a price already"));
            }
            if (price.price() == null || price.price().signum() < 0 || decimals(price.price()) > minor) {
                errors.add(error(path + ".price", "A price is an amount of at least 0 with at most " + minor
                        + " decimals"));
            }
        }
    }

    private void checkServices(List<InvalidFieldException> errors) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceTerms s = services.get(i);
            String path = "services[" + i + "]";
            if (s.code() == null || !CODE.matcher(s.code()).matches()) {
                errors.add(error(path + ".code", "A service code has 1 to 40 capital letters, digits, '-' or '_', e.g. NET"));
            } else if (!codes.add(s.code())) {
                errors.add(error(path + ".code", "Service " + s.code() + " is listed twice"));
            }
            if (s.name() == null || s.name().isBlank()) {
                errors.add(error(path + ".name", "A service needs a name"));
            }
            if (!s.unlimited()) {
                if (s.volumeQuantity().signum() <= 0 || decimals(s.volumeQuantity()) > 2
                        || s.volumeQuantity().compareTo(MAX_PRICE) > 0) {
                    errors.add(error(path + ".volume.quantity", "A volume limit is a quantity above 0 and at most"
                            + " 9,999,999,999 with at most two decimals; omit it for unlimited"));
                }
                if (s.volumeUnit() == null) {
                    errors.add(error(path + ".volume.unit", "Give what the volume counts: TICKETS, HOURS or TIMES"));
                }
                if (s.volumePeriod() == null) {
                    errors.add(error(path + ".volume.period", "Give the period of the volume: MONTH, QUARTER or YEAR"));
                }
            }
            List<String> exclusions = s.exclusions();
            for (int j = 0; j < exclusions.size(); j++) {
                if (exclusions.get(j).isBlank() || exclusions.get(j).length() > 500) {
                    errors.add(error(path + ".exclusions[" + j + "]", "An exclusion is a text of 1 to 500 characters"));
                }
            }
        }
    }

    private void checkPriorities(List<InvalidFieldException> errors, AgreementTerms inherited) {
        Set<Integer> numbers = new HashSet<>();
        Map<String, Integer> kindOwner = new HashMap<>();
        for (int i = 0; i < priorities.size(); i++) {
            PriorityTerms p = priorities.get(i);
            String path = "priorities[" + i + "]";
            if (p.number() < 1 || p.number() > 9) {
                errors.add(error(path + ".number", "Priorities are numbered from 1 (most urgent) to at most 9"));
            } else if (!numbers.add(p.number())) {
                errors.add(error(path + ".number", "Priority " + p.number() + " is listed twice"));
            }
            if (p.name() == null || p.name().isBlank()) {
                errors.add(error(path + ".name", "A priority needs a name, e.g. Critical"));
            }
            if (p.byAgreement()) {
                if (p.response().isPresent() || p.resolution().isPresent() || p.maxOverduePercent().isPresent()) {
                    errors.add(error(path + ".byAgreement", "A priority by agreement has no response or resolution"
                            + " target and no overdue limit; remove them or set byAgreement to false"));
                }
            } else {
                if (p.response().isEmpty() && p.resolution().isEmpty()) {
                    errors.add(error(path + ".resolution", "Give a response or resolution target (e.g. PT4H), or mark"
                            + " the priority \"byAgreement\": true"));
                }
                p.response().filter(AgreementTerms::outOfRange).ifPresent(d ->
                        errors.add(error(path + ".response", "A target is a working time above zero and at most "
                                + MAX_TARGET + ", e.g. PT30M")));
                p.resolution().filter(AgreementTerms::outOfRange).ifPresent(d ->
                        errors.add(error(path + ".resolution", "A target is a working time above zero and at most "
                                + MAX_TARGET + ", e.g. PT4H")));
                if (p.response().isPresent() && p.resolution().isPresent()
                        && p.response().get().compareTo(p.resolution().get()) > 0) {
                    errors.add(error(path + ".response", "The response target " + p.response().get()
                            + " is longer than the resolution target " + p.resolution().get()));
                }
                p.maxOverduePercent().filter(v -> v.signum() < 0 || v.compareTo(HUNDRED) > 0 || decimals(v) > 2)
                        .ifPresent(v -> errors.add(error(path + ".maxOverdueShare", "The overdue share is a percentage"
                                + " from 0 to 100 with at most two decimals")));
            }
            for (String kind : p.requestKinds()) {
                Integer owner = kindOwner.putIfAbsent(kind.strip().toLowerCase(Locale.ROOT), p.number());
                if (owner != null && owner != p.number()) {
                    errors.add(error(path + ".requestKinds", "Request kind '" + kind + "' already falls under priority "
                            + owner));
                }
            }
        }
        // a child may define some priorities and inherit the others: the gaps are those of the whole
        Set<Integer> all = new HashSet<>(numbers);
        if (inherited != null) {
            inherited.priorities.forEach(p -> all.add(p.number()));
        }
        List<Integer> sorted = all.stream().sorted().toList();
        for (int n = 1; n <= sorted.size(); n++) {
            if (!sorted.contains(n)) {
                errors.add(error("priorities", "Priorities are numbered 1 to " + sorted.size() + " without gaps;"
                        + " priority " + n + " is missing"));
                break;
            }
        }
        if (defaultPriority != null && !all.contains(defaultPriority)) {
            errors.add(error("defaultPriority", "The default priority " + defaultPriority + " is not one of the priorities"));
        }
        Set<String> limits = new HashSet<>();
        for (int i = 0; i < statusLimits.size(); i++) {
            StatusLimit l = statusLimits.get(i);
            String path = "statusLimits[" + i + "]";
            if (!all.contains(l.priority())) {
                errors.add(error(path + ".priority", "Priority " + l.priority() + " does not exist"));
            }
            if (l.status() == null || !STATUS.matcher(l.status()).matches()) {
                errors.add(error(path + ".status", "A status code has capital letters, digits and '_', e.g. NEW"));
            } else if (!limits.add(l.priority() + "/" + l.status())) {
                errors.add(error(path + ".status", "Priority " + l.priority() + " has a limit for " + l.status()
                        + " already"));
            }
            if (outOfRange(l.max())) {
                errors.add(error(path + ".max", "A limit is a working time above zero and at most " + MAX_TARGET
                        + ", e.g. PT30M"));
            }
        }
    }

    /**
     * A service's own targets name one of the services and a priority with targets (not one "by
     * agreement"), each service and priority once, with at least one target above zero; with the
     * priority's targets they fill in, the response comes no later than the resolution.
     */
    private void checkServiceTargets(List<InvalidFieldException> errors, AgreementTerms scope) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < serviceTargets.size(); i++) {
            ServiceTarget t = serviceTargets.get(i);
            String path = "serviceTargets[" + i + "]";
            boolean known = scope.service(t.serviceCode()).isPresent();
            if (!known) {
                errors.add(error(path + ".service", "Service " + t.serviceCode() + " is not one of this agreement's"));
            }
            Optional<PriorityTerms> p = scope.priority(t.priority());
            if (p.isEmpty()) {
                errors.add(error(path + ".priority", "Priority " + t.priority() + " is not one of this agreement's"));
                continue;
            }
            if (p.get().byAgreement()) {
                errors.add(error(path + ".priority", "Priority " + t.priority() + " is by agreement: its deadlines"
                        + " are agreed ticket by ticket, so a service cannot set targets for it"));
                continue;
            }
            if (known && !seen.add(AgreementTerms.code(t.serviceCode()) + "/" + t.priority())) {
                errors.add(error(path + ".priority", "Service " + t.serviceCode() + " has its own targets for priority "
                        + t.priority() + " already"));
            }
            if (t.response().isEmpty() && t.resolution().isEmpty()) {
                errors.add(error(path + ".resolution", "Give the service's own response or resolution target"
                        + " (e.g. PT2H); without one the priority's targets apply and the entry is not needed"));
                continue;
            }
            boolean positive = true;
            for (TargetKind kind : TargetKind.values()) {
                if (t.target(kind).filter(AgreementTerms::outOfRange).isPresent()) {
                    errors.add(error(path + "." + kind.name().toLowerCase(Locale.ROOT), "A target is a working time"
                            + " above zero and at most " + MAX_TARGET + ", e.g. PT2H"));
                    positive = false;
                }
            }
            Optional<Duration> response = scope.target(t.serviceCode(), t.priority(), TargetKind.RESPONSE);
            Optional<Duration> resolution = scope.target(t.serviceCode(), t.priority(), TargetKind.RESOLUTION);
            if (positive && known && response.isPresent() && resolution.isPresent()
                    && response.get().compareTo(resolution.get()) > 0) {
                errors.add(error(path + (t.response().isPresent() ? ".response" : ".resolution"), "For service "
                        + t.serviceCode() + " the response target " + response.get() + " is longer than the"
                        + " resolution target " + resolution.get()));
            }
        }
    }

    /**
     * An impact × urgency matrix names each combination of levels exactly once (so every ticket that
     * gives both finds its priority) and only the agreement's priorities.
     */
    private void checkMatrix(List<InvalidFieldException> errors, AgreementTerms scope) {
        if (priorityMatrix.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean readable = true;
        for (int i = 0; i < priorityMatrix.size(); i++) {
            PriorityMatrixCell c = priorityMatrix.get(i);
            String path = "priorityMatrix[" + i + "]";
            if (c.impact() == null) {
                errors.add(error(path + ".impact", "Give the impact: " + List.of(MatrixLevel.values())));
                readable = false;
            }
            if (c.urgency() == null) {
                errors.add(error(path + ".urgency", "Give the urgency: " + List.of(MatrixLevel.values())));
                readable = false;
            }
            if (c.impact() != null && c.urgency() != null && !seen.add(c.impact() + "/" + c.urgency())) {
                errors.add(error(path + ".urgency", "Impact " + c.impact() + " with urgency " + c.urgency()
                        + " is in the matrix already"));
            }
            if (scope.priority(c.priority()).isEmpty()) {
                errors.add(error(path + ".priority", "Priority " + c.priority() + " is not one of this agreement's"));
            }
        }
        if (!readable) {
            return;
        }
        for (MatrixLevel impact : MatrixLevel.values()) {
            for (MatrixLevel urgency : MatrixLevel.values()) {
                if (!seen.contains(impact + "/" + urgency)) {
                    errors.add(error("priorityMatrix", "The matrix gives no priority for impact " + impact
                            + " with urgency " + urgency + "; it needs all " + MatrixLevel.values().length
                            * MatrixLevel.values().length + " combinations"));
                    return;
                }
            }
        }
    }

    private void checkPauseStatusesAndExtensions(List<InvalidFieldException> errors) {
        Set<String> statuses = new HashSet<>();
        for (int i = 0; i < pauseStatuses.size(); i++) {
            String status = pauseStatuses.get(i);
            if (status == null || !STATUS.matcher(status).matches()) {
                errors.add(error("pauseStatuses[" + i + "]", "A status code has capital letters, digits and '_',"
                        + " e.g. CLARIFICATION_WITH_CUSTOMER"));
            } else if (!statuses.add(status)) {
                errors.add(error("pauseStatuses[" + i + "]", status + " is listed twice"));
            }
        }
        Set<Integer> levels = new HashSet<>();
        for (int i = 0; i < lineExtensions.size(); i++) {
            LineExtension e = lineExtensions.get(i);
            String path = "lineExtensions[" + i + "]";
            if (e.lineLevel() < 2 || e.lineLevel() > 9) {
                errors.add(error(path + ".lineLevel", "Extensions apply from the second line up: a level from 2 to 9"));
            } else if (!levels.add(e.lineLevel())) {
                errors.add(error(path + ".lineLevel", "Line " + e.lineLevel() + " has an extension already"));
            }
            if (outOfRange(e.extra())) {
                errors.add(error(path + ".extra", "An extension is a working time above zero and at most "
                        + MAX_TARGET + ", e.g. PT9H"));
            }
        }
    }

    private void checkMetrics(List<InvalidFieldException> errors, AgreementTerms scope) {
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> subjects = new HashSet<>();
        for (int i = 0; i < metrics.size(); i++) {
            QualityMetric m = metrics.get(i);
            String path = "metrics[" + i + "]";
            if (m.weight() == null || m.weight().signum() <= 0 || m.weight().compareTo(BigDecimal.ONE) > 0
                    || m.weight().stripTrailingZeros().scale() > 4) {
                errors.add(error(path + ".weight", "A weight is a fraction above 0 and at most 1, with at most four"
                        + " decimals, e.g. 0.15"));
            } else {
                sum = sum.add(m.weight());
            }
            if (m.kind() == null) {
                errors.add(error(path + ".kind", "Give the kind: " + List.of(MetricKind.values())));
                continue;
            }
            switch (m.kind()) {
                case RESOLUTION_TIME, OVERDUE_SHARE -> {
                    Optional<PriorityTerms> p = m.priority() == null ? Optional.empty() : scope.priority(m.priority());
                    if (p.isEmpty()) {
                        errors.add(error(path + ".priority", "Name one of the agreement's priorities"));
                    } else if (m.kind() == MetricKind.RESOLUTION_TIME && p.get().resolution().isEmpty()) {
                        errors.add(error(path + ".priority", "Priority " + m.priority() + " has no resolution target"
                                + " to measure the average resolution time against"));
                    } else if (m.kind() == MetricKind.OVERDUE_SHARE && p.get().maxOverduePercent().isEmpty()) {
                        errors.add(error(path + ".priority", "Priority " + m.priority() + " has no maximum overdue"
                                + " share to measure against"));
                    }
                }
                case SURVEY -> {
                    if (m.question() == null || m.question().isBlank()) {
                        errors.add(error(path + ".question", "A survey metric names its question"));
                    }
                    if (m.thresholdPercent() == null || m.thresholdPercent().signum() < 0
                            || m.thresholdPercent().compareTo(HUNDRED) > 0 || decimals(m.thresholdPercent()) > 2) {
                        errors.add(error(path + ".threshold", "Give the share of positive answers to reach, in"
                                + " percent from 0 to 100 with at most two decimals"));
                    }
                }
                case AVAILABILITY -> {
                    if (scope.availabilityTargets.stream().noneMatch(a -> a.serviceCode().equals(m.serviceCode()))) {
                        errors.add(error(path + ".service", "Service " + m.serviceCode() + " has no availability"
                                + " target to measure"));
                    }
                }
            }
            if (m.kind() != MetricKind.SURVEY && m.comparison() != null) {
                errors.add(error(path + ".comparison", "Only a survey metric compares a share with a threshold; leave"
                        + " comparison out"));
            }
            if (!subjects.add(m.kind() + "/" + m.subject())) {
                errors.add(error(path, "The table measures " + m.kind() + " of " + m.subject() + " twice"));
            }
        }
        if (!metrics.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0
                && errors.stream().noneMatch(e -> e.field().endsWith(".weight"))) {
            errors.add(error("metrics", "The weights of the quality metrics sum to " + sum.stripTrailingZeros()
                    .toPlainString() + "; they must sum to 1"));
        }
    }

    private void checkAvailability(List<InvalidFieldException> errors, AgreementTerms scope) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < availabilityTargets.size(); i++) {
            AvailabilityTarget a = availabilityTargets.get(i);
            String path = "availabilityTargets[" + i + "]";
            if (scope.service(a.serviceCode()).isEmpty()) {
                errors.add(error(path + ".service", "Service " + a.serviceCode() + " is not one of the agreement's"));
            } else if (!seen.add(a.serviceCode())) {
                errors.add(error(path + ".service", "Service " + a.serviceCode() + " has an availability target already"));
            }
            if (a.minimumPercent() == null || a.minimumPercent().signum() <= 0
                    || a.minimumPercent().compareTo(HUNDRED) > 0 || decimals(a.minimumPercent()) > 4) {
                errors.add(error(path + ".minimumPercent", "Availability is a percentage above 0 and at most 100"
                        + " with at most four decimals, e.g. 99.8"));
            }
            a.maxOutage().filter(d -> d.isZero() || d.isNegative()).ifPresent(d ->
                    errors.add(error(path + ".maxOutage", "The longest outage is a duration above zero, e.g. PT4H")));
        }
    }

    private void checkPenalties(List<InvalidFieldException> errors, AgreementTerms scope) {
        if (graceMonths < 0 || graceMonths > MAX_GRACE_MONTHS) {
            errors.add(error("graceMonths", "The grace period is 0 to " + MAX_GRACE_MONTHS + " months"));
        }
        if (penaltyCapPercent != null && (penaltyCapPercent.signum() < 0 || penaltyCapPercent.compareTo(HUNDRED) > 0
                || decimals(penaltyCapPercent) > 2)) {
            errors.add(error("penaltyCapPercent", "The cap is a percentage of the monthly fee from 0 to 100 with at"
                    + " most two decimals"));
        }
        if (penaltyBands.isEmpty()) {
            return;
        }
        if (scope.metrics.isEmpty()) {
            errors.add(error("penaltyBands", "Penalty bands need a quality table: add metrics whose weights sum to 1"));
        }
        boolean readable = true;
        for (int i = 0; i < penaltyBands.size(); i++) {
            PenaltyBand b = penaltyBands.get(i);
            String path = "penaltyBands[" + i + "]";
            boolean toWrong = outsideScores(b.to());
            boolean fromWrong = outsideScores(b.from()) || !toWrong && b.from().compareTo(b.to()) >= 0;
            // each wrong bound by its own field: an upper bound beyond 1 (or below 0) is the band's "to"
            for (String bound : fromWrong && toWrong ? List.of(".from", ".to") : fromWrong ? List.of(".from")
                    : toWrong ? List.of(".to") : List.<String>of()) {
                errors.add(error(path + bound, "A band runs from a lower to a higher quality score within 0 to 1,"
                        + " each with at most four decimals"));
                readable = false;
            }
            if (b.penaltyPercent() == null || b.penaltyPercent().signum() < 0 || b.penaltyPercent().compareTo(HUNDRED) > 0
                    || decimals(b.penaltyPercent()) > 2) {
                errors.add(error(path + ".penaltyPercent", "A penalty is a percentage of the monthly fee from 0 to 100"
                        + " with at most two decimals"));
                readable = false;
            }
        }
        if (!readable) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < penaltyBands.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> penaltyBands.get(i).from()));
        BigDecimal expectedFrom = BigDecimal.ZERO;
        BigDecimal previousPenalty = null;
        for (int i : order) {
            PenaltyBand b = penaltyBands.get(i);
            String path = "penaltyBands[" + i + "]";
            if (b.from().compareTo(expectedFrom) != 0) {
                errors.add(error(path + ".from", (b.from().compareTo(expectedFrom) > 0 ? "Scores from "
                        + expectedFrom.toPlainString() + " to " + b.from().toPlainString() + " fall into no band"
                        : "The band overlaps the one below it, which ends at " + expectedFrom.toPlainString())
                        + "; bands must be contiguous and cover 0 to 1"));
                return;
            }
            if (previousPenalty != null && b.penaltyPercent().compareTo(previousPenalty) > 0) {
                errors.add(error(path + ".penaltyPercent", "A better quality score cannot cost a higher penalty ("
                        + b.penaltyPercent().toPlainString() + " % above " + previousPenalty.toPlainString() + " %)"));
            }
            previousPenalty = b.penaltyPercent();
            expectedFrom = b.to();
        }
        if (expectedFrom.compareTo(BigDecimal.ONE) != 0) {
            errors.add(error("penaltyBands", "Scores from " + expectedFrom.toPlainString()
                    + " to 1 fall into no band; bands must cover 0 to 1"));
        }
    }

    /**
     * The agreement volume is a whole number of tickets a month above 0; the planned development
     * hours are hours a month of at least 0 with at most two decimals.
     */
    private void checkVolumeAndPlan(List<InvalidFieldException> errors) {
        if (agreementVolume != null && (agreementVolume < 1 || agreementVolume > MAX_AGREEMENT_VOLUME)) {
            errors.add(error("agreementVolume", "The agreement volume is a number of tickets a month across all"
                    + " services, from 1 to 1,000,000; leave it out for none"));
        }
        if (plannedDevelopmentHours != null && (plannedDevelopmentHours.signum() < 0
                || plannedDevelopmentHours.compareTo(MAX_PLANNED_HOURS) > 0
                || plannedDevelopmentHours.stripTrailingZeros().scale() > 2)) {
            errors.add(error("plannedDevelopmentHours", "The planned development hours are hours a month from 0 to"
                    + " 10,000 with at most two decimals, e.g. 40 or 37.5; leave them out for none"));
        }
    }

    /**
     * A late-ticket penalty names at least one priority with a resolution target (a ticket of another
     * cannot be late), each once, with amounts of at least 0 in the agreement's currency and at most
     * its minor-unit digits (two for EUR, none for JPY).
     */
    private void checkLatePenalty(List<InvalidFieldException> errors, AgreementTerms scope) {
        if (latePenalty == null) {
            return;
        }
        // the currency's minor unit, at most the three the records keep (CLF's fourth decimal is refused, not rounded)
        int digits = Math.min(LatePenaltyRate.STORED_DECIMALS, scope.minorUnitDigits());
        List<LatePenaltyRate> rates = latePenalty.priorities();
        if (rates.isEmpty()) {
            errors.add(error("latePenalty.priorities", "Name what a ticket resolved late costs for at least one"
                    + " priority, e.g. {\"priority\": 1, \"amount\": 200}; leave latePenalty out for none"));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < rates.size(); i++) {
            LatePenaltyRate r = rates.get(i);
            String path = "latePenalty.priorities[" + i + "]";
            Optional<PriorityTerms> p = scope.priority(r.priority());
            if (p.isEmpty()) {
                errors.add(error(path + ".priority", "Priority " + r.priority() + " is not one of this agreement's"));
            } else if (!scope.hasResolutionTarget(r.priority())) {
                errors.add(error(path + ".priority", "Priority " + r.priority() + " has no resolution target, so none"
                        + " of its tickets is resolved late"));
            } else if (!seen.add(r.priority())) {
                errors.add(error(path + ".priority", "Priority " + r.priority() + " has a late-ticket penalty already"));
            }
            if (r.amount() == null) {
                errors.add(error(path + ".amount", "Give what each ticket resolved late costs, e.g. 200"));
            } else {
                scope.checkAmount(errors, path + ".amount", r.amount(), MAX_PRICE, digits);
            }
            r.perStartedHour().ifPresent(a -> scope.checkAmount(errors, path + ".perStartedHour", a, MAX_PRICE,
                    digits));
        }
        if (latePenalty.monthlyCap() != null) {
            scope.checkAmount(errors, "latePenalty.monthlyCap", latePenalty.monthlyCap(), MAX_FEE, digits);
        }
    }

    private boolean hasResolutionTarget(int priority) {
        return priority(priority).flatMap(PriorityTerms::resolution).isPresent()
                || serviceTargets.stream().anyMatch(t -> t.priority() == priority && t.resolution().isPresent());
    }

    /** An amount of money: at least 0, at most {@code max}, with at most {@code digits} decimals (-1: unknown). */
    private void checkAmount(List<InvalidFieldException> errors, String field, BigDecimal amount, BigDecimal max,
                             int digits) {
        if (amount.signum() < 0 || amount.compareTo(max) > 0
                || digits >= 0 && amount.stripTrailingZeros().scale() > digits) {
            errors.add(error(field, "An amount of at least 0 and at most " + max.toPlainString()
                    + (digits < 0 ? "" : " " + currency + " with at most " + digits
                    + (digits == 1 ? " decimal" : " decimals"))));
        }
    }

    /** The decimals of the currency's minor unit (2 for EUR, 0 for JPY), or -1 when the currency is unknown. */
    public int minorUnitDigits() {
        if (currency == null) {
            return -1;
        }
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private void checkUnderpins(AgreementType type, List<InvalidFieldException> errors, AgreementTerms scope) {
        if (underpins.isEmpty()) {
            return;
        }
        if (type == AgreementType.SLA) {
            errors.add(error("underpins", "Only OLAs and underpinning contracts underpin an SLA"));
            return;
        }
        Map<String, Set<Integer>> stepsByPath = new HashMap<>();
        for (int i = 0; i < underpins.size(); i++) {
            UnderpinningLink l = underpins.get(i);
            String path = "underpins[" + i + "]";
            if (l.slaNumber() == null || l.slaNumber().isBlank()) {
                errors.add(error(path + ".sla", "Give the number of the SLA this underpins"));
            }
            if (l.slaServiceCode() == null || l.slaServiceCode().isBlank()) {
                errors.add(error(path + ".slaService", "Give the SLA's service code"));
            }
            if (l.slaTarget() == null) {
                errors.add(error(path + ".slaTarget", "Give the SLA target: RESPONSE or RESOLUTION"));
            }
            if (scope.service(l.serviceCode()).isEmpty()) {
                errors.add(error(path + ".service", "Service " + l.serviceCode() + " is not one of this agreement's"));
            }
            Optional<PriorityTerms> own = scope.priority(l.priority());
            if (own.isEmpty()) {
                errors.add(error(path + ".priority", "Priority " + l.priority() + " is not one of this agreement's"));
            } else if (l.ownTarget() != null && scope.target(l.serviceCode(), l.priority(), l.ownTarget()).isEmpty()) {
                errors.add(error(path + ".ownTarget", "Priority " + l.priority() + " has no "
                        + l.ownTarget().name().toLowerCase(Locale.ROOT) + " target to underpin with"));
            }
            if (l.path() != null) {
                if (l.step() == null || l.step() < 1) {
                    errors.add(error(path + ".step", "A link on a support path needs its step number, from 1"));
                } else if (!stepsByPath.computeIfAbsent(l.path() + "/" + l.slaTargetLabel(), k -> new HashSet<>())
                        .add(l.step())) {
                    errors.add(error(path + ".step", "Path '" + l.path() + "' has step " + l.step() + " twice"));
                }
            } else if (l.step() != null) {
                errors.add(error(path + ".path", "A step belongs to a named support path"));
            }
        }
    }

    private static InvalidFieldException error(String field, String message) {
        return new InvalidFieldException("terms." + field, message);
    }

    /** Upper-case trimmed code, or {@code null}. */
    public static String code(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    /** A change that a later version would override, naming the parts (as {@code terms.<part>}). */
    public static final class OverriddenChangeException extends RuntimeException {
        private final List<String> parts;

        OverriddenChangeException(List<String> parts) {
            super("overridden: " + parts);
            this.parts = List.copyOf(parts);
        }

        public List<String> parts() {
            return parts;
        }
    }

    /**
     * These terms, a change of {@code before}, carried onto {@code later} (the terms of a version
     * planned after the change): each part that the change touched and {@code later} left as it was
     * before takes the changed value; parts the change did not touch keep {@code later}'s value.
     *
     * @throws OverriddenChangeException if {@code later} sets a part the change touched to a third value
     */
    public AgreementTerms carriedOnto(AgreementTerms later, AgreementTerms before) {
        java.lang.reflect.RecordComponent[] parts = AgreementTerms.class.getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        List<String> overridden = new ArrayList<>();
        try {
            for (int i = 0; i < parts.length; i++) {
                java.lang.reflect.Method get = parts[i].getAccessor();
                Object changed = get.invoke(this);
                Object was = get.invoke(before);
                Object there = get.invoke(later);
                types[i] = parts[i].getType();
                if (same(changed, was) || same(there, changed)) {
                    values[i] = there;
                } else if (same(there, was)) {
                    values[i] = changed;
                } else {
                    overridden.add("terms." + parts[i].getName());
                    values[i] = there;
                }
            }
            if (!overridden.isEmpty()) {
                throw new OverriddenChangeException(overridden);
            }
            return AgreementTerms.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the terms' parts are read as the record declares them", e);
        }
    }

    /**
     * A part's value of a field as the terms compare it: a list kept as one text (request kinds,
     * exclusions) is read through the part's accessor as the list, so its order does not count.
     */
    static Object valueOf(Object part, java.lang.reflect.Field f) throws ReflectiveOperationException {
        try {
            java.lang.reflect.Method accessor = part.getClass().getMethod(f.getName());
            if (List.class.isAssignableFrom(accessor.getReturnType()) && !List.class.isAssignableFrom(f.getType())) {
                return accessor.invoke(part);
            }
        } catch (NoSuchMethodException e) {
            // no accessor of that name: the field as it is
        }
        f.setAccessible(true);
        return f.get(part);
    }

    /**
     * Whether two values of terms (or of their parts) say the same: numbers compare by value whatever
     * their scale ({@code 12000} and {@code 12000.00}), lists as collections whatever their order, other
     * values field by field.
     */
    public static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            List<Object> left = new ArrayList<>(y);
            for (Object item : x) {
                int match = -1;
                for (int k = 0; k < left.size() && match < 0; k++) {
                    if (same(item, left.get(k))) {
                        match = k;
                    }
                }
                if (match < 0) {
                    return false;
                }
                left.remove(match);
            }
            return true;
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (!a.getClass().getName().startsWith(AgreementTerms.class.getPackageName()) || a instanceof Enum<?>) {
            return a.equals(b);
        }
        try {
            if (a.getClass().isRecord()) {
                for (java.lang.reflect.RecordComponent c : a.getClass().getRecordComponents()) {
                    if (!same(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                        return false;
                    }
                }
                return true;
            }
            for (java.lang.reflect.Field f : a.getClass().getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (!same(valueOf(a, f), valueOf(b, f))) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the parts of the terms are plain values", e);
        }
    }
}
