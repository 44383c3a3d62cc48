package org.servicelevel.application.agreement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.servicelevel.domain.model.agreement.AgreementTerms;

/**
 * A change to some parts of an agreement's terms, e.g. only its priorities: the parts named in
 * {@code parts} are taken from {@code terms}, the others stay as they are in the version the change
 * builds on (the one in force on {@code effectiveFrom}, or the draft). {@code serviceCalendars}
 * names each service's calendar when {@link Part#SERVICES} changes. The agreement volume, the planned
 * development hours and the late-ticket penalty have no part of their own: they change with the
 * whole terms.
 */
public record TermsPatch(Set<Part> parts, AgreementTerms terms, List<String> serviceCalendars,
                         LocalDate effectiveFrom, String changeNote) {

    /** The parts of the terms that can be changed one at a time. */
    public enum Part {
        MONEY, COORDINATOR, SERVICES, PRIORITIES, PAUSE_STATUSES, LINE_EXTENSIONS, METRICS, AVAILABILITY, PENALTIES,
        EXTRA_PRICES, UNDERPINS, SERVICE_TARGETS, PRIORITY_MATRIX, ESCALATIONS
    }

    public TermsPatch {
        parts = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
        serviceCalendars = serviceCalendars == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(serviceCalendars));
    }

    /** {@code patch} applied to {@code base}. */
    public AgreementTerms applyTo(AgreementTerms base) {
        AgreementTerms t = terms;
        boolean money = parts.contains(Part.MONEY);
        boolean priorities = parts.contains(Part.PRIORITIES);
        boolean penalties = parts.contains(Part.PENALTIES);
        return new AgreementTerms(
                money ? t.currency() : base.currency(),
                money ? t.monthlyFee() : base.monthlyFee(),
                parts.contains(Part.COORDINATOR) ? t.coordinator() : base.coordinator(),
                parts.contains(Part.SERVICES) ? t.services() : base.services(),
                priorities ? t.priorities() : base.priorities(),
                priorities ? t.defaultPriority() : base.defaultPriority(),
                priorities ? t.statusLimits() : base.statusLimits(),
                parts.contains(Part.PAUSE_STATUSES) ? t.pauseStatuses() : base.pauseStatuses(),
                parts.contains(Part.LINE_EXTENSIONS) ? t.lineExtensions() : base.lineExtensions(),
                parts.contains(Part.METRICS) ? t.metrics() : base.metrics(),
                parts.contains(Part.AVAILABILITY) ? t.availabilityTargets() : base.availabilityTargets(),
                penalties ? t.penaltyBands() : base.penaltyBands(),
                penalties ? t.graceMonths() : base.graceMonths(),
                penalties ? t.penaltyCapPercent() : base.penaltyCapPercent(),
                parts.contains(Part.EXTRA_PRICES) ? t.extraPrices() : base.extraPrices(),
                parts.contains(Part.UNDERPINS) ? t.underpins() : base.underpins(),
                parts.contains(Part.SERVICE_TARGETS) ? t.serviceTargets() : base.serviceTargets(),
                parts.contains(Part.PRIORITY_MATRIX) ? t.priorityMatrix() : base.priorityMatrix(),
                parts.contains(Part.ESCALATIONS) ? t.escalations() : base.escalations(),
                base.agreementVolume(), base.plannedDevelopmentHours(), base.latePenalty());
    }
}
