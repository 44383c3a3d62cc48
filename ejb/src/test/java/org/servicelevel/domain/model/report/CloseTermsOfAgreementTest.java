package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.agreement.ExtraServicePrice;
import org.servicelevel.domain.model.agreement.LatePenalty;
import org.servicelevel.domain.model.agreement.LatePenaltyRate;
import org.servicelevel.domain.model.agreement.MetricKind;
import org.servicelevel.domain.model.agreement.PenaltyBand;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.agreement.ServiceTarget;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.ThresholdComparison;

/** An agreement's terms read as the month's close needs them, every term the close uses carried over. */
class CloseTermsOfAgreementTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 10);

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static AgreementTerms terms(String currency, BigDecimal fee, List<PriorityTerms> priorities,
                                        LatePenalty late) {
        return new AgreementTerms(currency, fee, null,
                List.of(new ServiceTerms("WS", "Workstations", null, 1L, null, null, null, List.of())), priorities,
                null, List.of(), List.of(), List.of(),
                List.of(QualityMetric.resolutionTime(1, n("0.4")), QualityMetric.overdueShare(1, n("0.3")),
                        new QualityMetric(MetricKind.SURVEY, null, "Satisfied?", null, n("70"),
                                ThresholdComparison.GREATER_THAN, n("0.2")),
                        QualityMetric.availability("WS", n("0.1"))),
                List.of(), List.of(new PenaltyBand(n("0.8"), n("1"), n("0")), new PenaltyBand(n("0"), n("0.8"), n("10"))),
                2, n("15"), List.of(new ExtraServicePrice(ExtraServiceKind.TICKET_OVER_VOLUME, n("35.00"))), List.of(),
                List.of(new ServiceTarget("WS", 1, null, Duration.ofHours(3))), List.of(), List.of(), 100, n("40"),
                late);
    }

    private static List<PriorityTerms> priorities() {
        return List.of(new PriorityTerms(1, "Critical", Duration.ofMinutes(15), Duration.ofHours(4), n("10"), false,
                        List.of()),
                new PriorityTerms(5, "By agreement", null, null, null, true, List.of()));
    }

    @Test
    void everyTermTheCloseUsesIsCarriedOver() {
        LatePenalty late = new LatePenalty(List.of(new LatePenaltyRate(1, n("200.00"), n("25.50"))), n("1000.00"));
        CloseTerms close = CloseTerms.of(terms("RUB", n("150000.00"), priorities(), late), START);

        assertEquals(Currency.getInstance("RUB"), close.currency());
        assertEquals(n("150000.00"), close.monthlyFee());
        assertEquals(START, close.serviceStart());
        assertEquals(2, close.graceMonths());
        assertEquals(new CloseTerms.Priority(1, "Critical", false, Duration.ofHours(4), Duration.ofMinutes(15),
                n("10")), close.priority(1).orElseThrow());
        assertTrue(close.priority(5).orElseThrow().byAgreement());
        assertEquals(Duration.ofHours(3), close.resolutionTarget("WS", 1), "the service's own target");
        assertEquals(Duration.ofMinutes(15), close.responseTarget("WS", 1), "the priority's, as the service sets none");
        assertEquals(List.of(CloseTerms.Metric.resolutionTime(1, n("0.4")), CloseTerms.Metric.overdueShare(1, n("0.3")),
                CloseTerms.Metric.survey("Satisfied?", n("70"), ThresholdComparison.GREATER_THAN, n("0.2")),
                CloseTerms.Metric.availability("WS", n("0.1"))), close.metrics());
        assertEquals(List.of(new CloseTerms.Band(n("0.8"), n("1"), n("0")), new CloseTerms.Band(n("0"), n("0.8"),
                n("10"))), close.bands());
        assertEquals(n("15"), close.penaltyCapPercent());
        assertEquals(Map.of(ExtraServiceKind.TICKET_OVER_VOLUME, n("35.00")), close.extraPrices());
        assertEquals(100L, close.agreementVolume());
        assertEquals(n("40"), close.plannedDevelopmentHours());
        assertEquals(new CloseTerms.LatePenalty(List.of(new CloseTerms.LateRate(1, n("200.00"), n("25.50"))),
                n("1000.00")), close.latePenalty());
    }

    @Test
    void anAgreementWithoutALatePenaltyHasNone() {
        assertNull(CloseTerms.of(terms("EUR", n("1000"), priorities(), null), START).latePenalty());
    }

    @Test
    void termsWithoutCurrencyOrFeeCannotBeClosed() {
        ConflictException noCurrency = assertThrows(ConflictException.class,
                () -> CloseTerms.of(terms(null, n("1000"), priorities(), null), START));
        assertTrue(noCurrency.getMessage().contains("currency"), noCurrency.getMessage());
        ConflictException noFee = assertThrows(ConflictException.class,
                () -> CloseTerms.of(terms("EUR", null, priorities(), null), START));
        assertTrue(noFee.getMessage().contains("monthly fee"), noFee.getMessage());
    }

    @Test
    void aMeasuredPriorityWithoutAResolutionTargetIsAConflictNamingIt() {
        List<PriorityTerms> untargeted = List.of(new PriorityTerms(1, "Critical", null, null, null, false, List.of()));
        ConflictException e = assertThrows(ConflictException.class,
                () -> CloseTerms.of(terms("EUR", n("1000"), untargeted, null), START));
        assertTrue(e.getMessage().contains("priority 1 needs a resolution target"), e.getMessage());
    }
}
