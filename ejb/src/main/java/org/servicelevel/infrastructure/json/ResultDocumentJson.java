package org.servicelevel.infrastructure.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.servicelevel.application.report.ResultDocumentCodec;
import org.servicelevel.domain.model.agreement.MetricKind;
import org.servicelevel.domain.model.report.Check;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.ClosingMonth;
import org.servicelevel.domain.model.report.Fraction;
import org.servicelevel.domain.model.report.Invoice;
import org.servicelevel.domain.model.report.InvoiceLine;
import org.servicelevel.domain.model.report.MetricOutcome;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthDifference;
import org.servicelevel.domain.model.report.MonthReport;
import org.servicelevel.domain.model.report.PriorityFigures;
import org.servicelevel.domain.model.report.PriorityFlag;
import org.servicelevel.domain.model.report.Provenance;
import org.servicelevel.domain.model.report.QualityScore;
import org.servicelevel.domain.model.report.ResultDocument;
import org.servicelevel.domain.model.report.ResultHeader;
import org.servicelevel.domain.model.report.ServiceAvailability;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.report.TicketFacts;
import org.servicelevel.domain.model.report.TicketLine;

/**
 * A month's result as JSON, written and read with JSON-P. Every field is written, {@code null} where
 * the figure is absent, so the document has the same shape for every month. Amounts, percentages and
 * weights are JSON numbers written from their decimals as they are (scale kept); exact fractions are
 * {@code {"numerator": ..., "denominator": ...}}; working times are ISO-8601 durations
 * ({@code "PT4H0M1S"} is written {@code "PT4H1S"}), instants ISO-8601 in UTC, months {@code 2026-11}.
 * A correction's figures carry their {@code difference} as well, which reading recomputes.
 */
@ApplicationScoped
public class ResultDocumentJson implements ResultDocumentCodec {

    /**
     * The JSON provider, looked up once: {@code Json.create...} looks it up through the class loaders
     * on every call, which dominated writing a month's document of a thousand ticket lines.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The version of the document's layout, for readers that keep documents of several versions. */
    static final int FORMAT = 1;

