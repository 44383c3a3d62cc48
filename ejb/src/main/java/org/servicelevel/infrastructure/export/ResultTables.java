package org.servicelevel.infrastructure.export;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.servicelevel.application.report.ResultRenderer.Rendered;
import org.servicelevel.domain.model.report.Check;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.InvoiceLine;
import org.servicelevel.domain.model.report.MetricOutcome;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthDifference;
import org.servicelevel.domain.model.report.PriorityFigures;
import org.servicelevel.domain.model.report.PriorityFlag;
import org.servicelevel.domain.model.report.ResultHeader;
import org.servicelevel.domain.model.report.ResultState;
import org.servicelevel.domain.model.report.ServiceAvailability;
import org.servicelevel.domain.model.report.TicketLine;

/**
 * The content of a month's result as tables in the reader's language, the same for every export
 * format: the sheets Report (the result, the figures per priority, availability, lowered priorities),
 * Tickets, QoS and Invoice (with a correction's difference). Cells keep their figures as values
 * (numbers, working times, local date-times) so that each format shows them its own way.
 */
final class ResultTables {

    /** One cell of a table. */
    sealed interface Cell permits Text, Num, Time, At {
    }

    record Text(String text) implements Cell {
    }

    /** A number: a count, a decimal (weights, scores, quantities), an amount of money or a percentage. */
    record Num(BigDecimal value, Kind kind) implements Cell {

        enum Kind { COUNT, DECIMAL, MONEY, PERCENT }
    }

    /** Working time, shown as h:mm:ss. */
    record Time(Duration duration) implements Cell {
    }

    /** A local date and time in the agreement's zone. */
    record At(LocalDateTime dateTime) implements Cell {
    }

    /** A table: its title, column headings and rows; {@code total} marks a last row that sums up. */
    record Table(String title, List<String> columns, List<List<Cell>> rows, boolean total) {

        Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A sheet of tables. */
    record Sheet(String name, List<Table> tables) {
    }

    /** A percentage as the close shows it: "99.5 %". */
    private static final Pattern PERCENT = Pattern.compile("(-?\\d+(?:\\.\\d+)?) %");

    private final ExportTexts t;
    private final Rendered result;
    private final MonthClose close;
    private final ZoneId zone;
    private final int moneyScale;

    ResultTables(Rendered result, ExportTexts texts) {
        this.t = texts;
        this.result = result;
        this.close = result.document().close();
        this.zone = close.report().month().zone();
        this.moneyScale = close.invoice().currency().getDefaultFractionDigits();
    }

    ExportTexts texts() {
        return t;
    }

    /** "Act of services for November 2026: SLA-ACME-2026". */
    String title() {
        ResultHeader h = result.document().header();
        return t.text("title", t.month(h.month()), h.agreementNumber());
    }

    /** "Draft, revision 2" or "Approved by max on 02.12.2026 10:30". */
    String state() {
        return result.state() == ResultState.APPROVED
                ? t.text("state.approved", result.approvedBy(), t.dateTime(result.approvedAt(), zone))
                : t.text("state.draft", result.revision());
    }

    List<Sheet> sheets() {
        List<Table> report = new ArrayList<>(List.of(summary(), priorities(), availability()));
        if (!close.report().flags().isEmpty()) {
            report.add(flags());
        }
        List<Table> invoice = new ArrayList<>(List.of(invoice(true)));
        MonthDifference difference = result.document().difference();
        if (difference != null) {
            invoice.add(difference(difference));
        }
        return List.of(new Sheet(t.text("sheet.report"), report),
                new Sheet(t.text("sheet.tickets"), List.of(ended(true), open())),
                new Sheet(t.text("sheet.qos"), List.of(quality())),
                new Sheet(t.text("sheet.invoice"), invoice));
    }

