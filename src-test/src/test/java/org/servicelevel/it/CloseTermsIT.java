package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.etag;
import static org.servicelevel.it.Fixtures.expect;
import static org.servicelevel.it.Fixtures.fields;
import static org.servicelevel.it.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the month's close reads besides tickets: the invoice terms of an agreement (agreement-wide
 * volume, planned development hours, the late-ticket penalty, how survey metrics compare with their
 * thresholds) through saves, reads, diffs, audit and documents; and the work records (development
 * hours, weekend and holiday support days) with their monthly totals, corrections, deletions, audit
 * trail and tenancy.
 */
@ExtendWith(ArquillianExtension.class)
class CloseTermsIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Whole terms of an SLA on {@code calendar}, with the invoice terms given in {@code invoiceTerms}. */
    private static String terms(String calendar, String invoiceTerms) {
        return """
                {"currency":"EUR","monthlyFee":1000,
                 "services":[{"code":"WS","name":"Workplace","calendar":"%s"}],
                 "priorities":[{"number":1,"name":"Critical","response":"PT15M","resolution":"PT2H","maxOverdueShare":20},
                               {"number":2,"name":"High","resolution":"PT4H","maxOverdueShare":20}],
                 %s}""".formatted(calendar, invoiceTerms);
    }

    private static final String INVOICE_TERMS = """
            "agreementVolume":100,"plannedDevelopmentHours":37.5,
            "metrics":[{"kind":"RESOLUTION_TIME","priority":1,"weight":0.5},
                       {"kind":"SURVEY","question":"Were you kept informed?","threshold":70,"comparison":"GREATER_THAN","weight":0.3},
                       {"kind":"SURVEY","question":"Was it resolved?","threshold":80,"weight":0.2}],
            "penaltyBands":[{"from":0.8,"to":1,"penaltyPercent":0},{"from":0,"to":0.8,"penaltyPercent":10}],
            "latePenalty":{"priorities":[{"priority":1,"amount":200,"perStartedHour":25},{"priority":2,"amount":100}],
                           "monthlyCap":1000}""";

    private static String agreement(String number, String customer, String calendar, String invoiceTerms) {
        return """
                {"number":"%s","type":"SLA","title":"Workplace support","customer":"%s","validFrom":"2026-01-01",
                 "owner":"admin","terms":%s}""".formatted(number, customer, terms(calendar, invoiceTerms));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Api.object(response.body());
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private static BigDecimal number(JsonObject object, String pointer) {
        return ((jakarta.json.JsonNumber) Json.createPointer(pointer).getValue(object)).bigDecimalValue();
    }

    private static String text(JsonObject object, String pointer) {
        JsonValue value = Json.createPointer(pointer).getValue(object);
        return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }

    private static HttpResponse<String> put(String path, String body, String ifMatch) {
        return Api.call("PUT", path, ADMIN, JSON, body, "If-Match", ifMatch);
    }

    private static List<String> audit(long agreementId, String action) {
        return Api.array(expect(200, Api.get("api/agreements/" + agreementId + "/audit", ADMIN)).body())
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("action").equals(action))
                .map(a -> a.getString("details", "")).toList();
    }

    @Test
    void invoiceTermsRoundTripThroughSavesReadsDiffsAuditAndDocuments() {
        String customer = Fixtures.customer();
        String calendar = Fixtures.calendar();
        String number = unique("SLA-");
        JsonObject created = json(expect(201, Api.call("POST", "api/agreements", ADMIN, JSON,
                agreement(number, customer, calendar, "\"metrics\":[{\"kind\":\"RESOLUTION_TIME\",\"priority\":1,"
                        + "\"weight\":1}]"))));
        String path = "api/agreements/" + id(created);
        assertFalse(created.getJsonObject("terms").containsKey("latePenalty"), created.toString());

        expect(200, put(path, agreement(number, customer, calendar, INVOICE_TERMS), etag(Api.get(path, ADMIN))));
        JsonObject shown = json(expect(200, Api.get(path, ADMIN)));
        assertEquals(100, shown.getJsonObject("terms").getInt("agreementVolume"));
        assertEquals(0, new BigDecimal("37.5").compareTo(number(shown, "/terms/plannedDevelopmentHours")));
        assertEquals("GREATER_THAN", text(shown, "/terms/metrics/1/comparison"));
        assertEquals("AT_LEAST", text(shown, "/terms/metrics/2/comparison"), "a survey metric that says nothing is at least");
        assertFalse(shown.getJsonObject("terms").getJsonArray("metrics").getJsonObject(0).containsKey("comparison"),
                "only survey metrics compare with a threshold");
        assertEquals(new BigDecimal("200.00"), number(shown, "/terms/latePenalty/priorities/0/amount"),
                "amounts in the currency's two decimals");
        assertEquals(new BigDecimal("25.00"), number(shown, "/terms/latePenalty/priorities/0/perStartedHour"));
        assertFalse(shown.getJsonObject("terms").getJsonObject("latePenalty").getJsonArray("priorities")
                .getJsonObject(1).containsKey("perStartedHour"));
        assertEquals(new BigDecimal("1000.00"), number(shown, "/terms/latePenalty/monthlyCap"));
        assertEquals("GREATER_THAN", text(json(expect(200, Api.get(path + "/metrics", ADMIN))), "/metrics/1/comparison"));
        String changed = String.join(" ", audit(id(created), "updated"));
        assertTrue(changed.contains("agreementVolume: none -> 100") && changed.contains("latePenalty: none ->"),
                "the audit names each new value: " + changed);

        expect(200, Api.call("POST", path + "/activate", ADMIN, null, null, "If-Match", etag(Api.get(path, ADMIN))));
        LocalDate tomorrow = LocalDate.now(BERLIN).plusDays(1);
        String amended = agreement(number, customer, calendar, INVOICE_TERMS.replace("\"agreementVolume\":100",
                "\"agreementVolume\":120").replace(",\"comparison\":\"GREATER_THAN\"", "")
                .replace("\"amount\":100}", "\"amount\":150}")).replace("\"terms\":", "\"effectiveFrom\":\"" + tomorrow
                + "\",\"changeNote\":\"More tickets\",\"terms\":");
        expect(200, put(path, amended, etag(Api.get(path, ADMIN))));
        JsonObject diff = json(expect(200, Api.get(path + "/versions/1/diff/2", ADMIN)));
        assertEquals(List.of("metrics[2].comparison GREATER_THAN AT_LEAST", "agreementVolume 100 120",
                        "latePenalty.priorities[2].amount 100 150"),
                diff.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("path") + " " + c.getString("before") + " " + c.getString("after")).toList());
        Fixtures.approveDrafts(id(created));

        JsonObject document = json(expect(200, Api.get(path + "/document", ADMIN)));
        assertEquals("GREATER_THAN", text(document, "/versions/0/terms/metrics/1/comparison"));
        assertEquals("120", text(document, "/versions/1/terms/agreementVolume"));
        String copy = unique("SLA-");
        JsonObject imported = json(expect(201, Api.call("POST", "api/agreements/import", ADMIN, JSON,
                Json.createObjectBuilder(document).add("number", copy).build().toString())));
        JsonObject again = json(expect(200, Api.get("api/agreements/" + id(imported) + "/document", ADMIN)));
        assertEquals(Json.createObjectBuilder(document).remove("number").build(),
                Json.createObjectBuilder(again).remove("number").build(), "the documents differ only in the number");
        assertEquals(new BigDecimal("150.00"), number(again, "/versions/1/terms/latePenalty/priorities/1/amount"));
    }

    @Test
    void badInvoiceTermsAreNamedByTheirPath() {
        String customer = Fixtures.customer();
        String calendar = Fixtures.calendar();
        String number = unique("SLA-");
        JsonObject created = json(expect(201, Api.call("POST", "api/agreements", ADMIN, JSON,
                agreement(number, customer, calendar, INVOICE_TERMS))));
        String path = "api/agreements/" + id(created);

        String wrong = """
                "agreementVolume":0,"plannedDevelopmentHours":1.005,
                "metrics":[{"kind":"RESOLUTION_TIME","priority":1,"comparison":"AT_LEAST","weight":0.5},
                           {"kind":"SURVEY","question":"Informed?","threshold":70,"weight":0.5}],
                "latePenalty":{"priorities":[{"priority":1,"amount":-5,"perStartedHour":0.001},{"priority":9,"amount":1}],
                               "monthlyCap":10.001}""";
        assertEquals(List.of("terms.metrics[0].comparison", "terms.agreementVolume", "terms.plannedDevelopmentHours",
                        "terms.latePenalty.priorities[0].amount", "terms.latePenalty.priorities[0].perStartedHour",
                        "terms.latePenalty.priorities[1].priority", "terms.latePenalty.monthlyCap"),
                fields(expect(400, put(path, agreement(number, customer, calendar, wrong), etag(Api.get(path, ADMIN))))));
        assertEquals(List.of("terms.metrics[1].comparison", "terms.latePenalty.priorities[0].priority"),
                fields(expect(400, put(path, agreement(number, customer, calendar, INVOICE_TERMS
                        .replace("\"GREATER_THAN\"", "\"MORE_THAN\"").replace("{\"priority\":1,\"amount\":200",
                                "{\"amount\":200")), etag(Api.get(path, ADMIN))))));
        assertEquals(List.of("terms.latePenalty.priorities"), fields(expect(400, put(path, agreement(number, customer,
                calendar, "\"latePenalty\":{\"priorities\":[]}"), etag(Api.get(path, ADMIN))))));
        assertEquals(List.of("terms.latePenalty.priorities[0].amount"), fields(expect(400, put(path, agreement(number,
                customer, calendar, "\"latePenalty\":{\"priorities\":[{\"priority\":1}]}").replace("\"EUR\"", "\"JPY\"")
                .replace("\"monthlyFee\":1000", "\"monthlyFee\":100000"), etag(Api.get(path, ADMIN))))),
                "an amount is required");
        assertEquals(List.of("terms.latePenalty.priorities[0].amount"), fields(expect(400, put(path, agreement(number,
                customer, calendar, "\"latePenalty\":{\"priorities\":[{\"priority\":1,\"amount\":0.5}]}")
                .replace("\"EUR\"", "\"JPY\"").replace("\"monthlyFee\":1000", "\"monthlyFee\":100000"),
                etag(Api.get(path, ADMIN))))), "the yen has no minor unit");
        assertEquals(List.of("metrics[0].comparison"), fields(expect(400, put(path + "/metrics",
                "{\"metrics\":[{\"kind\":\"SURVEY\",\"question\":\"Q\",\"threshold\":70,\"comparison\":\"ABOUT\","
                        + "\"weight\":1}]}", etag(Api.get(path, ADMIN))))), "a part sent alone is named from its body");
        assertEquals(100, json(expect(200, Api.get(path, ADMIN))).getJsonObject("terms").getInt("agreementVolume"),
                "refused terms change nothing");
    }

    /** The last day on or before today (in the agreement's zone) that falls on one of {@code days}. */
    private static LocalDate lastOn(List<DayOfWeek> days) {
        LocalDate day = LocalDate.now(BERLIN);
        while (!days.contains(day.getDayOfWeek())) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static HttpResponse<String> record(String path, String credentials, String body) {
        return Api.call("POST", path, credentials, JSON, body);
    }

    @Test
    void workIsRecordedCorrectedDeletedAndSummedPerMonthWithAnAuditTrail() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        String ticket = Api.member(expect(200, Api.get("api/tickets/" + Fixtures.ticket(customer, sla), ADMIN)).body(),
                "number");
        String work = "api/agreements/" + sla.id() + "/usage/work";
        LocalDate saturday = lastOn(List.of(DayOfWeek.SATURDAY));
        LocalDate weekday = lastOn(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY));
        YearMonth month = YearMonth.from(saturday);

        HttpResponse<String> first = expect(201, record(work, ADMIN, """
                {"kind":"DEVELOPMENT_HOURS","month":"%s","hours":3.5,"ticket":"%s","note":"Report changed"}"""
                .formatted(month, ticket)));
        JsonObject hours = json(first);
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith("/usage/work/" + id(hours)));
        assertEquals("\"" + hours.getInt("version") + "\"", etag(first));
        assertEquals(ticket, hours.getString("ticket"));
        assertEquals("admin", hours.getString("recordedBy"));
        JsonObject onADay = json(expect(201, record(work, ADMIN, """
                {"kind":"development_hours","date":"%s","hours":1.25}""".formatted(saturday))));
        assertEquals(month.toString(), onADay.getString("month"), "the day gives the month");
        JsonObject day = json(expect(201, record(work, ADMIN, """
                {"kind":"WEEKEND_HOLIDAY_DAY","service":"ws","date":"%s","note":"Office move"}""".formatted(saturday))));
        assertEquals("WS", day.getString("service"));

        assertEquals(List.of("date"), fields(expect(400, record(work, ADMIN, """
                {"kind":"WEEKEND_HOLIDAY_DAY","service":"WS","date":"%s"}""".formatted(saturday)))),
                "one support day per service and day");
        HttpResponse<String> workingDay = expect(400, record(work, ADMIN, """
                {"kind":"WEEKEND_HOLIDAY_DAY","service":"WS","date":"%s"}""".formatted(weekday)));
        assertEquals(List.of("date"), fields(workingDay));
        assertTrue(workingDay.body().contains("working day"), workingDay.body());
        assertEquals(List.of("service"), fields(expect(400, record(work, ADMIN, """
                {"kind":"WEEKEND_HOLIDAY_DAY","service":"NOPE","date":"%s"}""".formatted(saturday)))));
        assertEquals(List.of("hours", "ticket"), fields(expect(400, record(work, ADMIN, """
                {"kind":"DEVELOPMENT_HOURS","month":"%s","hours":0,"ticket":"T-NONE"}""".formatted(month)))));
        assertEquals(List.of("month"), fields(expect(400, record(work, ADMIN, """
                {"kind":"DEVELOPMENT_HOURS","month":"%s","hours":1}""".formatted(YearMonth.now(BERLIN).plusMonths(1))))));
        assertEquals(List.of("kind"), fields(expect(400, record(work, ADMIN, "{\"kind\":\"OVERTIME\",\"hours\":1}"))));
        assertEquals(List.of("month"), fields(expect(400, record(work, ADMIN, """
                {"kind":"DEVELOPMENT_HOURS","month":"2025-12","hours":1}"""))), "before the agreement's validity");

        JsonObject totals = json(expect(200, Api.get(work + "?month=" + month, ADMIN)));
        assertEquals(new BigDecimal("4.75"), totals.getJsonNumber("developmentHours").bigDecimalValue());
        assertEquals(1, totals.getInt("weekendHolidayDays"));
        assertEquals(List.of(id(hours), id(onADay), id(day)), totals.getJsonArray("entries")
                .getValuesAs(JsonObject.class).stream().map(CloseTermsIT::id).toList());

        String entry = work + "/" + id(hours);
        String corrected = """
                {"month":"%s","hours":4,"ticket":"%s","note":"Report and export changed"}""".formatted(month, ticket);
        assertEquals(428, Api.call("PUT", entry, ADMIN, JSON, corrected).statusCode());
        assertEquals(412, put(entry, corrected, "\"999\"").statusCode());
        assertEquals(List.of("kind"), fields(expect(400, put(entry, """
                {"kind":"WEEKEND_HOLIDAY_DAY","service":"WS","date":"%s"}""".formatted(saturday),
                etag(Api.get(entry, ADMIN))))), "a correction keeps the kind");
        String before = etag(Api.get(entry, ADMIN));
        HttpResponse<String> done = expect(200, put(entry, corrected, before));
        assertNotEquals(before, etag(done));
        JsonObject now = json(done);
        assertEquals(0, new BigDecimal("4").compareTo(now.getJsonNumber("hours").bigDecimalValue()));
        assertEquals("admin", now.getString("correctedBy"));
        assertEquals(412, put(entry, corrected, before).statusCode(), "the ETag read before the correction is stale");

        String second = work + "/" + id(onADay);
        assertEquals(412, Api.call("DELETE", second, ADMIN, null, null, "If-Match", "\"999\"").statusCode());
        expect(204, Api.call("DELETE", second, ADMIN, null, null, "If-Match", etag(Api.get(second, ADMIN))));
        expect(404, Api.get(second, ADMIN));

        totals = json(expect(200, Api.get(work + "?month=" + month, ADMIN)));
        assertEquals(0, new BigDecimal("4").compareTo(totals.getJsonNumber("developmentHours").bigDecimalValue()));
        assertEquals(1, totals.getInt("weekendHolidayDays"));
        assertEquals(2, totals.getJsonArray("entries").size());
        JsonObject otherMonth = json(expect(200, Api.get(work + "?month=" + month.minusMonths(1), ADMIN)));
        assertEquals(0, otherMonth.getJsonNumber("developmentHours").bigDecimalValue().signum());
        assertEquals(0, otherMonth.getInt("weekendHolidayDays"));

        assertEquals(3, audit(sla.id(), "work recorded").size());
        List<String> corrections = audit(sla.id(), "work corrected");
        assertEquals(1, corrections.size());
        assertTrue(corrections.get(0).contains("hours: 3.5 -> 4") && corrections.get(0).contains("#" + id(hours)),
                corrections.get(0));
        List<String> deletions = audit(sla.id(), "work deleted");
        assertEquals(1, deletions.size());
        assertTrue(deletions.get(0).contains("#" + id(onADay) + ": 1.25 h") && deletions.get(0).contains("recorded by admin"),
                "the deleted record stays in the audit: " + deletions.get(0));
    }

    @Test
    void aCustomerReadsOnlyTheirOwnOrganisationsWork() {
        String customerA = Fixtures.customer();
        String customerB = Fixtures.customer();
        Fixtures.Agreement slaA = Fixtures.activeSla(customerA, Fixtures.calendar());
        Fixtures.Agreement slaB = Fixtures.activeSla(customerB, Fixtures.calendar());
        long entryA = Fixtures.workRecord(slaA);
        long entryB = Fixtures.workRecord(slaB);
        String workA = "api/agreements/" + slaA.id() + "/usage/work";
        String userA = Fixtures.user("customer", customerA);
        String userB = Fixtures.user("customer", customerB);

        JsonObject own = json(expect(200, Api.get(workA, userA)));
        assertEquals(List.of(entryA), own.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(CloseTermsIT::id).toList());
        expect(200, Api.get(workA + "/" + entryA, userA));
        assertEquals(403, record(workA, userA, "{\"kind\":\"DEVELOPMENT_HOURS\",\"hours\":1}").statusCode());

        expect(404, Api.get(workA, userB));
        expect(404, Api.get(workA + "/" + entryA, userB));
        expect(404, Api.get(workA + "/" + entryB, ADMIN));
        expect(404, Api.get("api/agreements/" + slaB.id() + "/usage/work/" + entryA, userB));
        assertEquals(1, json(expect(200, Api.get(workA, ADMIN))).getJsonArray("entries").size(),
                "a record is found only under its own agreement");
    }
}
