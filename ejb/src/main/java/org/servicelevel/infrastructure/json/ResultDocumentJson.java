package org.servicelevel.infrastructure.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
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
        JsonObjectBuilder json = JSON.createObjectBuilder().add("format", FORMAT)
                .add("header", header(document.header()));
        MonthClose close = document.close();
        json.add("report", report(close.report())).add("quality", quality(close.quality()))
                .add("invoice", invoice(close.invoice()));
        json.add("difference", document.difference() == null ? JsonValue.NULL : difference(document.difference()).build());
        return json.build().toString();
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

    // ---- writing

    private static JsonObjectBuilder header(ResultHeader h) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("number", h.number()).add("sequence", h.sequence());
        text(o, "corrects", h.corrects());
        o.add("agreement", h.agreementNumber());
        text(o, "agreementTitle", h.agreementTitle());
        text(o, "customer", h.customerCode());
        text(o, "customerName", h.customerName());
        o.add("month", h.month().toString()).add("computedAt", h.computedAt().toString());
        JsonArrayBuilder versions = JSON.createArrayBuilder();
        h.provenance().agreementVersions().forEach(versions::add);
        JsonArrayBuilder calendars = JSON.createArrayBuilder();
        h.provenance().calendarVersions().forEach(calendars::add);
        return o.add("agreementVersions", versions).add("calendarVersions", calendars);
    }

    private static JsonObjectBuilder report(MonthReport r) {
        return JSON.createObjectBuilder().add("month", r.month().month().toString())
                .add("zone", r.month().zone().getId())
                .add("priorities", array(r.priorities(), ResultDocumentJson::priority))
                .add("services", array(r.services(), ResultDocumentJson::service))
                .add("flags", array(r.flags(), f -> JSON.createObjectBuilder().add("ticket", f.ticket())
                        .add("priority", f.priority()).add("lowering", lowering(f.lowering()))));
    }

    private static JsonObjectBuilder priority(PriorityFigures p) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("number", p.number()).add("name", p.name())
                .add("byAgreement", p.byAgreement());
        duration(o, "resolutionTarget", p.resolutionTarget());
        decimal(o, "maxOverduePercent", p.maxOverduePercent());
        o.add("accepted", p.accepted()).add("resolved", p.resolved());
        fraction(o, "averageSeconds", p.averageSeconds());
        duration(o, "average", p.average());
        fraction(o, "averageTargetSeconds", p.averageTargetSeconds());
        o.add("averageCheck", p.averageCheck().name()).add("overdue", p.overdue());
        fraction(o, "overdueShare", p.overdueShare());
        decimal(o, "overdueSharePercent", p.overdueSharePercent());
        o.add("shareCheck", p.shareCheck().name());
        PriorityFigures.ResponseFigures r = p.response();
        JsonObjectBuilder response = JSON.createObjectBuilder();
        duration(response, "target", r.target());
        response.add("measured", r.measured());
        fraction(response, "averageSeconds", r.averageSeconds());
        duration(response, "average", r.average());
        response.add("late", r.late());
        fraction(response, "lateShare", r.lateShare());
        decimal(response, "lateSharePercent", r.lateSharePercent());
        return o.add("response", response).add("ended", array(p.ended(), ResultDocumentJson::ticket))
                .add("openAtMonthEnd", array(p.openAtMonthEnd(), ResultDocumentJson::ticket));
    }

    private static JsonObjectBuilder ticket(TicketLine t) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("number", t.number()).add("service", t.service())
                .add("priority", t.priority()).add("outcome", t.outcome().name());
        instant(o, "registeredAt", t.registeredAt());
        instant(o, "endedAt", t.endedAt());
        duration(o, "resolutionTime", t.resolutionTime());
        duration(o, "target", t.target());
        o.add("verdict", t.verdict().name());
        duration(o, "overTarget", t.overTarget());
        duration(o, "responseTime", t.responseTime());
        duration(o, "responseTarget", t.responseTarget());
        o.add("responseLate", t.responseLate());
        text(o, "evidence", t.evidence());
        return o.add("loweredAfterBreach", array(t.loweredAfterBreach(), ResultDocumentJson::lowering));
    }

    private static JsonObjectBuilder lowering(TicketFacts.PriorityLowering l) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("by", l.by()).add("at", l.at().toString());
        text(o, "reason", l.reason());
        return o.add("from", l.from()).add("to", l.to());
    }

    private static JsonObjectBuilder service(ServiceAvailability s) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("service", s.service());
        duration(o, "serviceHours", s.serviceHours());
        duration(o, "downtime", s.downtime());
        fraction(o, "availability", s.availability());
        decimal(o, "availabilityPercent", s.availabilityPercent());
        decimal(o, "minimumPercent", s.minimumPercent());
        duration(o, "maxOutage", s.maxOutage());
        ServiceAvailability.Downtime d = s.longestOutage();
        if (d == null) {
            o.addNull("longestOutage");
        } else {
            JsonObjectBuilder longest = JSON.createObjectBuilder().add("start", d.start().toString())
                    .add("end", d.end().toString());
            duration(longest, "serviceHours", d.serviceHours());
            JsonArrayBuilder references = JSON.createArrayBuilder();
            d.references().forEach(references::add);
            o.add("longestOutage", longest.add("references", references));
        }
        return o.add("outages", s.outages()).add("check", s.check().name()).add("explanation", s.explanation());
    }

    private static JsonObjectBuilder quality(QualityScore q) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("metrics", array(q.metrics(), m -> {
            JsonObjectBuilder outcome = JSON.createObjectBuilder().add("metric", metric(m.metric()))
                    .add("check", m.check().name());
            text(outcome, "value", m.value());
            fraction(outcome, "exact", m.exact());
            return outcome.add("explanation", m.explanation()).add("points", m.points());
        }));
        decimal(o, "score", q.score());
        o.add("band", q.band() == null ? JsonValue.NULL : band(q.band()).build());
        return o.add("monthNumber", q.monthNumber()).add("graceMonths", q.graceMonths()).add("grace", q.grace());
    }

    private static JsonObjectBuilder metric(CloseTerms.Metric m) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("kind", m.kind().name());
        if (m.priority() == null) {
            o.addNull("priority");
        } else {
            o.add("priority", m.priority());
        }
        text(o, "question", m.question());
        decimal(o, "thresholdPercent", m.thresholdPercent());
        text(o, "comparison", m.comparison() == null ? null : m.comparison().name());
        text(o, "service", m.service());
        return o.add("weight", m.weight());
    }

    private static JsonObjectBuilder band(CloseTerms.Band b) {
        return JSON.createObjectBuilder().add("from", b.from()).add("to", b.to()).add("penaltyPercent", b.penaltyPercent());
    }

    private static JsonObjectBuilder invoice(Invoice i) {
        return JSON.createObjectBuilder().add("currency", i.currency().getCurrencyCode())
                .add("lines", array(i.lines(), l -> {
                    JsonObjectBuilder o = JSON.createObjectBuilder().add("kind", l.kind().name())
                            .add("description", l.description()).add("quantity", l.quantity());
                    decimal(o, "unitPrice", l.unitPrice());
                    return o.add("amount", l.amount()).add("status", l.status().name());
                })).add("total", i.total());
    }

    private static JsonObjectBuilder difference(MonthDifference d) {
        return JSON.createObjectBuilder().add("corrects", d.corrects())
                .add("priorities", array(d.priorities(), p -> {
                    JsonObjectBuilder o = JSON.createObjectBuilder().add("number", p.number()).add("name", p.name())
                            .add("accepted", figure(p.accepted())).add("resolved", figure(p.resolved()))
                            .add("overdue", figure(p.overdue())).add("averageSeconds", figure(p.averageSeconds()))
                            .add("overdueSharePercent", figure(p.overdueSharePercent()));
                    text(o, "averageBefore", p.averageBefore() == null ? null : p.averageBefore().name());
                    text(o, "averageAfter", p.averageAfter() == null ? null : p.averageAfter().name());
                    text(o, "shareBefore", p.shareBefore() == null ? null : p.shareBefore().name());
                    text(o, "shareAfter", p.shareAfter() == null ? null : p.shareAfter().name());
                    return o;
                }))
                .add("score", figure(d.score()))
                .add("band", JSON.createObjectBuilder()
                        .add("before", d.band().before() == null ? JsonValue.NULL : band(d.band().before()).build())
                        .add("after", d.band().after() == null ? JsonValue.NULL : band(d.band().after()).build()))
                .add("lines", array(d.lines(), l -> {
                    JsonObjectBuilder o = JSON.createObjectBuilder().add("kind", l.kind().name());
                    if (l.priority() == null) {
                        o.addNull("priority");
                    } else {
                        o.add("priority", l.priority());
                    }
                    return o.add("description", l.description()).add("quantity", figure(l.quantity()))
                            .add("amount", figure(l.amount()));
                }))
                .add("total", figure(d.total()));
    }

    private static JsonObjectBuilder figure(MonthDifference.Figure f) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        decimal(o, "before", f.before());
        decimal(o, "after", f.after());
        decimal(o, "difference", f.difference());
        return o;
    }

    private static <T> JsonArrayBuilder array(Collection<T> items, Function<T, JsonObjectBuilder> each) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        items.forEach(item -> array.add(each.apply(item)));
        return array;
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static void decimal(JsonObjectBuilder o, String name, BigDecimal value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static void duration(JsonObjectBuilder o, String name, Duration value) {
        text(o, name, value == null ? null : value.toString());
    }

    private static void instant(JsonObjectBuilder o, String name, Instant value) {
        text(o, name, value == null ? null : value.toString());
    }

    private static void fraction(JsonObjectBuilder o, String name, Fraction value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, JSON.createObjectBuilder().add("numerator", value.numerator())
                    .add("denominator", value.denominator()));
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