    Table summary() {
        ResultHeader h = result.document().header();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(t.text("summary.number"), h.number()));
        rows.add(row(t.text("summary.agreement"), h.agreementNumber() + (h.agreementTitle() == null ? ""
                : " — " + h.agreementTitle())));
        if (h.customerCode() != null) {
            rows.add(row(t.text("summary.customer"), h.customerName() == null ? h.customerCode()
                    : h.customerName() + " (" + h.customerCode() + ")"));
        }
        rows.add(row(t.text("summary.month"), t.month(h.month()) + " (" + zone.getId() + ")"));
        rows.add(row(t.text("summary.state"), state()));
        if (h.corrects() != null) {
            rows.add(row(t.text("summary.corrects"), h.corrects()));
        }
        rows.add(row(t.text("summary.computed"), t.dateTime(h.computedAt(), zone)));
        rows.add(row(t.text("summary.agreementVersions"), h.provenance().agreementVersions().isEmpty() ? ExportTexts.NONE
                : h.provenance().agreementVersions().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        rows.add(row(t.text("summary.calendarVersions"), h.provenance().calendarVersions().isEmpty() ? ExportTexts.NONE
                : String.join(", ", h.provenance().calendarVersions())));
        return new Table(t.text("table.summary"), List.of(t.text("column.item"), t.text("column.value")), rows, false);
    }

    /** The contract-worded table per priority. */
    Table priorities() {
        List<List<Cell>> rows = new ArrayList<>();
        for (PriorityFigures p : close.report().priorities()) {
            String name = t.text("priority.name", p.number(), p.name());
            if (p.byAgreement()) {
                Cell none = text(ExportTexts.NONE);
                rows.add(List.of(text(name + " (" + t.text("priority.byAgreement") + ")"), count(p.accepted()), none,
                        none, none, none, none, none, none));
                continue;
            }
            rows.add(List.of(text(name), count(p.accepted()), count(p.resolved()), time(p.average()),
                    time(p.resolutionTarget()), text(check(p.averageCheck())), percent(p.overdueSharePercent()),
                    percent(p.maxOverduePercent()), text(check(p.shareCheck()))));
        }
        return new Table(t.text("table.priorities"), columns("priority", "accepted", "resolved", "average",
                "target", "averageMet", "overdueShare", "limit", "shareMet"), rows, false);
    }

    Table availability() {
        List<List<Cell>> rows = new ArrayList<>();
        for (ServiceAvailability s : close.report().services()) {
            rows.add(List.of(text(s.service()), time(s.serviceHours()), time(s.downtime()),
                    percent(s.availabilityPercent()), percent(s.minimumPercent()),
                    time(s.longestOutage() == null ? null : s.longestOutage().serviceHours()), time(s.maxOutage()),
                    text(check(s.check()))));
        }
        return new Table(t.text("table.availability"), columns("service", "serviceHours", "downtime", "available",
                "availabilityTarget", "longestOutage", "maxOutage", "met"), rows, false);
    }

    Table flags() {
        List<List<Cell>> rows = new ArrayList<>();
        for (PriorityFlag f : close.report().flags()) {
            rows.add(List.of(text(f.ticket()), count(f.priority()),
                    text(f.lowering().from() + " → " + f.lowering().to()), text(f.lowering().by()),
                    at(f.lowering().at()), text(f.lowering().reason() == null ? "" : f.lowering().reason())));
        }
        return new Table(t.text("table.flags"), columns("ticket", "countedIn", "lowered", "by", "at", "reason"), rows,
                false);
    }

    /** The tickets that ended in the month, by priority; {@code evidence}: with the reference to each one's clock evidence. */
    Table ended(boolean evidence) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PriorityFigures p : close.report().priorities()) {
            for (TicketLine line : p.ended()) {
                List<Cell> row = new ArrayList<>(List.of(count(p.number()), text(line.number()), text(line.service()),
                        at(line.registeredAt()), at(line.endedAt()), text(t.text("verdict." + line.verdict().name())),
                        time(line.resolutionTime()), time(line.target()), time(line.late() ? line.overTarget() : null),
                        time(line.responseTime())));
                if (evidence) {
                    row.add(text(line.evidence()));
                }
                rows.add(row);
            }
        }
        List<String> columns = new ArrayList<>(columns("priority", "ticket", "service", "registered", "ended",
                "verdict", "resolutionTime", "target", "lateBy", "responseTime"));
        if (evidence) {
            columns.add(t.text("column.evidence"));
        }
        return new Table(t.text("table.ended"), columns, rows, false);
    }

