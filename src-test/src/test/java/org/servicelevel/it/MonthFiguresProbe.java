package org.servicelevel.it;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.domain.model.report.Fraction;
import org.servicelevel.domain.model.report.InvoiceLine;
import org.servicelevel.domain.model.report.MetricOutcome;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.PriorityFigures;
import org.servicelevel.domain.model.report.QualityScore;
import org.servicelevel.domain.model.report.TicketFacts;
import org.servicelevel.domain.model.report.TicketLine;

/**
 * Reads the standing result of an agreement's month ({@code ?agreement=&month=2026-11}) through
 * {@link MonthResultService#ofMonth} as the signed-in caller, and answers its figures one per line,
 * so that a client-side test compares them with figures computed by hand:
 * <pre>
 * result R-2026-11-SLA-X-1 DRAFT
 * quality month 3 grace false score 0.75 band [0.75, 0.9) 3.35
 * priority 1 accepted 6 resolved 4 average 41401/4 2:52:30 MET overdue 1 share 1/4 25.00 MET
 * response 1 measured 4 average 900 0:15:00 late 1
 * ended 1 T-000042 RESOLVED LATE 4:00:01 4:00:00 0:00:01
 * ended 1 T-000043 CANCELLED CANCELLED
 * open 1 T-000047
 * metric SURVEY MET 70 % 0.1 question 'Were you kept informed?'
 * line QOS_PENALTY BILLED 3.35 99.9 -334.67
 * total 10220.33 EUR
 * </pre>
 * A figure that is not there is {@code -}; decimals other than amounts are shown without trailing
 * zeros, amounts as stored, exact values in lowest terms; a ticket that ended unresolved shows no
 * times (the rules measure it in no metric). Anything that fails answers {@code failed: } and the
 * exception. Deployed only with its test.
 */
@WebServlet("/it-month-figures")
public class MonthFiguresProbe extends HttpServlet {

    @Inject
    private MonthResultService results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            MonthResultService.ResultDetails result = results.ofMonth(Long.parseLong(request.getParameter("agreement")),
                    YearMonth.parse(request.getParameter("month")));
            answer = String.join("\n", lines(result));
        } catch (EJBException e) {
            answer = "failed: " + e.getCause();
        } catch (RuntimeException e) {
            answer = "failed: " + e;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer);
    }

    private static List<String> lines(MonthResultService.ResultDetails result) {
        List<String> lines = new ArrayList<>();
        lines.add("result " + result.summary().number() + " " + result.summary().state());
        MonthClose close = result.document().close();
        QualityScore quality = close.quality();
        lines.add("quality month " + quality.monthNumber() + " grace " + quality.grace() + " score "
                + plain(quality.score()) + " band " + (quality.band() == null ? "-"
                : quality.band().range() + " " + plain(quality.band().penaltyPercent())));
        for (PriorityFigures p : close.report().priorities()) {
            lines.add("priority " + p.number() + " accepted " + p.accepted() + " resolved " + p.resolved()
                    + " average " + fraction(p.averageSeconds()) + " " + hms(p.average()) + " " + p.averageCheck()
                    + " overdue " + p.overdue() + " share " + fraction(p.overdueShare()) + " "
                    + (p.overdueSharePercent() == null ? "-" : p.overdueSharePercent().toPlainString()) + " "
                    + p.shareCheck());
            PriorityFigures.ResponseFigures r = p.response();
            lines.add("response " + p.number() + " measured " + r.measured() + " average "
                    + fraction(r.averageSeconds()) + " " + hms(r.average()) + " late " + r.late());
            for (TicketLine t : p.ended()) {
                boolean resolved = t.outcome() == TicketFacts.Outcome.RESOLVED;
                lines.add("ended " + p.number() + " " + t.number() + " " + t.outcome() + " " + t.verdict()
                        + (resolved ? " " + hms(t.resolutionTime()) + " " + hms(t.target()) + " " + hms(t.overTarget())
                        : ""));
            }
            for (TicketLine t : p.openAtMonthEnd()) {
                lines.add("open " + p.number() + " " + t.number());
            }
        }
        for (MetricOutcome m : quality.metrics()) {
            lines.add("metric " + m.metric().kind() + " " + m.check() + " " + m.value() + " " + plain(m.points()) + " "
                    + m.metric().subject());
        }
        for (InvoiceLine l : close.invoice().lines()) {
            lines.add("line " + l.kind() + " " + l.status() + " " + plain(l.quantity()) + " " + plain(l.unitPrice())
                    + " " + l.amount().toPlainString());
        }
        lines.add("total " + close.invoice().total().toPlainString() + " " + close.invoice().currency());
        return lines;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** The exact value in lowest terms, e.g. {@code 41401/4}, or a whole number without a denominator. */
    private static String fraction(Fraction value) {
        if (value == null) {
            return "-";
        }
        BigDecimal scale = BigDecimal.TEN.pow(Math.max(0, Math.max(value.numerator().scale(),
                value.denominator().scale())));
        BigInteger n = value.numerator().multiply(scale).toBigIntegerExact();
        BigInteger d = value.denominator().multiply(scale).toBigIntegerExact();
        BigInteger gcd = n.gcd(d);
        n = n.divide(gcd);
        d = d.divide(gcd);
        return d.equals(BigInteger.ONE) ? n.toString() : n + "/" + d;
    }

    private static String hms(Duration duration) {
        if (duration == null) {
            return "-";
        }
        long seconds = duration.getSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
