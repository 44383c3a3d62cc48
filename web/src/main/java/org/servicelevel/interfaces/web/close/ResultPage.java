package org.servicelevel.interfaces.web.close;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicelevel.domain.model.report.Check;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.InvoiceLine;
import org.servicelevel.domain.model.report.MetricOutcome;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.PriorityFigures;
import org.servicelevel.domain.model.report.QualityScore;
import org.servicelevel.domain.model.report.ServiceAvailability;
import org.servicelevel.domain.model.report.TicketLine;
import org.servicelevel.interfaces.web.Refusals;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * A month's result as the result page shows it, from the stored document: the report per priority
 * with the first-response figures, the ticket lines, the quality metrics with the values that decided
 * them, the score and band, and the invoice lines, all worded in the reader's language (the figures
 * as the document holds them, working times as h:mm:ss, instants in the agreement's zone). The close's
 * own sentences on how each metric, each service's availability and the score were decided are stored
 * in English and shown in the reader's language from the sentence catalogue ({@link Refusals}).
 */
public final class ResultPage {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The ticket's id in the reference to its clock evidence, {@code /api/tickets/42/clocks/...}. */
    private static final Pattern TICKET_ID = Pattern.compile("/tickets/(\\d+)/");

    private ResultPage() {
    }

    /** One priority's figures: the contract's table and the first response beside it. */
    public record PriorityRow(String priority, int accepted, String resolved, String average, String target,
                       String averageMet, boolean averageFailed, String overdueShare, String limit, String shareMet,
                       boolean shareFailed, String responseAverage, String responseLate) implements Serializable {
    }

    /** A ticket line: one that ended in the month or was open at its end. */
    public record TicketRow(int priority, Long ticketId, String number, String service, String verdict, boolean late,
                     String registered, String ended, String resolutionTime, String target, String over)
            implements Serializable {
    }

    /** A quality metric with the value that decided it and how it was decided. */
    public record MetricRow(String metric, String value, String outcome, boolean failed, String weight, String points,
                            String explanation) implements Serializable {
    }

    /** A line of the invoice. */
    public record InvoiceRow(String line, String quantity, String unitPrice, String amount, String status)
            implements Serializable {
    }

    static List<PriorityRow> priorities(MonthClose close, ResourceBundle texts) {
        List<PriorityRow> rows = new ArrayList<>();
        for (PriorityFigures p : close.report().priorities()) {
            String name = AgreementRows.format(texts, "result.priority", p.number(), p.name());
            PriorityFigures.ResponseFigures r = p.response();
            String responseAverage = r == null || r.average() == null ? AgreementRows.NOTHING : hms(r.average());
            String responseLate = r == null || r.lateSharePercent() == null ? AgreementRows.NOTHING
                    : AgreementRows.format(texts, "result.response.late", r.late(), r.measured(),
                            plain(r.lateSharePercent()));
            if (p.byAgreement()) {
                rows.add(new PriorityRow(name + " (" + texts.getString("result.byAgreement") + ")", p.accepted(),
                        AgreementRows.NOTHING, AgreementRows.NOTHING, AgreementRows.NOTHING, AgreementRows.NOTHING,
                        false, AgreementRows.NOTHING, AgreementRows.NOTHING, AgreementRows.NOTHING, false,
                        responseAverage, responseLate));
                continue;
            }
            rows.add(new PriorityRow(name, p.accepted(), Integer.toString(p.resolved()), hms(p.average()),
                    hms(p.resolutionTarget()), check(p.averageCheck(), texts), !p.averageCheck().met(),
                    percent(p.overdueSharePercent()) + (p.resolved() == 0 ? ""
                            : " (" + p.overdue() + "/" + p.resolved() + ")"),
                    percent(p.maxOverduePercent()), check(p.shareCheck(), texts), !p.shareCheck().met(),
                    responseAverage, responseLate));
        }
        return rows;
    }

    static List<TicketRow> tickets(MonthClose close, ResourceBundle texts) {
        ZoneId zone = close.report().month().zone();
        List<TicketRow> rows = new ArrayList<>();
        for (PriorityFigures p : close.report().priorities()) {
            for (TicketLine line : p.ended()) {
                rows.add(ticket(p.number(), line, zone, texts));
            }
            for (TicketLine line : p.openAtMonthEnd()) {
                rows.add(ticket(p.number(), line, zone, texts));
            }
        }
        return rows;
    }