    Table open() {
        List<List<Cell>> rows = new ArrayList<>();
        for (PriorityFigures p : close.report().priorities()) {
            for (TicketLine line : p.openAtMonthEnd()) {
                rows.add(List.of(count(p.number()), text(line.number()), text(line.service()), at(line.registeredAt()),
                        text(line.evidence())));
            }
        }
        return new Table(t.text("table.open"), columns("priority", "ticket", "service", "registered", "evidence"),
                rows, false);
    }

    /** The QoS table: each metric's value, weight and outcome, then the score and its band. */
    Table quality() {
        List<List<Cell>> rows = new ArrayList<>();
        for (MetricOutcome m : close.quality().metrics()) {
            rows.add(List.of(text(metric(m.metric())), text(shownValue(m.value())),
                    decimal(m.metric().weight()), text(check(m.check())), decimal(m.points())));
        }
        CloseTerms.Band band = close.quality().band();
        rows.add(List.of(text(t.text("quality.score")), text(""), text(""),
                text(band == null ? t.text("quality.noBand") : t.text("quality.band", band.range(),
                        t.percent(band.penaltyPercent()))), decimal(close.quality().score())));
        return new Table(t.text("table.quality"), columns("metric", "value", "weight", "outcome", "points"), rows, true);
    }

    /**
     * The invoice's lines, then the total; {@code explained}: with how each line was computed (the
     * close's own sentence, in English).
     */
    Table invoice(boolean explained) {
        List<List<Cell>> rows = new ArrayList<>();
        for (InvoiceLine line : close.invoice().lines()) {
            List<Cell> row = new ArrayList<>(List.of(text(line(line.kind(), MonthDifference.priorityOf(line).orElse(null))),
                    decimal(line.quantity()), money(line.unitPrice()), money(line.amount()),
                    text(t.text("status." + line.status().name()))));
            if (explained) {
                row.add(text(line.description()));
            }
            rows.add(row);
        }
        List<Cell> total = new ArrayList<>(List.of(text(t.text("invoice.total",
                close.invoice().currency().getCurrencyCode())), text(""), text(""), money(close.invoice().total()),
                text("")));
        List<String> columns = new ArrayList<>(columns("line", "quantity", "unitPrice", "amount", "status"));
        if (explained) {
            total.add(text(""));
            columns.add(t.text("column.explanation"));
        }
        rows.add(total);
        return new Table(t.text("table.invoice", close.invoice().currency().getCurrencyCode()), columns, rows, true);
    }

    /** A correction's difference: every figure that the approved result and the correction show, and the total. */
    Table difference(MonthDifference d) {
        List<List<Cell>> rows = new ArrayList<>();
        for (MonthDifference.PriorityChange p : d.priorities()) {
            String name = t.text("priority.name", p.number(), p.name());
            rows.add(change(name + ": " + t.text("column.accepted"), p.accepted(), Num.Kind.COUNT));
            rows.add(change(name + ": " + t.text("column.resolved"), p.resolved(), Num.Kind.COUNT));
            rows.add(timeChange(name + ": " + t.text("column.average"), p.averageSeconds()));
            rows.add(change(name + ": " + t.text("column.overdueShare"), p.overdueSharePercent(), Num.Kind.PERCENT));
        }
        rows.add(change(t.text("quality.score"), d.score(), Num.Kind.DECIMAL));
        rows.add(List.of(text(t.text("difference.band")), text(band(d.band().before())), text(band(d.band().after())),
                text(d.band().changed() ? t.text("difference.changed") : "")));
        for (MonthDifference.LineChange l : d.lines()) {
            rows.add(change(line(l.kind(), l.priority()), l.amount(), Num.Kind.MONEY));
        }
        BigDecimal total = d.total().difference();
        rows.add(change(t.text(total.signum() > 0 ? "difference.bill" : total.signum() < 0 ? "difference.credit"
                : "difference.none"), d.total(), Num.Kind.MONEY));
        return new Table(t.text("table.difference", d.corrects()), columns("figure", "approved", "corrected",
                "difference"), rows, true);
    }

