package org.servicelevel.interfaces.rest.agreement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.ConsistencyFinding;
import org.servicelevel.domain.model.agreement.ConsistencyReport;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.LatePenalty;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;

/**
 * The JSON shapes of agreements. The terms are shown in the same shape a client sends them in
 * ({@link TermsRequest}), so an exported agreement can be imported again.
 */
public final class AgreementViews {

    private AgreementViews() {
    }

    /**
     * An agreement with the terms of one version ({@code shownVersion}: by default the one in force
     * today, or the draft) as agreed ({@code terms}) and, for an agreement with a parent, completed by
     * the parent ({@code effectiveTerms}). {@code escalationPolicy} says which escalation rules govern
     * that version's tickets: {@code OWN} (those in {@code terms.escalations}), {@code INHERITED} (the
     * parent's, in {@code effectiveTerms.escalations}) or {@code DEFAULT} (none are named, so the default
     * policy applies and {@code escalations} is empty).
     */
    public record AgreementView(long id, String number, String type, String title, String status, long version,
                                String customer, String customerName, String providerGroup, String consumerGroup,
                                String parent, String timeZone, LocalDate validFrom, LocalDate validTo,
                                LocalDate reviewDate, String owner, Instant createdAt, Instant activatedAt,
                                LocalDate terminatedOn, String terminationReason, boolean monitoredToday,
                                int shownVersion, LocalDate shownVersionEffectiveFrom, TermsView terms,
                                TermsView effectiveTerms, List<AgreementVersionView> versions, ConsistencyView consistency,
                                String amendmentApproval,
                                @Schema(enumeration = {"OWN", "INHERITED", "DEFAULT"}) String escalationPolicy) {
    }

    /** An agreement in a list: no terms. */
    public record AgreementSummaryView(long id, String number, String type, String title, String status,
                                       String customer, String providerGroup, String parent, LocalDate validFrom,
                                       LocalDate validTo, LocalDate reviewDate, int versionInForce,
                                       Integer consistencyFindings) {
    }

    /**
     * A version: from when it applies, who proposed it and why, whether it governs today, and as an
     * amendment whether it is a {@code DRAFT} or {@code APPROVED}, by whom and when (for the provider
     * and, where both parties approve, the customer).
     */
    public record AgreementVersionView(int number, LocalDate effectiveFrom, Instant createdAt, String createdBy, String note,
                                       boolean inForce, String status, String approvedBy, Instant approvedAt,
                                       String customerApprovedBy, Instant customerApprovedAt) {
    }

    /** What changed in the terms from one version to another. */
    public record VersionDiffView(int from, int to, List<ChangeView> changes) {
    }

    /** One changed value: where in the terms, before and after ({@code null}: none). */
    public record ChangeView(String path, String before, String after) {
    }

    /**
     * A consistency result: the day it speaks of ({@code checkedOn}), computed at {@code checkedAt}
     * and last confirmed at {@code confirmedAt}, over {@code [checkedFrom, checkedTo)}; what made it
     * run; {@code consistent} when neither that day nor an upcoming one has findings; the versions
     * checked and the findings of that day; and each upcoming day a version takes effect.
     */
    public record ConsistencyView(LocalDate checkedOn, Instant checkedAt, Instant confirmedAt, Instant checkedFrom,
                                  Instant checkedTo, String trigger, boolean consistent, List<CheckedView> checked,
                                  List<FindingView> findings, List<ConsistencyDayView> upcoming) {
    }

    /** An agreement version (by the agreement's number) or calendar version (by the calendar's name) a check used. */
    public record CheckedView(String agreement, String calendar, int version) {
    }

    /** What the check found for an upcoming day on which a version takes effect. */
    public record ConsistencyDayView(LocalDate on, boolean consistent, List<CheckedView> checked,
                                     List<FindingView> findings) {
    }

    public record FindingView(String kind, String agreement, String reference, String service, Integer priority,
                              String target, String message, Instant example, String excess, Long excessSeconds) {
    }

