package org.servicelevel.interfaces.rest.agreement;

import static org.servicelevel.domain.Texts.strippedOrNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.servicelevel.application.agreement.AgreementChange;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.Texts;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.AmendmentApproval;
import org.servicelevel.domain.model.agreement.AvailabilityTarget;
import org.servicelevel.domain.model.agreement.Contact;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationRecipient;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.agreement.ExtraServicePrice;
import org.servicelevel.domain.model.agreement.LatePenalty;
import org.servicelevel.domain.model.agreement.LatePenaltyRate;
import org.servicelevel.domain.model.agreement.LineExtension;
import org.servicelevel.domain.model.agreement.MatrixLevel;
import org.servicelevel.domain.model.agreement.MetricKind;
import org.servicelevel.domain.model.agreement.PenaltyBand;
import org.servicelevel.domain.model.agreement.PriorityMatrixCell;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.agreement.ServiceTarget;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.model.agreement.TargetKind;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.agreement.TimeBasis;
import org.servicelevel.domain.model.agreement.UnderpinningLink;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;

/**
 * Reads agreement requests into the application's terms, collecting every unreadable value (a date,
 * a duration, an enum name, a missing number) with its path, e.g. {@code terms.priorities[1].resolution},
 * before failing, so one answer lists all such mistakes. Rules between values (weights summing to 1,
 * contiguous penalty bands, unique codes) are checked by the agreement itself against the same paths.
 */
public final class AgreementRequestReader {

    private final List<InvalidFieldException> errors = new ArrayList<>();

    /** Where the terms are in the body: {@code terms.} in an agreement, nothing in a part's own body. */
    private final String termsPath;

    private AgreementRequestReader(String termsPath) {
        this.termsPath = termsPath;
    }

    /** The terms and, in the same order as their services, each service's calendar reference. */
    public record Terms(AgreementTerms terms, List<String> serviceCalendars) {
    }

    static AgreementChange read(AgreementRequest request) {
        if (request == null) {
            throw new InvalidFieldException("body", "Send the agreement as a JSON body");
        }
        AgreementRequestReader reader = new AgreementRequestReader("terms.");
        AgreementChange change = reader.change(request);
        reader.failIfAny();
        return change;
    }

    /** Reads parts of the terms sent on their own (a sub-resource): paths start at the body. */
    static Terms readTerms(TermsRequest request) {
        AgreementRequestReader reader = new AgreementRequestReader("");
        Terms terms = reader.terms(request == null ? new TermsRequest() : request, false);
        reader.failIfAny();
        return terms;
    }

    /**
     * Reads the terms of one version of an agreement document; paths start at {@code termsPath}, e.g.
     * {@code versions[1].terms.}. {@code child}: the agreement has a parent (see pause statuses).
     */
    public static Terms readTerms(TermsRequest request, String termsPath, boolean child) {
        AgreementRequestReader reader = new AgreementRequestReader(termsPath);
        Terms terms = reader.terms(request, child);
        reader.failIfAny();
        return terms;
    }

    static <E extends Enum<E>> E readEnum(String field, String value, Class<E> type) {
        AgreementRequestReader reader = new AgreementRequestReader("");
        E read = reader.enumOf(field, value, type);
        reader.failIfAny();
        return read;
    }

    static LocalDate readDate(String field, String value) {
        AgreementRequestReader reader = new AgreementRequestReader("");
        LocalDate date = reader.date(field, value);
        reader.failIfAny();
        return date;
    }

    private void failIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private AgreementChange change(AgreementRequest r) {
        AgreementType type = enumOf("type", r.type, AgreementType.class);
        boolean child = r.parent != null && !r.parent.isBlank();
        Terms terms = r.terms == null ? new Terms(null, List.of()) : terms(r.terms, child);
        return new AgreementChange(r.number, type, r.title, r.customer, r.providerGroup, r.consumerGroup, r.parent,
                r.timeZone, date("validFrom", r.validFrom), date("validTo", r.validTo), date("reviewDate", r.reviewDate),
                r.owner, terms.terms(), terms.serviceCalendars(), date("effectiveFrom", r.effectiveFrom), r.changeNote,
                r.amendmentApproval == null ? null
                        : enumOf("amendmentApproval", r.amendmentApproval, AmendmentApproval.class));
    }

