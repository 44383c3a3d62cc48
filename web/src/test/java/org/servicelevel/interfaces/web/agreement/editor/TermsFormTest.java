package org.servicelevel.interfaces.web.agreement.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.Contact;
import org.servicelevel.domain.model.agreement.PenaltyBand;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.agreement.ServiceTerms;

class TermsFormTest {

    private static AgreementTerms terms() {
        return new AgreementTerms("EUR", new BigDecimal("1000"), new Contact("Ann", "ann@example.com", null),
                List.of(new ServiceTerms("WS", "Workplace", null, 7, null, null, null, List.of())),
                List.of(new PriorityTerms(1, "Critical", Duration.ofMinutes(30), Duration.ofHours(4),
                                new BigDecimal("20"), false, List.of("outage")),
                        new PriorityTerms(2, "Normal", null, Duration.ofHours(16), new BigDecimal("20"), false, List.of())),
                2, null, null, null,
                List.of(QualityMetric.resolutionTime(1, new BigDecimal("0.6")),
                        QualityMetric.overdueShare(2, new BigDecimal("0.4"))),
                null,
                List.of(new PenaltyBand(new BigDecimal("0.8"), BigDecimal.ONE, BigDecimal.ZERO),
                        new PenaltyBand(BigDecimal.ZERO, new BigDecimal("0.8"), BigDecimal.TEN)),
                2, null, null, null);
    }

    @Test
    void termsShownAndSavedUnchangedAreTheSameTerms() {
        AgreementTerms terms = terms();
        TermsForm form = TermsForm.of(terms, Map.of(7L, "Office hours"));
        assertEquals(List.of("Office hours"), form.serviceCalendars());
        assertEquals(4, form.getPriorities().get(0).getResolution().getHours());
        assertEquals(30, form.getPriorities().get(0).getResponse().getMinutes());
        assertEquals("60", form.getMetrics().get(0).getWeightPercent().toString());
        assertEquals("80", form.getPenaltyBands().get(0).getFromPercent().toString());
        assertEquals("100", form.getPenaltyBands().get(0).getToPercent().toString());
        AgreementTerms saved = form.toTerms(terms).withServices(terms.services());
        assertTrue(AgreementTerms.same(terms, saved), () -> saved.toString());
    }

    @Test
    void partsTheFormDoesNotShowAreKeptFromTheTermsItIsAppliedTo() {
        AgreementTerms terms = terms();
        TermsForm form = TermsForm.of(terms, Map.of());
        form.setMonthlyFee(new BigDecimal("1200"));
        AgreementTerms saved = form.toTerms(terms);
        assertEquals("ann@example.com", saved.coordinator().email());
        assertEquals(0, new BigDecimal("1200").compareTo(saved.monthlyFee()));
    }

    @Test
    void aTargetTypedInHoursAndMinutesReachesTheTerms() {
        TermsForm form = TermsForm.of(terms(), Map.of());
        form.getPriorities().get(0).getResolution().setHours(2);
        form.getPriorities().get(0).getResolution().setMinutes(45);
        assertEquals(Duration.ofMinutes(165), form.toTerms(terms()).priority(1).orElseThrow().resolution().orElseThrow());
    }

    @Test
    void theWeightSumIsLiveAndComplete() {
        TermsForm form = TermsForm.of(terms(), Map.of());
        assertTrue(form.isWeightsComplete());
        form.getMetrics().get(1).setWeightPercent(new BigDecimal("30"));
        assertEquals(0, new BigDecimal("90").compareTo(form.getWeightSum()));
        assertFalse(form.isWeightsComplete());
        List<InvalidFieldException> problems = form.problemsOf("metrics", AgreementType.SLA, terms(), null);
        assertEquals(List.of("terms.metrics"), problems.stream().map(InvalidFieldException::field).toList());
    }

    @Test
    void overlappingAndGappedBandsAreFoundByTheTermsOwnRules() {
        TermsForm form = TermsForm.of(terms(), Map.of());
        assertTrue(form.problemsOf("penaltyBands", AgreementType.SLA, terms(), null).isEmpty());
        form.getPenaltyBands().get(1).setToPercent(new BigDecimal("90"));
        assertEquals(List.of("terms.penaltyBands[0].from"), form.problemsOf("penaltyBands", AgreementType.SLA, terms(), null)
                .stream().map(InvalidFieldException::field).toList());
        form.getPenaltyBands().get(1).setToPercent(new BigDecimal("70"));
        assertEquals(List.of("terms.penaltyBands[0].from"), form.problemsOf("penaltyBands", AgreementType.SLA, terms(), null)
                .stream().map(InvalidFieldException::field).toList());
    }

    @Test
    void addedRowsAreNumberedAndRemovedRowsGone() {
        TermsForm form = TermsForm.of(terms(), Map.of());
        form.addPriority();
        assertEquals(3, form.getPriorities().get(2).getNumber());
        form.removePriority(form.getPriorities().get(2));
        assertEquals(2, form.getPriorities().size());
        form.getPriorities().get(0).setRequestKinds("outage, security incident");
        assertEquals(List.of("outage", "security incident"),
                form.toTerms(terms()).priority(1).orElseThrow().requestKinds());
    }
}