    public record TermsView(String currency, BigDecimal monthlyFee, ContactView coordinator, List<ServiceView> services,
                            List<PriorityView> priorities, Integer defaultPriority, List<StatusLimitView> statusLimits,
                            List<String> pauseStatuses, List<LineExtensionView> lineExtensions,
                            List<MetricView> metrics, List<AvailabilityView> availabilityTargets,
                            List<PenaltyBandView> penaltyBands, int graceMonths, BigDecimal penaltyCapPercent,
                            List<PriceView> extraPrices, List<UnderpinView> underpins,
                            List<ServiceTargetView> serviceTargets, List<MatrixCellView> priorityMatrix,
                            List<EscalationRuleView> escalations, Integer agreementVolume,
                            BigDecimal plannedDevelopmentHours, LatePenaltyView latePenalty) {
    }

    /** The late-ticket penalty: a rate per priority and the monthly cap ({@code null}: none). */
    public record LatePenaltyView(List<LatePenaltyRateView> priorities, BigDecimal monthlyCap) {
    }

    /** What a ticket of the priority resolved late costs; {@code perStartedHour} {@code null}: nothing per hour. */
    public record LatePenaltyRateView(int priority, BigDecimal amount, BigDecimal perStartedHour) {
    }

    public record ContactView(String name, String email, String phone) {
    }

    public record ServiceView(String code, String name, String description, String calendar, Long calendarId,
                              VolumeView volume, List<String> exclusions) {
    }

    public record VolumeView(BigDecimal quantity, String unit, String period) {
    }

    public record PriorityView(int number, String name, String response, String resolution,
                               BigDecimal maxOverdueShare, boolean byAgreement, List<String> requestKinds) {
    }

    public record StatusLimitView(int priority, String status, String max) {
    }

    /** A service's own targets for a priority; a target left out (null) is the priority's. */
    public record ServiceTargetView(String service, int priority, String response, String resolution) {
    }

    public record MatrixCellView(String impact, String urgency, int priority) {
    }

    /** An escalation rule as sent: {@code priority} left out for all priorities. */
    public record EscalationRuleView(String metric, Integer priority, List<EscalationStepView> steps) {
    }

    public record EscalationStepView(String name, String at, String basis, String repeatEvery,
                                     List<EscalationActionView> actions) {
    }

    /** An action; only the fields of its type are given ({@code recipients} for NOTIFY, ...). */
    public record EscalationActionView(String type, List<String> recipients, String group, String text, String tag) {
    }

    public record LineExtensionView(int lineLevel, String extra) {
    }

    /** A line of the quality table; {@code comparison} only for SURVEY metrics. */
    public record MetricView(String kind, Integer priority, String question, String service, BigDecimal threshold,
                             String comparison, BigDecimal weight) {
    }

    public record AvailabilityView(String service, BigDecimal minimumPercent, String maxOutage) {
    }

    public record PenaltyBandView(BigDecimal from, BigDecimal to, BigDecimal penaltyPercent) {
    }

    public record PriceView(String kind, BigDecimal price) {
    }

    public record UnderpinView(String sla, String slaService, int slaPriority, String slaTarget, String service,
                               int priority, String ownTarget, String path, Integer step, String stepName) {
    }


    static AgreementView agreement(AgreementDetails d) {
        return new AgreementView(d.id(), d.number(), d.type().name(), d.title(), d.status().name(), d.version(),
                d.customer() == null ? null : d.customer().code(), d.customer() == null ? null : d.customer().name(),
                d.providerGroup() == null ? null : d.providerGroup().code(),
                d.consumerGroup() == null ? null : d.consumerGroup().code(),
                d.parent() == null ? null : d.parent().code(), d.timeZone(), d.validFrom(), d.validTo(),
                d.reviewDate(), d.owner(), d.createdAt(), d.activatedAt(), d.terminatedOn(), d.terminationReason(),
                d.monitoredToday(), d.shown().number(), d.shown().effectiveFrom(), terms(d.terms(), d.calendarNames()),
                d.parent() == null ? null : terms(d.effectiveTerms(), d.calendarNames()),
                d.versions().stream().map(AgreementViews::version).toList(),
                d.consistency() == null ? null : consistency(d.consistency()), d.amendmentApproval().name(),
                d.escalationPolicy().name());
    }