    /**
     * The terms of a request. Pause statuses left out are the four default waiting statuses, except
     * for an agreement with a parent ({@code child}), which inherits its parent's.
     */
    private Terms terms(TermsRequest t, boolean child) {
        List<ServiceTerms> services = new ArrayList<>();
        List<String> calendars = new ArrayList<>();
        each(t.services, "services", (s, path) -> {
            services.add(new ServiceTerms(AgreementTerms.code(s.code), strippedOrNull(s.name), strippedOrNull(s.description), 0L,
                    s.volume == null ? null : s.volume.quantity,
                    s.volume == null ? null : enumOf(path + ".volume.unit", s.volume.unit, VolumeUnit.class),
                    s.volume == null ? null : enumOf(path + ".volume.period", s.volume.period, VolumePeriod.class),
                    s.exclusions == null ? List.of() : s.exclusions.stream().map(x -> x == null ? "" : x.strip()).toList()));
            calendars.add(s.calendar != null && !s.calendar.isBlank() ? s.calendar.strip()
                    : s.calendarId != null ? s.calendarId.toString() : null);
        });
        List<PriorityTerms> priorities = new ArrayList<>();
        each(t.priorities, "priorities", (p, path) -> priorities.add(new PriorityTerms(
                required(path + ".number", p.number, "Give the priority's number, 1 for the most urgent"),
                strippedOrNull(p.name), duration(path + ".response", p.response), duration(path + ".resolution", p.resolution),
                p.maxOverdueShare, Boolean.TRUE.equals(p.byAgreement),
                p.requestKinds == null ? List.of() : p.requestKinds.stream().map(Texts::strippedOrNull)
                        .filter(k -> k != null).toList())));
        List<StatusLimit> limits = new ArrayList<>();
        each(t.statusLimits, "statusLimits", (l, path) -> {
            Duration max = duration(path + ".max", l.max);
            limits.add(new StatusLimit(required(path + ".priority", l.priority, "Give the priority the limit applies to"),
                    AgreementTerms.code(l.status), max == null ? missingDuration(path + ".max") : max));
        });
        List<LineExtension> extensions = new ArrayList<>();
        each(t.lineExtensions, "lineExtensions", (e, path) -> {
            Duration extra = duration(path + ".extra", e.extra);
            extensions.add(new LineExtension(required(path + ".lineLevel", e.lineLevel, "Give the support line, from 2"),
                    extra == null ? missingDuration(path + ".extra") : extra));
        });
        List<QualityMetric> metrics = new ArrayList<>();
        each(t.metrics, "metrics", (m, path) -> metrics.add(new QualityMetric(enumOf(path + ".kind", m.kind,
                MetricKind.class), m.priority, strippedOrNull(m.question), AgreementTerms.code(m.service), m.threshold,
                enumOf(path + ".comparison", m.comparison, ThresholdComparison.class), m.weight)));
        List<AvailabilityTarget> availability = new ArrayList<>();
        each(t.availabilityTargets, "availabilityTargets", (a, path) -> availability.add(new AvailabilityTarget(
                AgreementTerms.code(a.service), a.minimumPercent, duration(path + ".maxOutage", a.maxOutage))));
        List<PenaltyBand> bands = new ArrayList<>();
        each(t.penaltyBands, "penaltyBands", (b, path) -> bands.add(new PenaltyBand(b.from, b.to, b.penaltyPercent)));
        List<ExtraServicePrice> prices = new ArrayList<>();
        each(t.extraPrices, "extraPrices", (p, path) -> prices.add(new ExtraServicePrice(
                enumOf(path + ".kind", p.kind, ExtraServiceKind.class), p.price)));
        List<UnderpinningLink> underpins = new ArrayList<>();
        each(t.underpins, "underpins", (u, path) -> {
            TargetKind slaTarget = enumOf(path + ".slaTarget", u.slaTarget, TargetKind.class);
            TargetKind ownTarget = enumOf(path + ".ownTarget", u.ownTarget, TargetKind.class);
            underpins.add(new UnderpinningLink(AgreementTerms.code(u.sla), AgreementTerms.code(u.slaService),
                    required(path + ".slaPriority", u.slaPriority, "Give the SLA priority this underpins"), slaTarget,
                    AgreementTerms.code(u.service), required(path + ".priority", u.priority,
                    "Give this agreement's priority that underpins it"), ownTarget != null ? ownTarget : slaTarget,
                    strippedOrNull(u.path), u.step, strippedOrNull(u.stepName)));
        });
        List<ServiceTarget> serviceTargets = new ArrayList<>();
        each(t.serviceTargets, "serviceTargets", (s, path) -> serviceTargets.add(new ServiceTarget(
                AgreementTerms.code(s.service), required(path + ".priority", s.priority, "Give the priority the service's"
                + " own targets are for"), duration(path + ".response", s.response),
                duration(path + ".resolution", s.resolution))));
        List<PriorityMatrixCell> matrix = new ArrayList<>();
        each(t.priorityMatrix, "priorityMatrix", (c, path) -> matrix.add(new PriorityMatrixCell(
                enumOf(path + ".impact", c.impact, MatrixLevel.class), enumOf(path + ".urgency", c.urgency,
                MatrixLevel.class), required(path + ".priority", c.priority, "Give the priority of this cell"))));
        List<EscalationRule> escalations = new ArrayList<>();
        each(t.escalations, "escalations", (r, path) -> escalations.add(escalationRule(r, path)));
        Contact coordinator = t.coordinator == null ? null
                : new Contact(strippedOrNull(t.coordinator.name), strippedOrNull(t.coordinator.email), strippedOrNull(t.coordinator.phone));
        AgreementTerms terms = new AgreementTerms(AgreementTerms.code(t.currency), t.monthlyFee, coordinator, services,
                priorities, t.defaultPriority, limits, t.pauseStatuses == null ? (child ? List.of() : null)
                : t.pauseStatuses.stream().map(AgreementTerms::code).toList(), extensions, metrics, availability, bands,
                t.graceMonths == null ? 0 : t.graceMonths, t.penaltyCapPercent, prices, underpins, serviceTargets, matrix,
                escalations, t.agreementVolume, t.plannedDevelopmentHours,
                t.latePenalty == null ? null : latePenalty(t.latePenalty));
        return new Terms(terms, calendars);
    }

