package org.servicelevel.interfaces.web.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.LatePenalty;
import org.servicelevel.domain.model.agreement.LatePenaltyRate;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.agreement.TimeBasis;
import org.servicelevel.domain.model.agreement.PenaltyBand;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;

class AgreementRowsTest {

    private static final ResourceBundle EN = bundle(Locale.ROOT);
    private static final ResourceBundle RU = bundle(Locale.forLanguageTag("ru"));

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.servicelevel.web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static AgreementTerms terms(List<ServiceTerms> services, List<PriorityTerms> priorities,
                                        Integer defaultPriority, List<QualityMetric> metrics, List<PenaltyBand> bands) {
        return new AgreementTerms("EUR", null, null, services, priorities, defaultPriority, null, null, null, metrics,
                null, bands, 0, null, null, null);
    }

    @Test
    void targetsAreShownInHoursAndMinutesNeverInDays() {
        assertEquals("4 h", AgreementRows.inHours(Duration.ofHours(4), EN));
        assertEquals("30 min", AgreementRows.inHours(Duration.ofMinutes(30), EN));
        assertEquals("1 h 30 min", AgreementRows.inHours(Duration.ofMinutes(90), EN));
        assertEquals("40 h", AgreementRows.inHours(Duration.ofHours(40), EN));
        assertEquals("2 h 5 s", AgreementRows.inHours(Duration.ofSeconds(7205), EN));
        assertEquals("0 s", AgreementRows.inHours(Duration.ZERO, EN));
        assertEquals("4 ч", AgreementRows.inHours(Duration.ofHours(4), RU));
    }

    @Test
    void elapsedTimesUseDaysOf24Hours() {
        assertEquals("2 d 15 h", AgreementRows.inDays(Duration.ofHours(63), EN));
        assertEquals("1 d 30 min", AgreementRows.inDays(Duration.ofMinutes(24 * 60 + 30), EN));
        assertEquals("45 min", AgreementRows.inDays(Duration.ofMinutes(45), EN));
    }

    @Test
    void prioritiesShowTargetsTheOverdueLimitAndTheDefault() {
        AgreementTerms t = terms(List.of(), List.of(
                new PriorityTerms(1, "Critical", Duration.ofMinutes(15), Duration.ofHours(2), new BigDecimal("20.00"),
                        false, List.of("outage", "security")),
                new PriorityTerms(2, "Project", null, null, null, true, List.of())), 1, List.of(), List.of());

        List<AgreementRows.PriorityLine> lines = AgreementRows.priorities(t, EN);

        AgreementRows.PriorityLine critical = lines.get(0);
        assertEquals("15 min", critical.getResponse());
        assertEquals("2 h", critical.getResolution());
        assertEquals("20 %", critical.getMaxOverdue());
        assertEquals("outage, security", critical.getRequestKinds());
        assertTrue(critical.isDefaultPriority());
        AgreementRows.PriorityLine project = lines.get(1);
        assertEquals("by agreement", project.getResolution());
        assertEquals(AgreementRows.NOTHING, project.getMaxOverdue());
        assertFalse(project.isDefaultPriority());
    }

    @Test
    void servicesNameTheirCalendarAndVolume() {
        ServiceTerms limited = new ServiceTerms("DEV", "Development", null, 7, new BigDecimal("40.00"), VolumeUnit.HOURS,
                VolumePeriod.MONTH, List.of("Hardware", "Training"));
        ServiceTerms unlimited = new ServiceTerms("WS", "Workplace", "Desks", 8, null, null, null, null);

        List<AgreementRows.ServiceLine> lines = AgreementRows.services(terms(List.of(limited, unlimited), List.of(),
                null, List.of(), List.of()), java.util.Map.of(7L, "Berlin office hours"), EN);

        assertEquals("Berlin office hours", lines.get(0).getCalendar());
        assertEquals(7L, lines.get(0).getCalendarId());
        assertEquals("40 hours a month", lines.get(0).getVolume());
        assertEquals(List.of("Hardware", "Training"), lines.get(0).getExclusions());
        assertEquals("unlimited", lines.get(1).getVolume());
        assertEquals("#8", lines.get(1).getCalendar(), "a calendar without a name still shows which one");
    }

    @Test
    void metricsAndPenaltyBandsReadAsTheContractDoes() {
        AgreementTerms t = terms(List.of(), List.of(), null, List.of(
                QualityMetric.resolutionTime(1, new BigDecimal("0.6000")),
                QualityMetric.survey("Satisfied?", new BigDecimal("80"), new BigDecimal("0.4"))), List.of(
                new PenaltyBand(BigDecimal.ZERO, new BigDecimal("0.8"), BigDecimal.TEN),
                new PenaltyBand(new BigDecimal("0.8"), BigDecimal.ONE, BigDecimal.ZERO)));

        List<AgreementRows.Line> metrics = AgreementRows.metrics(t, EN);
        assertEquals("Average resolution time within target", metrics.get(0).getLabel());
        assertEquals("priority 1", metrics.get(0).getDetail());
        assertEquals("0.6", metrics.get(0).getValue());
        assertEquals("\u201cSatisfied?\u201d, at least 80 % positive", metrics.get(1).getDetail());

        List<AgreementRows.Line> bands = AgreementRows.penaltyBands(t);
        assertEquals(List.of("0.8 – 1", "0 – 0.8"), bands.stream().map(AgreementRows.Line::getLabel).toList());
        assertEquals(List.of("0 %", "10 %"), bands.stream().map(AgreementRows.Line::getValue).toList());
    }