    static AgreementSummaryView summary(AgreementDetails d) {
        return new AgreementSummaryView(d.id(), d.number(), d.type().name(), d.title(), d.status().name(),
                d.customer() == null ? null : d.customer().code(),
                d.providerGroup() == null ? null : d.providerGroup().code(),
                d.parent() == null ? null : d.parent().code(), d.validFrom(), d.validTo(), d.reviewDate(),
                d.shown().number(), d.consistency() == null ? null : d.consistency().findingCount());
    }

    static AgreementVersionView version(AgreementDetails.VersionSummary v) {
        return new AgreementVersionView(v.number(), v.effectiveFrom(), v.createdAt(), v.createdBy(), v.note(), v.inForce(),
                v.status().name(), v.approvedBy(), v.approvedAt(), v.customerApprovedBy(), v.customerApprovedAt());
    }

    static ConsistencyView consistency(AgreementDetails.Consistency c) {
        return new ConsistencyView(c.checkedOn(), c.checkedAt(), c.confirmedAt(), c.checkedFrom(), c.checkedTo(),
                c.trigger(), c.consistent(), checked(c.checked()), c.findings().stream().map(AgreementViews::finding).toList(),
                c.upcoming().stream().map(d -> new ConsistencyDayView(d.on(), d.findings().isEmpty(), checked(d.checked()),
                        d.findings().stream().map(AgreementViews::finding).toList())).toList());
    }

    private static List<CheckedView> checked(List<ConsistencyReport.CheckedVersion> versions) {
        return versions.stream().map(v -> v.kind() == ConsistencyReport.CheckedVersion.Kind.AGREEMENT
                ? new CheckedView(v.reference(), null, v.version())
                : new CheckedView(null, v.reference(), v.version())).toList();
    }

    private static FindingView finding(ConsistencyFinding f) {
        return new FindingView(f.kind().name(), f.agreement(), f.reference(), f.serviceCode(), f.priority(),
                f.target() == null ? null : f.target().name(), f.message(), f.example(), iso(f.excess()),
                f.excess() == null ? null : f.excess().getSeconds());
    }

    static TermsView terms(AgreementTerms t, Map<Long, String> calendarNames) {
        return new TermsView(t.currency(), t.monthlyFee(),
                t.coordinator().isEmpty() ? null
                        : new ContactView(t.coordinator().name(), t.coordinator().email(), t.coordinator().phone()),
                t.services().stream().map(s -> service(s, calendarNames)).toList(),
                t.priorities().stream().map(AgreementViews::priority).toList(),
                t.defaultPriority(),
                t.statusLimits().stream().map(l -> new StatusLimitView(l.priority(), l.status(), iso(l.max()))).toList(),
                t.pauseStatuses(),
                t.lineExtensions().stream().map(e -> new LineExtensionView(e.lineLevel(), iso(e.extra()))).toList(),
                t.metrics().stream().map(m -> new MetricView(m.kind().name(), m.priority(), m.question(),
                        m.serviceCode(), m.thresholdPercent(), m.comparison() == null ? null : m.comparison().name(),
                        m.weight())).toList(),
                t.availabilityTargets().stream().map(a -> new AvailabilityView(a.serviceCode(), a.minimumPercent(),
                        a.maxOutage().map(AgreementViews::iso).orElse(null))).toList(),
                t.penaltyBands().stream().map(b -> new PenaltyBandView(b.from(), b.to(), b.penaltyPercent())).toList(),
                t.graceMonths(), t.penaltyCapPercent(),
                t.extraPrices().stream().map(p -> new PriceView(p.kind().name(), p.price())).toList(),
                t.underpins().stream().map(u -> new UnderpinView(u.slaNumber(), u.slaServiceCode(), u.slaPriority(),
                        u.slaTarget().name(), u.serviceCode(), u.priority(), u.ownTarget().name(), u.path(), u.step(),
                        u.stepName())).toList(),
                serviceTargets(t), priorityMatrix(t), escalations(t.escalations()), t.agreementVolume(),
                t.plannedDevelopmentHours(), latePenalty(t));
    }

