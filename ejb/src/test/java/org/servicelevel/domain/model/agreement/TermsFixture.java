package org.servicelevel.domain.model.agreement;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Builds agreement terms for tests, starting from a small valid SLA. */
final class TermsFixture {

    String currency = "EUR";
    BigDecimal monthlyFee = new BigDecimal("12000.00");
    List<ServiceTerms> services = new ArrayList<>(List.of(service("WS", 1L)));
    List<PriorityTerms> priorities = new ArrayList<>(List.of(
            priority(1, "PT15M", "PT2H", 20),
            priority(2, "PT30M", "PT4H", 20),
            priority(3, null, "PT16H", 20)));
    Integer defaultPriority;
    List<StatusLimit> statusLimits = new ArrayList<>();
    List<String> pauseStatuses;
    List<LineExtension> lineExtensions = new ArrayList<>();
    List<QualityMetric> metrics = new ArrayList<>(List.of(
            QualityMetric.resolutionTime(1, new BigDecimal("0.5")),
            QualityMetric.overdueShare(1, new BigDecimal("0.5"))));
    List<AvailabilityTarget> availability = new ArrayList<>();
    List<PenaltyBand> bands = new ArrayList<>(List.of(
            band("0.8", "1", "0"), band("0.6", "0.8", "5"), band("0.4", "0.6", "10"), band("0", "0.4", "20")));
    int graceMonths = 2;
    BigDecimal cap;
    List<ExtraServicePrice> prices = new ArrayList<>();
    List<UnderpinningLink> underpins = new ArrayList<>();
    List<ServiceTarget> serviceTargets = new ArrayList<>();
    List<PriorityMatrixCell> matrix = new ArrayList<>();
    List<EscalationRule> escalations = new ArrayList<>();
    Integer agreementVolume;
    BigDecimal plannedDevelopmentHours;
    LatePenalty latePenalty;

    static ServiceTerms service(String code, long calendarId) {
        return new ServiceTerms(code, code + " service", null, calendarId, null, null, null, List.of());
    }

    static PriorityTerms priority(int number, String response, String resolution, int maxOverdue) {
        return new PriorityTerms(number, "P" + number, response == null ? null : Duration.parse(response),
                resolution == null ? null : Duration.parse(resolution), BigDecimal.valueOf(maxOverdue), false, List.of());
    }

    static PenaltyBand band(String from, String to, String penalty) {
        return new PenaltyBand(new BigDecimal(from), new BigDecimal(to), new BigDecimal(penalty));
    }

    static UnderpinningLink link(String sla, String slaService, int slaPriority, TargetKind target, String service,
                                 int priority) {
        return new UnderpinningLink(sla, slaService, slaPriority, target, service, priority, target, null, null, null);
    }

    static UnderpinningLink step(String sla, String slaService, int slaPriority, TargetKind slaTarget, String service,
                                 int priority, TargetKind own, String path, int step, String name) {
        return new UnderpinningLink(sla, slaService, slaPriority, slaTarget, service, priority, own, path, step, name);
    }

    /** The ITIL matrix over the fixture's three priorities: HIGH × HIGH is 1, LOW × LOW is 3. */
    static List<PriorityMatrixCell> itilMatrix() {
        List<PriorityMatrixCell> cells = new ArrayList<>();
        for (MatrixLevel impact : MatrixLevel.values()) {
            for (MatrixLevel urgency : MatrixLevel.values()) {
                cells.add(new PriorityMatrixCell(impact, urgency, Math.min(3, 1 + (impact.ordinal() + urgency.ordinal() + 1) / 2)));
            }
        }
        return cells;
    }

    TermsFixture withoutPenalties() {
        metrics.clear();
        bands.clear();
        return this;
    }

    AgreementTerms build() {
        return new AgreementTerms(currency, monthlyFee, null, services, priorities, defaultPriority, statusLimits,
                pauseStatuses, lineExtensions, metrics, availability, bands, graceMonths, cap, prices, underpins,
                serviceTargets, matrix, escalations, agreementVolume, plannedDevelopmentHours, latePenalty);
    }

    /**
     * Proposes {@code terms} as "max" and, for an agreement in force, has another manager approve the
     * amendment at once: the way a change of an agreement in force takes effect.
     */
    static AgreementVersion agreed(Agreement agreement, AgreementTerms terms, java.time.LocalDate from,
                                   java.time.Instant now, String actor, String note) {
        AgreementVersion version = agreement.revise(terms, from, now, actor, note);
        if (!version.approved()) {
            agreement.approveAmendment(version.number(), "second-manager", false, false, now);
        }
        return version;
    }
}