    /** The value that decided a metric as the close shows it ("99.5 %", "3:24:00", "—"), with the reader's decimal sign. */
    private String shownValue(String value) {
        if (value == null) {
            return ExportTexts.NONE;
        }
        Matcher percent = PERCENT.matcher(value);
        return percent.matches() ? t.percent(new BigDecimal(percent.group(1))) : value;
    }

    private List<Cell> change(String what, MonthDifference.Figure f, Num.Kind kind) {
        return List.of(text(what), num(f.before(), kind), num(f.after(), kind), num(f.difference(), kind));
    }

    private List<Cell> timeChange(String what, MonthDifference.Figure f) {
        return List.of(text(what), time(seconds(f.before())), time(seconds(f.after())),
                text(f.difference() == null ? "" : (f.difference().signum() < 0 ? "−" : "+")
                        + ExportTexts.hms(Duration.ofSeconds(f.difference().abs().longValueExact()))));
    }

    private static Duration seconds(BigDecimal value) {
        return value == null ? null : Duration.ofSeconds(value.longValueExact());
    }

    private String band(CloseTerms.Band band) {
        return band == null ? ExportTexts.NONE : band.range() + ": " + t.percent(band.penaltyPercent());
    }

    /** The invoice line's kind in words, with its priority for the late-ticket lines. */
    String line(InvoiceLine.Kind kind, Integer priority) {
        return priority == null ? t.text("line." + kind.name()) : t.text("line." + kind.name() + ".priority", priority);
    }

    String metric(CloseTerms.Metric m) {
        return switch (m.kind()) {
            case RESOLUTION_TIME, OVERDUE_SHARE -> t.text("metric." + m.kind().name(), m.priority());
            case SURVEY -> t.text("metric.SURVEY", m.question().strip(), m.comparison().symbol(),
                    t.percent(m.thresholdPercent()));
            case AVAILABILITY -> t.text("metric.AVAILABILITY", m.service());
        };
    }

    String check(Check check) {
        return t.text("check." + check.name());
    }

    private List<String> columns(String... keys) {
        return Arrays.stream(keys).map(k -> t.text("column." + k)).toList();
    }

    private static List<Cell> row(String item, String value) {
        return List.of(new Text(item), new Text(value));
    }

    private static Cell text(String text) {
        return new Text(Objects.requireNonNullElse(text, ""));
    }

    private static Cell count(long value) {
        return new Num(BigDecimal.valueOf(value), Num.Kind.COUNT);
    }

    private static Cell decimal(BigDecimal value) {
        return num(value, Num.Kind.DECIMAL);
    }

    private static Cell percent(BigDecimal value) {
        return num(value, Num.Kind.PERCENT);
    }

    private Cell money(BigDecimal value) {
        return value == null ? new Text("") : new Num(value.setScale(Math.max(moneyScale, value.scale())), Num.Kind.MONEY);
    }

    private static Cell num(BigDecimal value, Num.Kind kind) {
        return value == null ? new Text(ExportTexts.NONE) : new Num(value, kind);
    }

    private static Cell time(Duration duration) {
        return duration == null ? new Text(ExportTexts.NONE) : new Time(duration);
    }

    private Cell at(Instant instant) {
        return instant == null ? new Text("") : new At(LocalDateTime.ofInstant(instant, zone));
    }
}