    @Test
    void aLatePenaltyAndAMoreThanThresholdReadAsTheContractDoes() {
        AgreementTerms t = new AgreementTerms("JPY", null, null, List.of(), List.of(), null, null, null, null,
                List.of(QualityMetric.survey("Informed?", ThresholdComparison.GREATER_THAN, new BigDecimal("70"),
                        BigDecimal.ONE)), null, null, 0, null, null, null, null, null, null, 100, new BigDecimal("40.50"),
                new LatePenalty(List.of(new LatePenaltyRate(1, new BigDecimal("5000.000"), new BigDecimal("500")),
                        new LatePenaltyRate(2, new BigDecimal("1000"), null)), new BigDecimal("20000")));
        assertEquals("\u201cInformed?\u201d, more than 70 % positive", AgreementRows.metrics(t, EN).get(0).getDetail());
        assertEquals("\u00ab\u0049nformed?\u00bb, \u0431\u043e\u043b\u0435\u0435 70 % \u043f\u043e\u043b\u043e\u0436\u0438\u0442\u0435\u043b\u044c\u043d\u044b\u0445",
                AgreementRows.metrics(t, RU).get(0).getDetail());
        List<AgreementRows.Line> late = AgreementRows.latePenalty(t, EN);
        assertEquals(List.of("priority 1", "priority 2"), late.stream().map(AgreementRows.Line::getLabel).toList());
        assertEquals(List.of("5000 JPY + 500 JPY per started hour over the target", "1000 JPY"),
                late.stream().map(AgreementRows.Line::getValue).toList());
        assertEquals("20000.00 EUR", AgreementRows.money(new BigDecimal("20000"), 2, "EUR"));
        assertEquals(List.of(), AgreementRows.latePenalty(terms(List.of(), List.of(), null, List.of(), List.of()), EN));
    }

    @Test
    void validityIsOpenEndedOrARange() {
        assertEquals("from 2026-01-01", AgreementRows.validity(LocalDate.of(2026, 1, 1), null, EN));
        assertEquals("2026-01-01 to 2026-12-31",
                AgreementRows.validity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), EN));
        assertEquals("с 2026-01-01 по 2026-12-31",
                AgreementRows.validity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), RU));
    }

    private static AgreementTerms withEscalations(List<EscalationRule> rules) {
        return new AgreementTerms("EUR", null, null, List.of(), List.of(), null, null, null, null, null, null, null, 0,
                null, null, null, List.of(), List.of(), rules);
    }

    @Test
    void escalationRulesAreShownAStepALineInWords() {
        List<AgreementRows.EscalationLine> lines = AgreementRows.escalations(withEscalations(List.of(
                new EscalationRule("resolution", null, List.of(
                        new EscalationStep("warning", "80%", EscalationAction.notify("ASSIGNEE", "lead@example.com")),
                        new EscalationStep("breach", "100%", TimeBasis.REAL, Duration.ofHours(2), List.of(
                                EscalationAction.notify("AGREEMENT_OWNER", "CUSTOMER_COORDINATOR"),
                                new EscalationAction(EscalationActionType.TAG, null, null, null, "escalated"))))),
                new EscalationRule("response", 1, List.of(
                        new EscalationStep(null, "PT15M", EscalationAction.of(EscalationActionType.MOVE_TO_NEXT_LINE)),
                        new EscalationStep("early", "-PT1H", new EscalationAction(EscalationActionType.MOVE_TO_GROUP,
                                null, "L2", null, null)))),
                new EscalationRule("status:NEW", 2, List.of()))), EN);
        assertEquals(List.of(
                new AgreementRows.EscalationLine("Resolution", "all priorities", "warning: 80 % of the target",
                        "notify the assignee, lead@example.com"),
                new AgreementRows.EscalationLine("", "", "breach: at the breach (real time), again every 2 h while"
                        + " breached", "notify the agreement owner, the customer's coordinator; tag escalated"),
                new AgreementRows.EscalationLine("Response", "priority 1", "15 min after the due time",
                        "move to the next support line"),
                new AgreementRows.EscalationLine("", "", "early: 1 h before the due time", "move to group L2"),
                new AgreementRows.EscalationLine("Time in status NEW", "priority 2", "no escalation", "")), lines);
    }

    @Test
    void termsWithoutRulesShowTheDefaultPolicy() {
        List<AgreementRows.EscalationLine> lines = AgreementRows.escalations(withEscalations(List.of()), RU);
        assertEquals(5, lines.size(), lines.toString());
        assertEquals("Реакция", lines.get(0).getMetric());
        assertEquals("Время в любом статусе", lines.get(4).getMetric());
        assertEquals("уведомить: группа поддержки", lines.get(4).getActions());
    }
}