    private static LatePenaltyView latePenalty(AgreementTerms t) {
        LatePenalty late = t.latePenalty();
        if (late == null) {
            return null;
        }
        int digits = t.minorUnitDigits();
        return new LatePenaltyView(late.priorities().stream().map(r -> new LatePenaltyRateView(r.priority(),
                amount(r.amount(), digits), amount(r.perStartedHour().orElse(null), digits))).toList(),
                amount(late.monthlyCap(), digits));
    }

    /** An amount with as many decimals as the currency's minor unit (as stored, without trailing zeros, otherwise). */
    private static BigDecimal amount(BigDecimal value, int digits) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return value.setScale(digits >= 0 && plain.scale() <= digits ? digits : Math.max(plain.scale(), 0));
    }

    static List<EscalationRuleView> escalations(List<EscalationRule> rules) {
        return rules.stream().map(r -> new EscalationRuleView(r.metric(), r.priority(),
                r.steps().stream().map(AgreementViews::escalationStep).toList())).toList();
    }

    private static EscalationStepView escalationStep(EscalationStep s) {
        return new EscalationStepView(s.name(), s.at(), s.basis().name(), iso(s.repeatEvery()),
                s.actions().stream().map(AgreementViews::escalationAction).toList());
    }

    private static EscalationActionView escalationAction(EscalationAction a) {
        return new EscalationActionView(a.type().name(), a.recipients().isEmpty() ? null : a.recipients(), a.group(),
                a.text(), a.tag());
    }

    static List<ServiceTargetView> serviceTargets(AgreementTerms t) {
        return t.serviceTargets().stream().map(s -> new ServiceTargetView(s.serviceCode(), s.priority(),
                s.response().map(AgreementViews::iso).orElse(null), s.resolution().map(AgreementViews::iso).orElse(null)))
                .toList();
    }

    static List<MatrixCellView> priorityMatrix(AgreementTerms t) {
        return t.priorityMatrix().stream().map(c -> new MatrixCellView(c.impact().name(), c.urgency().name(),
                c.priority())).toList();
    }

    /**
     * The terms in an agreement document: each service names its calendar only by name, as calendar
     * ids differ between installations.
     */
    static TermsView documentTerms(AgreementTerms t, Map<Long, String> calendarNames) {
        TermsView v = terms(t, calendarNames);
        return new TermsView(v.currency(), v.monthlyFee(), v.coordinator(), v.services().stream()
                .map(x -> new ServiceView(x.code(), x.name(), x.description(), x.calendar(), null, x.volume(),
                        x.exclusions())).toList(),
                v.priorities(), v.defaultPriority(), v.statusLimits(), v.pauseStatuses(), v.lineExtensions(),
                v.metrics(), v.availabilityTargets(), v.penaltyBands(), v.graceMonths(), v.penaltyCapPercent(),
                v.extraPrices(), v.underpins(), v.serviceTargets(), v.priorityMatrix(), v.escalations(),
                v.agreementVolume(), v.plannedDevelopmentHours(), v.latePenalty());
    }

    static ServiceView service(ServiceTerms s, Map<Long, String> calendarNames) {
        return new ServiceView(s.code(), s.name(), s.description(), calendarNames.get(s.calendarId()), s.calendarId(),
                s.unlimited() ? null : new VolumeView(s.volumeQuantity(),
                        s.volumeUnit() == null ? null : s.volumeUnit().name(),
                        s.volumePeriod() == null ? null : s.volumePeriod().name()),
                s.exclusions());
    }

    static PriorityView priority(PriorityTerms p) {
        return new PriorityView(p.number(), p.name(), p.response().map(AgreementViews::iso).orElse(null),
                p.resolution().map(AgreementViews::iso).orElse(null), p.maxOverduePercent().orElse(null),
                p.byAgreement(), p.requestKinds());
    }

    private static String iso(Duration d) {
        return d == null ? null : d.toString();
    }
}
