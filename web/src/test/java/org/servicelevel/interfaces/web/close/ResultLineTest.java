package org.servicelevel.interfaces.web.close;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.report.MonthResultService.ResultSummary;

class ResultLineTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("org.servicelevel.web.messages", Locale.ENGLISH);
    private static final ResourceBundle RU = ResourceBundle.getBundle("org.servicelevel.web.messages",
            Locale.forLanguageTag("ru"));

    private static ResultSummary result(String state, String corrects, String currency, BigDecimal score, String band,
                                        BigDecimal penalty, BigDecimal total, BigDecimal difference) {
        return new ResultSummary(7, 3, "R-2026-11-SLA-1-2", 42, "SLA-1", "2026-11", 2, corrects, state, 2, null, "m",
                null, null, List.of(1), List.of(), currency, score, band, null, penalty, total, difference);
    }

    @Test
    void aDraftCorrectionShowsItsFiguresWithTheCurrencysMinorUnitAndWhatItCredits() {
        ResultLine line = ResultLine.of(result("DRAFT", "R-2026-11-SLA-1-1", "EUR", new BigDecimal("0.60"),
                "[0.6, 0.85)", new BigDecimal("-100"), new BigDecimal("900.005"), new BigDecimal("-250")), EN);
        assertTrue(line.draft());
        assertEquals("Draft", line.state());
        assertEquals("corrects R-2026-11-SLA-1-1", line.correction());
        assertEquals("0.6", line.score());
        assertEquals("-100.00 EUR", line.penalty());
        assertEquals("900.01 EUR", line.total(), "half-up to the cent");
        assertEquals("to credit 250.00 EUR", line.difference());
        assertEquals(3, line.version(), "the version the manager reads is the one approved");
    }

    @Test
    void anApprovedFirstResultWithoutQualityTableShowsDashesInTheReadersLanguage() {
        ResultLine line = ResultLine.of(result("APPROVED", null, "JPY", null, null, BigDecimal.ZERO,
                new BigDecimal("5000"), null), RU);
        assertFalse(line.draft());
        assertEquals("Утверждён", line.state());
        assertEquals("", line.correction());
        assertEquals("—", line.score());
        assertEquals("—", line.band());
        assertEquals("5000 JPY", line.total(), "yen have no minor unit");
        assertEquals("—", line.difference());
    }

    @Test
    void aCorrectionThatBillsMoreSaysSo() {
        ResultLine line = ResultLine.of(result("DRAFT", "R-2026-11-SLA-1-1", "EUR", BigDecimal.ONE, "[0.85, 1]",
                BigDecimal.ZERO, new BigDecimal("1250"), new BigDecimal("1250")), EN);
        assertEquals("to bill 1250.00 EUR", line.difference());
    }

    @Test
    void monthsAreNamedInTheReadersLanguage() {
        YearMonth november = YearMonth.of(2026, 11);
        assertEquals("November 2026", MonthCloseBean.monthLabel(november, Locale.ENGLISH));
        assertEquals("Ноябрь 2026", MonthCloseBean.monthLabel(november, Locale.forLanguageTag("ru")));
        assertEquals("Listopad 2026", MonthCloseBean.monthLabel(november, Locale.forLanguageTag("pl")));
    }
}