    /** The late-ticket penalty as sent; its amounts and priorities are the terms' own check. */
    private LatePenalty latePenalty(TermsRequest.LatePenaltyRequest r) {
        List<LatePenaltyRate> rates = new ArrayList<>();
        eachAt(termsPath + "latePenalty.priorities", r.priorities, (p, path) -> rates.add(new LatePenaltyRate(
                required(path + ".priority", p.priority, "Give the priority whose late tickets this costs"), p.amount,
                p.perStartedHour)));
        return new LatePenalty(rates, r.monthlyCap);
    }

    /**
     * An escalation rule as sent. Only what cannot be read is reported here (a basis, an action type,
     * a repetition that is no duration); whether {@code at}, the metric and the actions make sense is
     * the rule's own check. Recipients named by role are written as the role's name.
     */
    private EscalationRule escalationRule(TermsRequest.EscalationRuleRequest r, String path) {
        List<EscalationStep> steps = new ArrayList<>();
        eachAt(path + ".steps", r.steps, (s, stepPath) -> {
            List<EscalationAction> actions = new ArrayList<>();
            eachAt(stepPath + ".actions", s.actions, (a, actionPath) -> actions.add(new EscalationAction(
                    enumOf(actionPath + ".type", a.type, EscalationActionType.class),
                    a.recipients == null ? null : a.recipients.stream().map(AgreementRequestReader::recipient).toList(),
                    a.group, a.text, a.tag)));
            steps.add(new EscalationStep(strippedOrNull(s.name), s.at, enumOf(stepPath + ".basis", s.basis,
                    TimeBasis.class), duration(stepPath + ".repeatEvery", s.repeatEvery), actions));
        });
        return new EscalationRule(r.metric, r.priority, steps);
    }

    private static String recipient(String named) {
        return EscalationRecipient.named(named).map(Enum::name).orElse(named);
    }

    private interface Item<T> {
        void read(T item, String path);
    }

    private <T> void each(List<T> items, String name, Item<T> reader) {
        eachAt(termsPath + name, items, reader);
    }

    /** Reads each item of the list at {@code listPath} (e.g. {@code terms.escalations[0].steps}). */
    private <T> void eachAt(String listPath, List<T> items, Item<T> reader) {
        if (items == null) {
            return;
        }
        String name = listPath.substring(listPath.lastIndexOf('.') + 1);
        for (int i = 0; i < items.size(); i++) {
            String path = listPath + "[" + i + "]";
            if (items.get(i) == null) {
                errors.add(new InvalidFieldException(path, "An entry of " + name + " is empty"));
                continue;
            }
            reader.read(items.get(i), path);
        }
    }

    private int required(String field, Integer value, String message) {
        if (value == null) {
            errors.add(new InvalidFieldException(field, message));
            return 0;
        }
        return value;
    }

    private Duration missingDuration(String field) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new InvalidFieldException(field, "Give a working duration as ISO-8601, e.g. PT30M or PT9H"));
        }
        return Duration.ZERO;
    }

    private Duration duration(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Duration parsed = Duration.parse(value.strip());
            if (parsed.getNano() != 0) {
                errors.add(new InvalidFieldException(field, "'" + value + "' has a fraction of a second: targets are"
                        + " whole seconds, e.g. PT4H or PT90M"));
                return null;
            }
            return parsed;
        } catch (DateTimeParseException e) {
            errors.add(new InvalidFieldException(field, "'" + value + "' is not an ISO-8601 duration such as PT4H, PT90M or P2DT3H"));
            return null;
        }
    }

    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidFieldException(field, "'" + value + "' is not a date: use YYYY-MM-DD, e.g. 2026-12-31"));
            return null;
        }
    }

    private <E extends Enum<E>> E enumOf(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidFieldException(field, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).toList()));
            return null;
        }
    }

    static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list == null ? List.of() : list.stream().map(f).toList();
    }
}
