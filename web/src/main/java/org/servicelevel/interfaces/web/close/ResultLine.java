package org.servicelevel.interfaces.web.close;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.ResourceBundle;
import org.servicelevel.application.report.MonthResultService.ResultSummary;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * One month's result as the month's close page lists it: its figures written out in the reader's
 * language, money with the currency's minor unit, "—" where the result has no such figure. It keeps
 * the version it was listed in, so that an approval is of the figures the manager read.
 *
 * @param correction the approved result this one corrects, as words, else empty
 * @param difference what a correction bills (positive) or credits (negative), else "—"
 */
public record ResultLine(long id, long version, String number, long agreementId, String agreement, String month,
                         boolean draft, String state, String correction, int revision, String score, String band,
                         String penalty, String total, String difference) implements Serializable {

    static ResultLine of(ResultSummary r, ResourceBundle texts) {
        int digits = digits(r.currency());
        return new ResultLine(r.id(), r.version(), r.number(), r.agreementId(), r.agreement(), r.month(),
                "DRAFT".equals(r.state()), texts.getString("close.result.state." + r.state()),
                r.corrects() == null ? "" : AgreementRows.format(texts, "close.result.corrects", r.corrects()),
                r.revision(), r.score() == null ? AgreementRows.NOTHING : r.score().stripTrailingZeros().toPlainString(),
                r.band() == null ? AgreementRows.NOTHING : r.band(),
                AgreementRows.money(r.penalty(), digits, r.currency()),
                AgreementRows.money(r.total(), digits, r.currency()), difference(r, digits, texts));
    }

    private static String difference(ResultSummary r, int digits, ResourceBundle texts) {
        BigDecimal d = r.totalDifference();
        if (d == null) {
            return AgreementRows.NOTHING;
        }
        String amount = AgreementRows.money(d.abs(), digits, r.currency());
        return AgreementRows.format(texts, d.signum() < 0 ? "close.result.toCredit" : "close.result.toBill", amount);
    }

    /** The currency's minor-unit digits; an unknown code keeps the amount as stored. */
    private static int digits(String currency) {
        try {
            return currency == null ? -1 : Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
