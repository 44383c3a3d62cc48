package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.report.CloseFixture.n;
import static org.servicelevel.domain.model.report.CloseFixture.terms;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.LatePenalty;
import org.servicelevel.domain.model.report.CloseTerms.LateRate;
import org.servicelevel.domain.model.report.CloseTerms.Metric;
import org.servicelevel.domain.model.report.CloseTerms.Priority;
import org.servicelevel.domain.model.report.CloseTerms.ServiceTarget;

/** The projection of the terms refuses what the close could not compute with, and reads targets and bands. */
class CloseTermsTest {

    @Test
    void bandsAreHalfOpenExceptTheOneReachingOne() {
        Band middle = new Band(n("0.8"), n("0.9"), n("3.33"));
        assertTrue(middle.contains(n("0.8")));
        assertTrue(middle.contains(n("0.8999")));
        assertFalse(middle.contains(n("0.9")));
        assertFalse(middle.contains(n("0.7999")));
        Band top = new Band(n("0.9"), n("1.00"), n("0"));
        assertTrue(top.contains(n("1")));
        assertEquals("[0.9, 1]", top.range());
        assertEquals("[0.8, 0.9)", middle.range());
    }

    @Test
    void aServiceTargetReplacesThePrioritysForThatServiceOnly() {
        CloseFixture.Terms terms = terms();
        terms.serviceTargets.add(new ServiceTarget("NET", 1, Duration.ofMinutes(5), null));
        CloseTerms built = terms.build();
        assertEquals(Duration.ofMinutes(5), built.responseTarget("net", 1));
        assertEquals(Duration.ofHours(4), built.resolutionTarget("NET", 1), "left out, the priority's");
        assertEquals(Duration.ofMinutes(30), built.responseTarget("WS", 1));
    }

    @Test
    void inconsistentTermsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> {
            CloseFixture.Terms terms = terms();
            terms.currency = Currency.getInstance("XXX");
            terms.build();
        }, "a currency without a minor unit");
        assertThrows(IllegalArgumentException.class, () -> {
            CloseFixture.Terms terms = terms();
            terms.priorities = List.of(Priority.byAgreement(1, "A"), Priority.byAgreement(1, "B"));
            terms.build();
        }, "a priority twice");
        assertThrows(IllegalArgumentException.class, () -> terms().metric(Metric.resolutionTime(4, n("1"))).build(),
                "a metric on a priority by agreement");
        assertThrows(IllegalArgumentException.class, () -> terms().metric(Metric.resolutionTime(7, n("1"))).build(),
                "a metric on a priority the terms do not have");
        assertThrows(IllegalArgumentException.class, () -> terms().metric(Metric.resolutionTime(1, n("0.5")))
                .metric(Metric.resolutionTime(1, n("0.5"))).build(), "a metric twice");
        assertThrows(IllegalArgumentException.class, () -> new Band(n("0.5"), n("0.5"), n("1")), "an empty band");
        assertThrows(IllegalArgumentException.class, () -> new Band(n("0.5"), n("1.1"), n("1")), "beyond 1");
        assertThrows(IllegalArgumentException.class, () -> new Band(n("0"), n("1"), n("100.01")), "over 100 %");
        assertThrows(IllegalArgumentException.class, () -> new Priority(1, "A", false, null, null, null),
                "a priority with targets needs a resolution target");
        assertThrows(IllegalArgumentException.class, () -> new Priority(1, "A", true, Duration.ofHours(1), null, null),
                "by agreement has no targets");
        assertThrows(IllegalArgumentException.class, () -> new LatePenalty(List.of(new LateRate(1, n("1"), null),
                new LateRate(1, n("2"), null)), null), "a rate twice");
        assertThrows(IllegalArgumentException.class, () -> new LateRate(1, n("-1"), null), "a negative amount");
        assertThrows(NullPointerException.class, () -> Metric.survey("Q?", n("70"), null, n("1")),
                "a survey metric without its comparison");
    }

    @Test
    void fractionsCompareExactly() {
        assertEquals(Fraction.of(1, 2), Fraction.of(2, 4));
        assertEquals(Fraction.of(1, 2).hashCode(), Fraction.of(2, 4).hashCode());
        assertTrue(Fraction.of(1, 3).compareTo(new Fraction(n("0.3333"), n("1"))) > 0);
        assertTrue(Fraction.of(1, 3).abovePercent(n("33.33")));
        assertTrue(Fraction.of(1, 3).atMostPercent(n("33.34")));
        assertEquals(n("33.33"), Fraction.of(1, 3).percent(2));
        assertEquals(n("0.67"), Fraction.of(2, 3).rounded(2));
        assertEquals("1/3", Fraction.of(1, 3).toString());
        assertThrows(IllegalArgumentException.class, () -> Fraction.of(1, 0));
    }
}
