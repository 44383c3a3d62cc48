package org.servicelevel.it;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicelevel.application.report.ExportFormat;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.application.report.MonthResultService.ResultSummary;
import org.servicelevel.application.report.ResultRenderer;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.report.ClosingMonth;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthCloseCalculator;
import org.servicelevel.domain.model.report.MonthCloseInput;
import org.servicelevel.domain.model.report.Provenance;
import org.servicelevel.domain.model.report.TicketFacts;

/**
 * Calls the months' results service as the signed-in caller (there is no API for it yet) and
 * answers what it did in one line: a summary ({@code id version number state revision total
 * difference}), {@code denied} (role), {@code hidden} (not found), {@code conflict}, {@code stale}.
 * {@code store} closes November 2026 of the agreement from two tickets of priority 1 (target 4 h),
 * {@code late} of which took 5 h: with none late the score is 1 and the total 1,000.00 EUR, with
 * both late the score is 0 and the band's 10 % penalty leaves 900.00. Deployed only with its test.
 */
@WebServlet("/it-month-results")
public class MonthResultProbe extends HttpServlet {

    static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Inject
    private MonthResultService results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String outcome;
        try {
            outcome = switch (request.getParameter("call")) {
                case "store" -> line(results.store(number(request, "agreement"), MONTH,
                        close(Integer.parseInt(request.getParameter("late"))),
                        new Provenance(List.of(1), List.of("Office hours v1"))));
                case "approve" -> line(results.approve(number(request, "id"), number(request, "version")));
                case "find" -> line(results.find(number(request, "id")).summary());
                case "of-month" -> line(results.ofMonth(number(request, "agreement"), MONTH).summary());
                case "list" -> results.list(number(request, "agreement"), MONTH).stream()
                        .map(ResultSummary::number).toList().toString();
                case "audit" -> results.audit(number(request, "id")).stream().map(a -> a.action()).toList().toString();
                case "export" -> {
                    ResultRenderer.Export export = results.export(number(request, "id"),
                            ExportFormat.named(request.getParameter("format")).orElseThrow(),
                            Locale.forLanguageTag(request.getParameter("lang")));
                    byte[] content = export.content();
                    yield export.fileName() + " " + export.mediaType() + " " + new String(content, 0, 4,
                            java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                default -> throw new IllegalArgumentException(request.getParameter("call"));
            };
        } catch (EJBAccessException e) {
            outcome = "denied";
        } catch (EJBException e) {
            outcome = outcome(e.getCause());
        } catch (RuntimeException e) {
            outcome = outcome(e);
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(outcome);
    }

    private static String outcome(Throwable e) {
        if (e instanceof NotFoundException) {
            return "hidden";
        }
        if (e instanceof StaleVersionException) {
            return "stale";
        }
        if (e instanceof ConflictException) {
            return "conflict";
        }
        return "failed: " + e;
    }

    private static long number(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }

    private static String line(ResultSummary r) {
        return r.id() + " " + r.version() + " " + r.number() + " " + r.state() + " " + r.revision() + " "
                + r.total().toPlainString() + " " + (r.totalDifference() == null ? "-" : r.totalDifference().toPlainString());
    }

    static MonthClose close(int late) {
        CloseTerms terms = new CloseTerms(Currency.getInstance("EUR"), new BigDecimal("1000.00"),
                LocalDate.of(2026, 1, 1), 0,
                List.of(new CloseTerms.Priority(1, "Critical", false, Duration.ofHours(4), null, new BigDecimal("50"))),
                List.of(), List.of(CloseTerms.Metric.resolutionTime(1, BigDecimal.ONE)),
                List.of(new CloseTerms.Band(BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.TEN),
                        new CloseTerms.Band(new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ZERO)),
                null, Map.of(), null, null, null);
        List<TicketFacts> tickets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Instant registered = MONTH.atDay(2 + i).atTime(9, 0).atZone(ZONE).toInstant();
            Duration time = i < late ? Duration.ofHours(5) : Duration.ofHours(3);
            tickets.add(new TicketFacts("T-" + (i + 1), "WS", 1, TicketFacts.Outcome.RESOLVED, registered,
                    registered.plus(time), time, null, "/api/tickets/" + (i + 1) + "/clocks/resolution/timeline",
                    List.of()));
        }
        return MonthCloseCalculator.close(new MonthCloseInput(new ClosingMonth(MONTH, ZONE), terms, tickets, List.of(),
                null, null));
    }
}