    private static TicketRow ticket(int priority, TicketLine line, ZoneId zone, ResourceBundle texts) {
        return new TicketRow(priority, ticketId(line.evidence()), line.number(), line.service(),
                texts.getString("result.verdict." + line.verdict().name()), line.late(), at(line.registeredAt(), zone),
                at(line.endedAt(), zone), hms(line.resolutionTime()), hms(line.target()),
                line.late() ? hms(line.overTarget()) : AgreementRows.NOTHING);
    }

    /** The ticket's id from the reference to its clock evidence, or {@code null}. */
    static Long ticketId(String evidence) {
        Matcher m = evidence == null ? null : TICKET_ID.matcher(evidence);
        return m != null && m.find() ? Long.valueOf(m.group(1)) : null;
    }

    static List<MetricRow> metrics(QualityScore quality, ResourceBundle texts, Locale locale) {
        return quality.metrics().stream().map(m -> new MetricRow(metric(m.metric(), texts), m.value(),
                check(m.check(), texts), !m.met(), plain(m.metric().weight()), plain(m.points()),
                explained(m.explanation(), locale))).toList();
    }

    /** How each service's availability was decided, in the order of the report. */
    static List<String> availability(MonthClose close, Locale locale) {
        return close.report().services().stream().map(ServiceAvailability::explanation)
                .map(sentence -> explained(sentence, locale)).toList();
    }

    /** How the score and band were decided. */
    static String scoreExplanation(QualityScore quality, Locale locale) {
        return explained(quality.explanation(), locale);
    }

    /** A sentence of the close, English as the document holds it, in the reader's language where the catalogue knows it. */
    static String explained(String sentence, Locale locale) {
        return Refusals.catalogue().in(sentence, locale);
    }

    private static String metric(CloseTerms.Metric metric, ResourceBundle texts) {
        String key = "result.metric." + metric.kind().name();
        return switch (metric.kind()) {
            case RESOLUTION_TIME, OVERDUE_SHARE -> AgreementRows.format(texts, key, metric.priority());
            case SURVEY -> AgreementRows.format(texts, key, metric.question().strip(),
                    metric.comparison().symbol() + " " + plain(metric.thresholdPercent()) + " %");
            case AVAILABILITY -> AgreementRows.format(texts, key, metric.service());
        };
    }

    /** "0.6 in [0.6, 0.85): 7.5 % of the fee", with the grace month said; "no quality table" without a score. */
    static String score(QualityScore quality, ResourceBundle texts) {
        if (quality.score() == null) {
            return texts.getString("result.noScore");
        }
        String band = quality.band() == null ? texts.getString("result.noBand")
                : AgreementRows.format(texts, "result.band", quality.band().range(), plain(quality.band().penaltyPercent()));
        return plain(quality.score()) + " · " + band + (quality.grace()
                ? " · " + AgreementRows.format(texts, "result.grace", quality.monthNumber(), quality.graceMonths()) : "");
    }

    static List<InvoiceRow> invoice(MonthClose close, ResourceBundle texts) {
        String currency = close.invoice().currency().getCurrencyCode();
        int digits = close.invoice().currency().getDefaultFractionDigits();
        return close.invoice().lines().stream().map(l -> new InvoiceRow(line(l, texts), plain(l.quantity()),
                l.unitPrice() == null ? AgreementRows.NOTHING : AgreementRows.money(l.unitPrice(), -1, currency),
                AgreementRows.money(l.amount(), digits, currency),
                texts.getString("result.status." + l.status().name()))).toList();
    }

    private static String line(InvoiceLine line, ResourceBundle texts) {
        String name = texts.getString("result.line." + line.kind().name());
        Integer priority = org.servicelevel.domain.model.report.MonthDifference.priorityOf(line).orElse(null);
        return priority == null ? name : name + ", " + AgreementRows.format(texts, "result.priorityNumber", priority);
    }

    static String check(Check check, ResourceBundle texts) {
        return texts.getString("result.check." + check.name());
    }

    /** h:mm:ss, hours beyond a day staying hours; "—" for none. */
    public static String hms(Duration duration) {
        if (duration == null) {
            return AgreementRows.NOTHING;
        }
        long s = duration.getSeconds();
        return String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60);
    }

    private static String percent(BigDecimal value) {
        return value == null ? AgreementRows.NOTHING : plain(value) + " %";
    }

    private static String plain(BigDecimal value) {
        return value == null ? AgreementRows.NOTHING
                : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String at(Instant instant, ZoneId zone) {
        return instant == null ? AgreementRows.NOTHING : MINUTE.format(instant.atZone(zone));
    }
}