    @Override
    public String write(ResultDocument document) {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject().write("format", FORMAT);
            object(g, "header", document.header(), ResultDocumentJson::header);
            MonthClose close = document.close();
            object(g, "report", close.report(), ResultDocumentJson::report);
            object(g, "quality", close.quality(), ResultDocumentJson::quality);
            object(g, "invoice", close.invoice(), ResultDocumentJson::invoice);
            if (document.difference() == null) {
                g.writeNull("difference");
            } else {
                object(g, "difference", document.difference(), ResultDocumentJson::difference);
            }
            g.writeEnd();
        }
        return out.toString();
    }

    @Override
    public ResultDocument read(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            if (json.getInt("format") != FORMAT) {
                throw new IllegalArgumentException("a result document of format " + json.getInt("format")
                        + " is not known; this reader knows format " + FORMAT);
            }
            MonthClose close = new MonthClose(readReport(json.getJsonObject("report")),
                    readQuality(json.getJsonObject("quality")), readInvoice(json.getJsonObject("invoice")));
            return new ResultDocument(readHeader(json.getJsonObject("header")), close,
                    json.isNull("difference") ? null : readDifference(json.getJsonObject("difference")));
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("this is not a result document: " + e.getMessage(), e);
        }
    }

    // ---- writing: straight into a generator, each method writing the members of an object already opened

    private static void header(JsonGenerator g, ResultHeader h) {
        g.write("number", h.number()).write("sequence", h.sequence());
        text(g, "corrects", h.corrects());
        g.write("agreement", h.agreementNumber());
        text(g, "agreementTitle", h.agreementTitle());
        text(g, "customer", h.customerCode());
        text(g, "customerName", h.customerName());
        g.write("month", h.month().toString()).write("computedAt", h.computedAt().toString());
        g.writeStartArray("agreementVersions");
        h.provenance().agreementVersions().forEach(v -> g.write(v.intValue()));
        g.writeEnd().writeStartArray("calendarVersions");
        h.provenance().calendarVersions().forEach(g::write);
        g.writeEnd();
    }

    private static void report(JsonGenerator g, MonthReport r) {
        g.write("month", r.month().month().toString()).write("zone", r.month().zone().getId());
        array(g, "priorities", r.priorities(), ResultDocumentJson::priority);
        array(g, "services", r.services(), ResultDocumentJson::service);
        array(g, "flags", r.flags(), (o, f) -> {
            o.write("ticket", f.ticket()).write("priority", f.priority());
            object(o, "lowering", f.lowering(), ResultDocumentJson::lowering);
        });
    }

    private static void priority(JsonGenerator g, PriorityFigures p) {
        g.write("number", p.number()).write("name", p.name()).write("byAgreement", p.byAgreement());
        duration(g, "resolutionTarget", p.resolutionTarget());
        decimal(g, "maxOverduePercent", p.maxOverduePercent());
        g.write("accepted", p.accepted()).write("resolved", p.resolved());
        fraction(g, "averageSeconds", p.averageSeconds());
        duration(g, "average", p.average());
        fraction(g, "averageTargetSeconds", p.averageTargetSeconds());
        g.write("averageCheck", p.averageCheck().name()).write("overdue", p.overdue());
        fraction(g, "overdueShare", p.overdueShare());
        decimal(g, "overdueSharePercent", p.overdueSharePercent());
        g.write("shareCheck", p.shareCheck().name());
        object(g, "response", p.response(), (o, r) -> {
            duration(o, "target", r.target());
            o.write("measured", r.measured());
            fraction(o, "averageSeconds", r.averageSeconds());
            duration(o, "average", r.average());
            o.write("late", r.late());
            fraction(o, "lateShare", r.lateShare());
            decimal(o, "lateSharePercent", r.lateSharePercent());
        });
        array(g, "ended", p.ended(), ResultDocumentJson::ticket);
        array(g, "openAtMonthEnd", p.openAtMonthEnd(), ResultDocumentJson::ticket);
    }

    private static void ticket(JsonGenerator g, TicketLine t) {
        g.write("number", t.number()).write("service", t.service()).write("priority", t.priority())
                .write("outcome", t.outcome().name());
        instant(g, "registeredAt", t.registeredAt());
        instant(g, "endedAt", t.endedAt());
        duration(g, "resolutionTime", t.resolutionTime());
        duration(g, "target", t.target());
        g.write("verdict", t.verdict().name());
        duration(g, "overTarget", t.overTarget());
        duration(g, "responseTime", t.responseTime());
        duration(g, "responseTarget", t.responseTarget());
        g.write("responseLate", t.responseLate());
        text(g, "evidence", t.evidence());
        array(g, "loweredAfterBreach", t.loweredAfterBreach(), ResultDocumentJson::lowering);
    }

    private static void lowering(JsonGenerator g, TicketFacts.PriorityLowering l) {
        g.write("by", l.by()).write("at", l.at().toString());
        text(g, "reason", l.reason());
        g.write("from", l.from()).write("to", l.to());
    }

    private static void service(JsonGenerator g, ServiceAvailability s) {
        g.write("service", s.service());
        duration(g, "serviceHours", s.serviceHours());
        duration(g, "downtime", s.downtime());
        fraction(g, "availability", s.availability());
        decimal(g, "availabilityPercent", s.availabilityPercent());
        decimal(g, "minimumPercent", s.minimumPercent());
        duration(g, "maxOutage", s.maxOutage());
        ServiceAvailability.Downtime d = s.longestOutage();
        if (d == null) {
            g.writeNull("longestOutage");
        } else {
            object(g, "longestOutage", d, (o, longest) -> {
                o.write("start", longest.start().toString()).write("end", longest.end().toString());
                duration(o, "serviceHours", longest.serviceHours());
                o.writeStartArray("references");
                longest.references().forEach(o::write);
                o.writeEnd();
            });
        }
        g.write("outages", s.outages()).write("check", s.check().name()).write("explanation", s.explanation());
    }

    private static void quality(JsonGenerator g, QualityScore q) {
        array(g, "metrics", q.metrics(), (o, m) -> {
            object(o, "metric", m.metric(), ResultDocumentJson::metric);
            o.write("check", m.check().name());
            text(o, "value", m.value());
            fraction(o, "exact", m.exact());
            o.write("explanation", m.explanation()).write("points", m.points());
        });
        decimal(g, "score", q.score());
        if (q.band() == null) {
            g.writeNull("band");
        } else {
            object(g, "band", q.band(), ResultDocumentJson::band);
        }
        g.write("monthNumber", q.monthNumber()).write("graceMonths", q.graceMonths()).write("grace", q.grace());
    }

    private static void metric(JsonGenerator g, CloseTerms.Metric m) {
        g.write("kind", m.kind().name());
        if (m.priority() == null) {
            g.writeNull("priority");
        } else {
            g.write("priority", m.priority().intValue());
        }
        text(g, "question", m.question());
        decimal(g, "thresholdPercent", m.thresholdPercent());
        text(g, "comparison", m.comparison() == null ? null : m.comparison().name());
        text(g, "service", m.service());
        g.write("weight", m.weight());
    }

    private static void band(JsonGenerator g, CloseTerms.Band b) {
        g.write("from", b.from()).write("to", b.to()).write("penaltyPercent", b.penaltyPercent());
    }

    private static void invoice(JsonGenerator g, Invoice i) {
        g.write("currency", i.currency().getCurrencyCode());
        array(g, "lines", i.lines(), (o, l) -> {
            o.write("kind", l.kind().name()).write("description", l.description()).write("quantity", l.quantity());
            decimal(o, "unitPrice", l.unitPrice());
            o.write("amount", l.amount()).write("status", l.status().name());
        });
        g.write("total", i.total());
    }

    private static void difference(JsonGenerator g, MonthDifference d) {
        g.write("corrects", d.corrects());
        array(g, "priorities", d.priorities(), (o, p) -> {
            o.write("number", p.number()).write("name", p.name());
            object(o, "accepted", p.accepted(), ResultDocumentJson::figure);
            object(o, "resolved", p.resolved(), ResultDocumentJson::figure);
            object(o, "overdue", p.overdue(), ResultDocumentJson::figure);
            object(o, "averageSeconds", p.averageSeconds(), ResultDocumentJson::figure);
            object(o, "overdueSharePercent", p.overdueSharePercent(), ResultDocumentJson::figure);
            text(o, "averageBefore", p.averageBefore() == null ? null : p.averageBefore().name());
            text(o, "averageAfter", p.averageAfter() == null ? null : p.averageAfter().name());
            text(o, "shareBefore", p.shareBefore() == null ? null : p.shareBefore().name());
            text(o, "shareAfter", p.shareAfter() == null ? null : p.shareAfter().name());
        });
        object(g, "score", d.score(), ResultDocumentJson::figure);
        object(g, "band", d.band(), (o, b) -> {
            if (b.before() == null) {
                o.writeNull("before");
            } else {
                object(o, "before", b.before(), ResultDocumentJson::band);
            }
            if (b.after() == null) {
                o.writeNull("after");
            } else {
                object(o, "after", b.after(), ResultDocumentJson::band);
            }
        });
        array(g, "lines", d.lines(), (o, l) -> {
            o.write("kind", l.kind().name());
            if (l.priority() == null) {
                o.writeNull("priority");
            } else {
                o.write("priority", l.priority().intValue());
            }
            o.write("description", l.description());
            object(o, "quantity", l.quantity(), ResultDocumentJson::figure);
            object(o, "amount", l.amount(), ResultDocumentJson::figure);
        });
        object(g, "total", d.total(), ResultDocumentJson::figure);
    }

    private static void figure(JsonGenerator g, MonthDifference.Figure f) {
        decimal(g, "before", f.before());
        decimal(g, "after", f.after());
        decimal(g, "difference", f.difference());
    }

    private static <T> void object(JsonGenerator g, String name, T value, BiConsumer<JsonGenerator, T> members) {
        g.writeStartObject(name);
        members.accept(g, value);
        g.writeEnd();
    }

    private static <T> void array(JsonGenerator g, String name, Collection<T> items, BiConsumer<JsonGenerator, T> each) {
        g.writeStartArray(name);
        for (T item : items) {
            g.writeStartObject();
            each.accept(g, item);
            g.writeEnd();
        }
        g.writeEnd();
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.write(name, value);
        }
    }

    private static void decimal(JsonGenerator g, String name, BigDecimal value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.write(name, value);
        }
    }

    private static void duration(JsonGenerator g, String name, Duration value) {
        text(g, name, value == null ? null : value.toString());
    }

    private static void instant(JsonGenerator g, String name, Instant value) {
        text(g, name, value == null ? null : value.toString());
    }

    private static void fraction(JsonGenerator g, String name, Fraction value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.writeStartObject(name).write("numerator", value.numerator()).write("denominator", value.denominator())
                    .writeEnd();
        }
    }

    // ---- reading

    private static ResultHeader readHeader(JsonObject o) {
        List<Integer> versions = o.getJsonArray("agreementVersions").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::intValueExact).toList();
        List<String> calendars = o.getJsonArray("calendarVersions").getValuesAs(JsonString::getString);
        return new ResultHeader(o.getString("number"), o.getInt("sequence"), text(o, "corrects"),
                o.getString("agreement"), text(o, "agreementTitle"), text(o, "customer"), text(o, "customerName"),
                YearMonth.parse(o.getString("month")), Instant.parse(o.getString("computedAt")),
                new Provenance(versions, calendars));
    }

    private static MonthReport readReport(JsonObject o) {
        return new MonthReport(new ClosingMonth(YearMonth.parse(o.getString("month")), ZoneId.of(o.getString("zone"))),
                list(o, "priorities", ResultDocumentJson::readPriority),
                list(o, "services", ResultDocumentJson::readService),
                list(o, "flags", f -> new PriorityFlag(f.getString("ticket"), f.getInt("priority"),
                        readLowering(f.getJsonObject("lowering")))));
    }

    private static PriorityFigures readPriority(JsonObject o) {
        JsonObject r = o.getJsonObject("response");
        PriorityFigures.ResponseFigures response = new PriorityFigures.ResponseFigures(duration(r, "target"),
                r.getInt("measured"), fraction(r, "averageSeconds"), duration(r, "average"), r.getInt("late"),
                fraction(r, "lateShare"), decimal(r, "lateSharePercent"));
        return new PriorityFigures(o.getInt("number"), o.getString("name"), o.getBoolean("byAgreement"),
                duration(o, "resolutionTarget"), decimal(o, "maxOverduePercent"), o.getInt("accepted"),
                o.getInt("resolved"), fraction(o, "averageSeconds"), duration(o, "average"),
                fraction(o, "averageTargetSeconds"), Check.valueOf(o.getString("averageCheck")), o.getInt("overdue"),
                fraction(o, "overdueShare"), decimal(o, "overdueSharePercent"), Check.valueOf(o.getString("shareCheck")),
                response, list(o, "ended", ResultDocumentJson::readTicket),
                list(o, "openAtMonthEnd", ResultDocumentJson::readTicket));
    }

    private static TicketLine readTicket(JsonObject o) {
        return new TicketLine(o.getString("number"), o.getString("service"), o.getInt("priority"),
                TicketFacts.Outcome.valueOf(o.getString("outcome")), instant(o, "registeredAt"), instant(o, "endedAt"),
                duration(o, "resolutionTime"), duration(o, "target"), TicketLine.Verdict.valueOf(o.getString("verdict")),
                duration(o, "overTarget"), duration(o, "responseTime"), duration(o, "responseTarget"),
                o.getBoolean("responseLate"), text(o, "evidence"),
                list(o, "loweredAfterBreach", ResultDocumentJson::readLowering));
    }

    private static TicketFacts.PriorityLowering readLowering(JsonObject o) {
        return new TicketFacts.PriorityLowering(o.getString("by"), Instant.parse(o.getString("at")), text(o, "reason"),
                o.getInt("from"), o.getInt("to"));
    }

    private static ServiceAvailability readService(JsonObject o) {
        ServiceAvailability.Downtime longest = null;
        if (!o.isNull("longestOutage")) {
            JsonObject d = o.getJsonObject("longestOutage");
            longest = new ServiceAvailability.Downtime(Instant.parse(d.getString("start")),
                    Instant.parse(d.getString("end")), duration(d, "serviceHours"),
                    d.getJsonArray("references").getValuesAs(JsonString::getString));
        }
        return new ServiceAvailability(o.getString("service"), duration(o, "serviceHours"), duration(o, "downtime"),
                fraction(o, "availability"), decimal(o, "availabilityPercent"), decimal(o, "minimumPercent"),
                duration(o, "maxOutage"), longest, o.getInt("outages"), Check.valueOf(o.getString("check")),
                o.getString("explanation"));
    }

    private static QualityScore readQuality(JsonObject o) {
        List<MetricOutcome> metrics = list(o, "metrics", m -> new MetricOutcome(readMetric(m.getJsonObject("metric")),
                Check.valueOf(m.getString("check")), text(m, "value"), fraction(m, "exact"), m.getString("explanation"),
                m.getJsonNumber("points").bigDecimalValue()));
        return new QualityScore(metrics, decimal(o, "score"), o.isNull("band") ? null : readBand(o.getJsonObject("band")),
                o.getJsonNumber("monthNumber").longValueExact(), o.getInt("graceMonths"), o.getBoolean("grace"));
    }

    private static CloseTerms.Metric readMetric(JsonObject o) {
        String comparison = text(o, "comparison");
        return new CloseTerms.Metric(MetricKind.valueOf(o.getString("kind")),
                o.isNull("priority") ? null : o.getInt("priority"), text(o, "question"), decimal(o, "thresholdPercent"),
                comparison == null ? null : ThresholdComparison.valueOf(comparison), text(o, "service"),
                o.getJsonNumber("weight").bigDecimalValue());
    }

    private static CloseTerms.Band readBand(JsonObject o) {
        return new CloseTerms.Band(decimal(o, "from"), decimal(o, "to"), decimal(o, "penaltyPercent"));
    }

    private static Invoice readInvoice(JsonObject o) {
        return new Invoice(Currency.getInstance(o.getString("currency")), list(o, "lines", l -> new InvoiceLine(
                InvoiceLine.Kind.valueOf(l.getString("kind")), l.getString("description"), decimal(l, "quantity"),
                decimal(l, "unitPrice"), decimal(l, "amount"), InvoiceLine.Status.valueOf(l.getString("status")))),
                decimal(o, "total"));
    }

    private static MonthDifference readDifference(JsonObject o) {
        JsonObject band = o.getJsonObject("band");
        return new MonthDifference(o.getString("corrects"), list(o, "priorities", p ->
                new MonthDifference.PriorityChange(p.getInt("number"), p.getString("name"), readFigure(p, "accepted"),
                        readFigure(p, "resolved"), readFigure(p, "overdue"), readFigure(p, "averageSeconds"),
                        readFigure(p, "overdueSharePercent"), check(p, "averageBefore"), check(p, "averageAfter"),
                        check(p, "shareBefore"), check(p, "shareAfter"))),
                readFigure(o, "score"),
                new MonthDifference.BandChange(band.isNull("before") ? null : readBand(band.getJsonObject("before")),
                        band.isNull("after") ? null : readBand(band.getJsonObject("after"))),
                list(o, "lines", l -> new MonthDifference.LineChange(InvoiceLine.Kind.valueOf(l.getString("kind")),
                        l.isNull("priority") ? null : l.getInt("priority"), l.getString("description"),
                        readFigure(l, "quantity"), readFigure(l, "amount"))),
                readFigure(o, "total"));
    }

    private static MonthDifference.Figure readFigure(JsonObject parent, String name) {
        JsonObject f = parent.getJsonObject(name);
        return MonthDifference.Figure.of(decimal(f, "before"), decimal(f, "after"));
    }

    private static Check check(JsonObject o, String name) {
        String value = text(o, name);
        return value == null ? null : Check.valueOf(value);
    }

    private static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> each) {
        JsonArray array = o.getJsonArray(name);
        List<T> items = new ArrayList<>(array.size());
        array.forEach(value -> items.add(each.apply(value.asJsonObject())));
        return items;
    }

    private static String text(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getString(name);
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getJsonNumber(name).bigDecimalValue();
    }

    private static Duration duration(JsonObject o, String name) {
        return o.isNull(name) ? null : Duration.parse(o.getString(name));
    }

    private static Instant instant(JsonObject o, String name) {
        return o.isNull(name) ? null : Instant.parse(o.getString(name));
    }

    private static Fraction fraction(JsonObject o, String name) {
        if (o.isNull(name)) {
            return null;
        }
        JsonObject f = o.getJsonObject(name);
        return new Fraction(f.getJsonNumber("numerator").bigDecimalValue(), f.getJsonNumber("denominator").bigDecimalValue());
    }
}
