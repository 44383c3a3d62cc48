package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Agreements over the API as integrations and managers use it: lifecycle, effective-dated versions
 * (which version governs a ticket registered on a day), the OLA-versus-SLA consistency check,
 * selection rules, import and export, validation errors and what customer users may see.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementApiIT {

    private static final String JSON = "application/json";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The SMTP server the application sends its e-mail to (see servicelevel.mail.* in the failsafe configuration). */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("servicelevel.it.smtp-port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static JsonObject json(String body) {
        return Api.object(body);
    }

    private static JsonArray array(String body) {
        return Api.array(body);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.body()));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static String calendar(String preset) {
        String name = unique("IT calendar ");
        String rules = preset != null ? "\"preset\":\"24/7\""
                : "\"weeklyHours\":[" + String.join(",", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                .stream().map(d -> "{\"day\":\"" + d + "\",\"from\":\"09:00\",\"to\":\"18:00\"}").toList()) + "]";
        expect(201, Api.call("POST", "api/calendars", ADMIN, JSON, """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2020-01-01",%s}""".formatted(name, rules)));
        return name;
    }

    private static String customer() {
        String code = unique("C");
        expect(201, Api.call("POST", "api/customers", ADMIN, JSON, "{\"code\":\"" + code + "\",\"name\":\"" + code + " Ltd\"}"));
        return code;
    }

    private static String supportGroup(String kind) {
        String code = unique("G");
        String level = "SUPPORT_LINE".equals(kind) ? ",\"lineLevel\":2" : "";
        expect(201, Api.call("POST", "api/support-groups", ADMIN, JSON,
                "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"kind\":\"" + kind + "\"" + level + "}"));
        return code;
    }

    /** An SLA with two services on the calendar, priorities 1..3 (2/4/16 h) and a two-metric quality table. */
    private static String slaJson(String number, String customer, String calendar, String p1Resolution) {
        return """
                {"number":"%s","type":"SLA","title":"Workplace support","customer":"%s","validFrom":"2026-01-01",
                 "reviewDate":"2099-06-30",
                 "terms":{"currency":"EUR","monthlyFee":1000,
                  "services":[{"code":"WS","name":"Workplace","calendar":"%s"},{"code":"NET","name":"Network","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Critical","response":"PT15M","resolution":"%s","maxOverdueShare":20,
                                 "requestKinds":["outage"]},
                                {"number":2,"name":"High","resolution":"PT4H","maxOverdueShare":20},
                                {"number":3,"name":"Normal","resolution":"PT16H","maxOverdueShare":20}],
                  "defaultPriority":3,
                  "metrics":[{"kind":"RESOLUTION_TIME","priority":1,"weight":0.6},{"kind":"OVERDUE_SHARE","priority":2,"weight":0.4}],
                  "penaltyBands":[{"from":0.8,"to":1,"penaltyPercent":0},{"from":0,"to":0.8,"penaltyPercent":10}],
                  "graceMonths":2}}""".formatted(number, customer, calendar, calendar, p1Resolution);
    }

    private static JsonObject create(String body) {
        return json(expect(201, Api.call("POST", "api/agreements", ADMIN, JSON, body)).body());
    }

    private static JsonObject action(long id, String action, String body) {
        String path = "api/agreements/" + id;
        String etag = etag(Api.get(path, ADMIN));
        return json(expect(200, Api.call("POST", path + "/" + action, ADMIN, body == null ? null : JSON, body,
                "If-Match", etag)).body());
    }

    private static long id(JsonObject agreement) {
        return agreement.getJsonNumber("id").longValue();
    }

    private static List<String> fields(HttpResponse<String> problem) {
        assertEquals("application/problem+json", problem.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""), problem.body());
        return json(problem.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static String text(JsonObject object, String pointer) {
        return ((jakarta.json.JsonString) object.getValue(pointer)).getString();
    }

    private static JsonObject priority(JsonObject terms, int number) {
        return terms.getJsonArray("priorities").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("number") == number).findFirst().orElseThrow();
    }

    // ---- scenarios -------------------------------------------------------------------------------

    @Test
    void anAgreementGoesFromDraftThroughReviewToTermination() {
        String calendar = calendar(null);
        String number = unique("SLA-");
        String customer = customer();
        JsonObject draft = create(slaJson(number, customer, calendar, "PT2H"));
        long id = id(draft);
        String path = "api/agreements/" + id;
        assertEquals("DRAFT", draft.getString("status"));
        assertFalse(draft.getBoolean("monitoredToday"));

        assertEquals(428, Api.call("POST", path + "/activate", ADMIN, null, null).statusCode());
        assertEquals(412, Api.call("POST", path + "/activate", ADMIN, null, null, "If-Match", "\"99\"").statusCode());
        JsonObject active = action(id, "activate", null);
        assertEquals("ACTIVE", active.getString("status"));
        assertTrue(active.getBoolean("monitoredToday"));
        HttpResponse<String> again = Api.call("POST", path + "/activate", ADMIN, null, null,
                "If-Match", etag(Api.get(path, ADMIN)));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(json(again.body()).getString("detail").contains("only an agreement that is DRAFT"), again.body());
        assertEquals(409, Api.call("DELETE", path, ADMIN, null, null, "If-Match", etag(Api.get(path, ADMIN))).statusCode(),
                "an agreement that was in force is terminated, not deleted");

        assertEquals("UNDER_REVIEW", action(id, "start-review", null).getString("status"));
        JsonObject reviewed = action(id, "complete-review", "{\"nextReviewDate\":\"2099-12-31\"}");
        assertEquals("ACTIVE", reviewed.getString("status"));
        assertEquals("2099-12-31", reviewed.getString("reviewDate"));

        HttpResponse<String> noReason = Api.call("POST", path + "/terminate", ADMIN, JSON, "{\"lastDay\":\"2099-01-31\"}",
                "If-Match", etag(Api.get(path, ADMIN)));
        assertEquals(List.of("reason"), fields(expect(400, noReason)));
        JsonObject ended = action(id, "terminate", "{\"lastDay\":\"2099-01-31\",\"reason\":\"Contract not renewed\"}");
        assertEquals("TERMINATED", ended.getString("status"));
        assertEquals("2099-01-31", ended.getString("terminatedOn"));
        HttpResponse<String> edit = Api.call("PUT", path, ADMIN, JSON, slaJson(number, customer, calendar, "PT1H"),
                "If-Match", etag(Api.get(path, ADMIN)));
        assertEquals(409, edit.statusCode(), edit.body());

        List<String> actions = array(Api.get(path + "/audit", ADMIN).body()).getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("action")).toList();
        assertEquals(List.of("created", "activated", "review started", "review completed", "terminated"), actions);

        JsonObject other = create(slaJson(unique("SLA-"), customer(), calendar, "PT2H"));
        String otherPath = "api/agreements/" + id(other);
        expect(204, Api.call("DELETE", otherPath, ADMIN, null, null, "If-Match", etag(Api.get(otherPath, ADMIN))));
        assertEquals(404, Api.get(otherPath, ADMIN).statusCode());
    }

    @Test
    void aTicketIsGovernedByTheVersionInForceOnTheDayItIsRegistered() {
        String calendar = calendar(null);
        String customer = customer();
        String number = unique("SLA-");
        long id = id(create(slaJson(number, customer, calendar, "PT2H")));
        action(id, "activate", null);
        String path = "api/agreements/" + id;
        LocalDate today = LocalDate.now(BERLIN);
        LocalDate change = today.plusDays(30);

        String priorities = """
                {"priorities":[{"number":1,"name":"Critical","response":"PT10M","resolution":"PT1H","maxOverdueShare":20,
                                "requestKinds":["outage"]},
                               {"number":2,"name":"High","resolution":"PT4H","maxOverdueShare":20},
                               {"number":3,"name":"Normal","resolution":"PT16H","maxOverdueShare":20}],
                 "defaultPriority":3}""";
        HttpResponse<String> fromToday = Api.call("PUT", path + "/priorities?effectiveFrom=" + today, ADMIN, JSON,
                priorities, "If-Match", etag(Api.get(path, ADMIN)));
        assertEquals(List.of("effectiveFrom"), fields(expect(400, fromToday)), "the terms of today never change");

        HttpResponse<String> changed = expect(200, Api.call("PUT", path + "/priorities?effectiveFrom=" + change
                        + "&note=faster%20critical", ADMIN, JSON, priorities, "If-Match", etag(Api.get(path, ADMIN))));
        JsonObject view = json(changed.body());
        assertEquals(1, view.getInt("shownVersion"), "today the first version is still in force");
        assertEquals(2, view.getJsonArray("versions").size());
        assertEquals("faster critical", view.getJsonArray("versions").getJsonObject(1).getString("note"));
        assertEquals("DRAFT", view.getJsonArray("versions").getJsonObject(1).getString("status"),
                "a change of an agreement in force is an amendment to approve");
        Fixtures.approveDrafts(id);

        JsonObject before = json(expect(200, Api.get(path + "/versions/in-force?on=" + change.minusDays(1), ADMIN)).body());
        JsonObject after = json(expect(200, Api.get(path + "/versions/in-force?on=" + change, ADMIN)).body());
        assertEquals(1, before.getInt("shownVersion"));
        assertEquals("PT2H", priority(before.getJsonObject("terms"), 1).getString("resolution"));
        assertEquals(2, after.getInt("shownVersion"));
        assertEquals("PT1H", priority(after.getJsonObject("terms"), 1).getString("resolution"));
        assertEquals(404, Api.get(path + "/versions/in-force?on=2025-12-31", ADMIN).statusCode(), "before its start");
        assertEquals(List.of("on"), fields(expect(400, Api.get(path + "/versions/in-force?on=31.12.2026", ADMIN))));

        String rule = "{\"name\":\"" + unique("rule ") + "\",\"customer\":\"" + customer + "\",\"agreement\":\"" + number + "\"}";
        expect(201, Api.call("POST", "api/selection-rules", ADMIN, JSON, rule));
        String ticket = "{\"customer\":\"" + customer + "\",\"service\":\"WS\",\"requestType\":\"outage\","
                + "\"registeredAt\":\"%sT10:00:00+01:00\"}";
        JsonObject early = json(expect(200, Api.call("POST", "api/selection-rules/evaluate", ADMIN, JSON,
                ticket.formatted(change.minusDays(1)))).body());
        JsonObject late = json(expect(200, Api.call("POST", "api/selection-rules/evaluate", ADMIN, JSON,
                ticket.formatted(change))).body());
        assertEquals(1, early.getInt("agreementVersion"));
        assertEquals("PT2H", early.getString("resolutionTarget"));
        assertEquals(2, late.getInt("agreementVersion"));
        assertEquals("PT1H", late.getString("resolutionTarget"));
        assertEquals(1, late.getInt("priority"), "an outage falls under priority 1");
    }

    @Test
    void underpinningAgreementsAreCheckedAgainstTheSlaWheneverEitherSideChanges() {
        String office = calendar(null);
        String always = calendar("24/7");
        String slaNumber = unique("SLA-");
        long sla = id(create(slaJson(slaNumber, customer(), office, "PT4H")));
        action(sla, "activate", null);

        String olaNumber = unique("OLA-");
        String ola = """
                {"number":"%s","type":"OLA","title":"Second line","providerGroup":"%s","validFrom":"2026-01-01",
                 "terms":{"services":[{"code":"L2","name":"Second line","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"P1","resolution":"%s"}],
                  "underpins":[{"sla":"%s","slaService":"WS","slaPriority":1,"slaTarget":"RESOLUTION",
                                "service":"L2","priority":1}]}}""";
        String line = supportGroup("SUPPORT_LINE");
        JsonObject looser = create(ola.formatted(olaNumber, line, always, "PT5H", slaNumber));
        JsonArray findings = looser.getJsonObject("consistency").getJsonArray("findings");
        assertEquals(1, findings.size(), looser.toString());
        JsonObject finding = findings.getJsonObject(0);
        assertEquals("LOOSER_THAN_SLA", finding.getString("kind"));
        assertEquals(slaNumber, finding.getString("reference"));
        assertEquals(3600, finding.getInt("excessSeconds"), "5 h round the clock ends at worst 1 h after 4 office hours");
        assertTrue(finding.getString("message").contains("can end 1 h later than " + slaNumber), finding.toString());

        long olaId = id(looser);
        action(olaId, "activate", null);
        JsonObject slaReport = json(expect(200, Api.get("api/agreements/" + sla + "/consistency", ADMIN)).body());
        assertFalse(slaReport.getBoolean("consistent"), "the SLA's report lists its underpinning OLA's finding");
        List<String> notUnderpinned = slaReport.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("kind").equals("NOT_UNDERPINNED"))
                .map(f -> f.getString("service") + "/" + f.getInt("priority") + "/" + f.getString("target")).toList();
        assertEquals(List.of("WS/2/RESOLUTION", "WS/3/RESOLUTION"), notUnderpinned,
                "the OLA underpins priority 1 of WS only; NET, which nobody underpins, is not listed");

        String olaPath = "api/agreements/" + olaId;
        LocalDate fixFrom = LocalDate.now(BERLIN).plusDays(7);
        expect(200, Api.call("PUT", olaPath + "/priorities?effectiveFrom=" + fixFrom, ADMIN, JSON,
                "{\"priorities\":[{\"number\":1,\"name\":\"P1\",\"resolution\":\"PT4H\"}]}", "If-Match",
                etag(Api.get(olaPath, ADMIN))));
        Fixtures.approveDrafts(olaId);
        JsonObject fixed = json(expect(200, Api.get(olaPath + "/consistency?on=" + fixFrom, ADMIN)).body());
        assertTrue(fixed.getBoolean("consistent"), fixed.toString());

        String draftSla = unique("SLA-");
        String draftCustomer = customer();
        long draft = id(create(slaJson(draftSla, draftCustomer, office, "PT4H")));
        String tightOla = unique("OLA-");
        long tight = id(create(ola.formatted(tightOla, line, office, "PT3H", draftSla)));
        action(tight, "activate", null);
        assertTrue(json(Api.get("api/agreements/" + tight, ADMIN).body()).getJsonObject("consistency")
                .getBoolean("consistent"));
        String draftPath = "api/agreements/" + draft;
        expect(200, Api.call("PUT", draftPath, ADMIN, JSON, slaJson(draftSla, draftCustomer, office, "PT2H"),
                "If-Match", etag(Api.get(draftPath, ADMIN))));
        JsonObject olaAfterSlaChange = json(Api.get("api/agreements/" + tight, ADMIN).body()).getJsonObject("consistency");
        assertFalse(olaAfterSlaChange.getBoolean("consistent"), "tightening the SLA rewrote the OLA's report");
        assertEquals("LOOSER_THAN_SLA", olaAfterSlaChange.getJsonArray("findings").getJsonObject(0).getString("kind"));

        List<String> withFindings = array(Api.get("api/agreements?findings=true", ADMIN).body())
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("number")).toList();
        assertTrue(withFindings.contains(tightOla) && withFindings.contains(olaNumber), withFindings.toString());
    }

    @Test
    void f3ASupportPathMustFitInsideTheSlaTargetAndEveryStepsReportSaysSo() {
        String office = calendar(null);
        String always = calendar("24/7");
        String slaNumber = unique("SLA-");
        long sla = id(create(slaJson(slaNumber, customer(), office, "PT3H")));
        action(sla, "activate", null);
        String step = """
                {"number":"%s","type":"%s","title":"%s","providerGroup":"%s","validFrom":"2026-01-01",
                 "terms":{"services":[{"code":"S","name":"Step","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"P1","response":"%s","resolution":"PT8H"}],
                  "underpins":[{"sla":"%s","slaService":"WS","slaPriority":1,"slaTarget":"RESOLUTION","service":"S",
                                "priority":1,"ownTarget":"RESPONSE","path":"on site","step":%d,"stepName":"%s"}]}}""";
        String desk = unique("OLA-");
        String engineer = unique("OLA-");
        action(id(create(step.formatted(desk, "OLA", "Desk", supportGroup("SUPPORT_LINE"), always, "PT15M", slaNumber, 1,
                "dispatcher registers"))), "activate", null);
        action(id(create(step.formatted(engineer, "OLA", "Engineer", supportGroup("FIELD_ENGINEERS"), office, "PT3H",
                slaNumber, 2, "engineer arrives"))), "activate", null);

        JsonObject report = json(expect(200, Api.get("api/agreements/" + sla + "/consistency", ADMIN)).body());
        JsonObject path = report.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("kind").equals("PATH_EXCEEDS_SLA")).findFirst()
                .orElseThrow(() -> new AssertionError(report.toString()));
        assertEquals(desk + ", " + engineer, path.getString("agreement"));
        assertTrue(path.getString("message").contains("dispatcher registers 15 min, then engineer arrives 3 h"),
                path.toString());

        for (String stepNumber : List.of(desk, engineer)) {
            JsonObject stored = json(Api.get("api/agreements/" + idOf(stepNumber), ADMIN).body()).getJsonObject("consistency");
            assertTrue(stored.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                    .anyMatch(f -> f.getString("kind").equals("PATH_EXCEEDS_SLA")),
                    "activating the second step rewrote the stored report of every step: " + stepNumber + " " + stored);
        }
    }

    @Test
    void f1AFutureVersionThatBreaksAnUnderpinningAgreementShowsInItsStoredReportNamingTheVersions() {
        String calendar = Fixtures.calendar();
        Fixtures.Agreement sla = Fixtures.activeSla(customer(), calendar);
        Fixtures.Agreement ola = Fixtures.activeOla(sla, calendar, "PT2H");
        String olaPath = "api/agreements/" + ola.id();
        JsonObject before = json(Api.get(olaPath, ADMIN).body()).getJsonObject("consistency");
        assertTrue(before.getBoolean("consistent"), before.toString());
        assertTrue(before.getJsonArray("checked").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> calendar.equals(v.getString("calendar", null)) && v.getInt("version") == 1), before.toString());

        LocalDate from = LocalDate.now(BERLIN).plusDays(30);
        Fixtures.schedulePriorities(sla, from, "PT1H");

        JsonObject report = json(Api.get(olaPath, ADMIN).body()).getJsonObject("consistency");
        assertFalse(report.getBoolean("consistent"), "the SLA's version of " + from + " breaks the OLA: " + report);
        assertEquals(0, report.getJsonArray("findings").size(), "nothing is wrong today");
        assertTrue(report.getJsonArray("checked").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> sla.number().equals(v.getString("agreement", null)) && v.getInt("version") == 1));
        JsonObject upcoming = report.getJsonArray("upcoming").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("on").equals(from.toString())).findFirst()
                .orElseThrow(() -> new AssertionError(report.toString()));
        assertFalse(upcoming.getBoolean("consistent"));
        assertEquals("LOOSER_THAN_SLA", upcoming.getJsonArray("findings").getJsonObject(0).getString("kind"));
        assertTrue(upcoming.getJsonArray("checked").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> sla.number().equals(v.getString("agreement", null)) && v.getInt("version") == 2),
                upcoming.toString());
        assertTrue(array(Api.get("api/agreements?findings=true", ADMIN).body()).getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("number").equals(ola.number()) && a.getInt("consistencyFindings") == 1));

        JsonArray history = array(expect(200, Api.get(olaPath + "/consistency/history", ADMIN)).body());
        assertTrue(history.size() >= 2, history.toString());
        assertTrue(history.getJsonObject(0).getString("trigger").startsWith(sla.number()), history.toString());
        assertTrue(history.getJsonObject(history.size() - 1).getBoolean("consistent"), "the first result is kept");
        assertEquals(403, Api.get(olaPath + "/consistency/history", Fixtures.user("customer", customer())).statusCode());
    }

    @Test
    void selectionRulesAreTriedInOrderWithADefault() {
        String calendar = calendar(null);
        String customer = customer();
        String standard = unique("SLA-");
        String premium = unique("SLA-");
        action(id(create(slaJson(standard, customer, calendar, "PT8H"))), "activate", null);
        action(id(create(slaJson(premium, customer, calendar, "PT1H"))), "activate", null);

        List<Long> created = new java.util.ArrayList<>();
        for (JsonValue existing : array(Api.get("api/selection-rules", ADMIN).body())) {
            JsonObject rule = existing.asJsonObject();
            if (rule.getBoolean("isDefault")) {
                String path = "api/selection-rules/" + rule.getJsonNumber("id").longValue();
                expect(204, Api.call("DELETE", path, ADMIN, null, null, "If-Match", etag(Api.get(path, ADMIN))));
            }
        }
        created.add(json(expect(201, Api.call("POST", "api/selection-rules", ADMIN, JSON,
                "{\"name\":\"everyone else\",\"agreement\":\"" + standard + "\"}")).body()).getJsonNumber("id").longValue());
        String vipRule = unique("VIP monitoring ");
        HttpResponse<String> vip = expect(201, Api.call("POST", "api/selection-rules", ADMIN, JSON, """
                {"name":"%s","position":1,"customer":"%s","channel":"MONITORING","tags":["VIP"],
                 "agreement":"%s","priority":1}""".formatted(vipRule, customer, premium)));
        assertFalse(json(vip.body()).getBoolean("isDefault"));

        HttpResponse<String> secondDefault = Api.call("POST", "api/selection-rules", ADMIN, JSON,
                "{\"name\":\"another default\",\"agreement\":\"" + premium + "\"}");
        assertEquals(List.of("customer"), fields(expect(400, secondDefault)));
        assertEquals(List.of("channel"), fields(expect(400, Api.call("POST", "api/selection-rules/evaluate", ADMIN, JSON,
                "{\"customer\":\"" + customer + "\",\"channel\":\"FAX\"}"))));

        JsonObject monitored = json(expect(200, Api.call("POST", "api/selection-rules/evaluate", Api.basic("admin",
                Api.ADMIN_PASSWORD), JSON, "{\"customer\":\"" + customer + "\",\"service\":\"NET\",\"channel\":\"MONITORING\","
                + "\"tags\":[\"vip\",\"night\"]}")).body());
        assertEquals(premium, monitored.getString("agreement"));
        assertEquals(1, monitored.getInt("priority"));
        assertEquals("set by the rule", monitored.getString("priorityReason"));

        JsonObject phoned = json(expect(200, Api.call("POST", "api/selection-rules/evaluate", ADMIN, JSON,
                "{\"customer\":\"" + customer + "\",\"service\":\"WS\",\"channel\":\"PHONE\",\"tags\":[\"vip\"]}")).body());
        assertEquals(standard, phoned.getString("agreement"));
        assertEquals(3, phoned.getInt("priority"), "the default priority of the standard SLA");
        String stranger = customer();
        JsonObject foreign = json(expect(200, Api.call("POST", "api/selection-rules/evaluate", ADMIN, JSON,
                "{\"customer\":\"" + stranger + "\",\"service\":\"WS\"}")).body());
        assertFalse(foreign.getBoolean("matched") && foreign.getString("agreement").equals(standard),
                "another customer's SLA is never chosen: " + foreign);
        assertTrue(foreign.getJsonArray("trace").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(t -> t.getString().contains("is " + customer + "'s agreement, not " + stranger + "'s")),
                foreign.toString());
        assertTrue(phoned.getJsonArray("trace").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(t -> t.getString().equals("rule '" + vipRule + "': no, channel PHONE is not MONITORING")),
                phoned.toString());
    }

    @Test
    void badAgreementsAreRefusedWithEveryWrongFieldNamed() {
        String calendar = calendar(null);
        HttpResponse<String> unreadable = Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"CONTRACT","title":"x","validFrom":"1st of May",
                 "terms":{"services":[{"code":"WS","name":"W","calendar":"%s","volume":{"quantity":2,"unit":"VISITS","period":"YEAR"}}],
                          "priorities":[{"number":1,"name":"P1","resolution":"4 hours"}],
                          "metrics":[{"kind":"SPEED","weight":1}]}}""".formatted(unique("SLA-"), calendar));
        assertEquals(List.of("type", "terms.services[0].volume.unit", "terms.priorities[0].resolution",
                "terms.metrics[0].kind", "validFrom"), fields(expect(400, unreadable)));

        HttpResponse<String> broken = Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"SLA","title":"x","validFrom":"2026-01-01",
                 "terms":{"currency":"EUR","services":[{"code":"WS","name":"W","calendar":"%s"}],
                          "priorities":[{"number":1,"name":"P1","resolution":"PT4H","maxOverdueShare":20}],
                          "metrics":[{"kind":"OVERDUE_SHARE","priority":1,"weight":0.7}],
                          "penaltyBands":[{"from":0.8,"to":1,"penaltyPercent":0},{"from":0,"to":0.7,"penaltyPercent":10}]}}"""
                .formatted(unique("SLA-"), calendar));
        List<String> brokenFields = fields(expect(400, broken));
        assertEquals(List.of("terms.metrics", "terms.penaltyBands[0].from"), brokenFields);
        assertTrue(json(broken.body()).getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("sum to 0.7"), broken.body());

        HttpResponse<String> unknownCalendar = Api.call("POST", "api/agreements", ADMIN, JSON,
                slaJson(unique("SLA-"), customer(), "No such calendar", "PT2H"));
        assertEquals(List.of("terms.services[0].calendar", "terms.services[1].calendar"), fields(expect(400, unknownCalendar)));

        HttpResponse<String> unknownCustomer = Api.call("POST", "api/agreements", ADMIN, JSON,
                slaJson(unique("SLA-"), "NOBODY-" + UUID.randomUUID().toString().substring(0, 4), calendar, "PT2H"));
        assertEquals(List.of("customer"), fields(expect(400, unknownCustomer)));

        String number = unique("SLA-");
        create(slaJson(number, customer(), calendar, "PT2H"));
        assertEquals(List.of("number"), fields(expect(400, Api.call("POST", "api/agreements", ADMIN, JSON,
                slaJson(number.toLowerCase(Locale.ROOT), customer(), calendar, "PT2H")))));
    }

    @Test
    void aWholeAgreementIsExportedAndImportedInOneCall() {
        String calendar = calendar(null);
        String customer = customer();
        String number = unique("SLA-");
        long id = id(create(slaJson(number, customer, calendar, "PT2H")));
        action(id, "activate", null);
        JsonObject document = json(expect(200, Api.get("api/agreements/" + id + "/document", ADMIN)).body());
        assertEquals("servicelevel.agreement/2", document.getString("format"));
        assertEquals(customer, document.getJsonObject("customerDetails").getString("code"));
        assertEquals(calendar, document.getJsonArray("calendars").getJsonObject(0).getString("name"));

        String newCustomer = unique("C");
        String newCalendar = unique("Imported calendar ");
        String newNumber = unique("SLA-");
        String moved = document.toString().replace(customer, newCustomer).replace(calendar, newCalendar)
                .replace(number, newNumber);
        HttpResponse<String> imported = expect(201, Api.call("POST", "api/agreements/import", Api.basic("admin",
                Api.ADMIN_PASSWORD), JSON, moved));
        JsonObject agreement = json(imported.body());
        assertEquals("ACTIVE", agreement.getString("status"));
        assertEquals(newCustomer, agreement.getString("customer"));
        assertEquals(newCalendar, agreement.getJsonObject("terms").getJsonArray("services").getJsonObject(0)
                .getString("calendar"));
        assertTrue(imported.headers().firstValue("Location").orElseThrow().endsWith("/agreements/" + id(agreement)));
        assertTrue(Api.get("api/customers", ADMIN).body().contains(newCustomer), "the customer was created");

        JsonObject again = json(expect(200, Api.get("api/agreements/" + id(agreement) + "/document", ADMIN)).body());
        assertEquals(document.getValue("/versions/0/terms/priorities"), again.getValue("/versions/0/terms/priorities"),
                "the terms survive the round trip");

        HttpResponse<String> badCalendar = Api.call("POST", "api/agreements/import", ADMIN, JSON, """
                {"format":"servicelevel.agreement/1","number":"%s","type":"SLA","title":"x","customer":"%s",
                 "validFrom":"2026-01-01","calendars":[{"name":"%s","timeZone":"Mars/Olympus","weeklyHours":[]}],
                 "terms":{"services":[{"code":"WS","name":"W","calendar":"%s"}],
                          "priorities":[{"number":1,"name":"P1","resolution":"PT4H"}]}}"""
                .formatted(unique("SLA-"), customer, unique("cal "), calendar));
        assertEquals(List.of("calendars[0].timeZone"), fields(expect(400, badCalendar)));
    }

    @Test
    void aCustomerUserSeesOnlyTheirOwnOrganisationsSlas() {
        String calendar = calendar(null);
        String own = customer();
        String ownNumber = unique("SLA-");
        long ownSla = id(create(slaJson(ownNumber, own, calendar, "PT2H")));
        long foreignSla = id(create(slaJson(unique("SLA-"), customer(), calendar, "PT2H")));
        long ola = id(create("""
                {"number":"%s","type":"OLA","title":"Internal","providerGroup":"%s","validFrom":"2026-01-01",
                 "terms":{"services":[{"code":"L2","name":"L2","calendar":"%s"}],
                          "priorities":[{"number":1,"name":"P1","resolution":"PT1H"}]}}"""
                .formatted(unique("OLA-"), supportGroup("SUPPORT_LINE"), calendar)));
        String username = "it-agr-" + UUID.randomUUID().toString().substring(0, 8);
        expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Customer user","password":"customer-pass-1","roles":["customer"],
                 "organisation":"%s"}""".formatted(username, own)));
        String asCustomer = Api.basic(username, "customer-pass-1");

        List<JsonObject> listed = array(expect(200, Api.get("api/agreements", asCustomer)).body())
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(ownNumber), listed.stream().map(a -> a.getString("number")).toList());
        assertFalse(listed.get(0).containsKey("consistencyFindings"), "no count of findings for customers");
        HttpResponse<String> ownView = expect(200, Api.get("api/agreements/" + ownSla, asCustomer));
        assertFalse(Api.object(ownView.body()).containsKey("consistency"), "F13: the consistency report names internal"
                + " agreements and is not shown to customers, not even as an empty, consistent one: " + ownView.body());
        assertEquals(403, Api.get("api/agreements/" + ownSla + "/consistency", asCustomer).statusCode());
        assertEquals(404, Api.get("api/agreements/" + foreignSla, asCustomer).statusCode());
        assertEquals(404, Api.get("api/agreements/" + ola, asCustomer).statusCode(), "OLAs are internal");
        assertEquals(403, Api.call("POST", "api/agreements/" + ownSla + "/activate", asCustomer, null, null,
                "If-Match", "\"1\"").statusCode());
        assertEquals(403, Api.call("POST", "api/selection-rules/evaluate", asCustomer, JSON, "{}").statusCode());
    }

    @Test
    void theOwnerIsRemindedOfAReviewDateOnceByEmail() throws Exception {
        String calendar = calendar(null);
        String owner = "it-owner-" + UUID.randomUUID().toString().substring(0, 8);
        String address = owner + "@example.com";
        expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Owner","email":"%s","password":"owner-pass-1","roles":["manager"]}"""
                .formatted(owner, address)));
        String number = unique("SLA-");
        LocalDate review = LocalDate.now(BERLIN).plusDays(10);
        long id = id(create(slaJson(number, customer(), calendar, "PT2H").replace("\"reviewDate\":\"2099-06-30\"",
                "\"reviewDate\":\"" + review + "\",\"owner\":\"" + owner + "\"")));
        action(id, "activate", null);

        JsonObject run = json(expect(200, Api.call("POST", "api/system/jobs/review-reminders", ADMIN, null, null)).body());
        assertTrue(run.getInt("count") >= 1, run.toString());
        List<MimeMessage> toOwner = List.of();
        for (int i = 0; i < 300 && toOwner.isEmpty(); i++) {
            toOwner = java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> hasRecipient(m, address)).toList();
            if (toOwner.isEmpty()) {
                Thread.sleep(100);
            }
        }
        assertEquals(1, toOwner.size(), "the reminder reaches the mail server (other tests' mail may come first)");
        assertEquals("Agreement " + number + " is due for review on " + review, toOwner.get(0).getSubject());
        assertTrue(toOwner.get(0).getContent().toString().contains(owner + ", the manager responsible"),
                toOwner.get(0).getContent().toString());

        JsonObject again = json(expect(200, Api.call("POST", "api/system/jobs/review-reminders", ADMIN, null, null)).body());
        assertEquals(0, again.getInt("count"), "a reminder is sent once per agreement and review date");
        JsonObject sent = array(expect(200, Api.get("api/notifications?limit=500", ADMIN)).body())
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("reference").equals(number))
                .findFirst().orElseThrow();
        assertEquals("review-reminder-upcoming", sent.getString("kind"));
        assertEquals(address, sent.getString("recipient"));
        assertTrue(sent.containsKey("sentAt"), sent.toString());
        assertEquals(403, Api.get("api/notifications", Api.basic(owner, "owner-pass-1")).statusCode());
        assertTrue(array(Api.get("api/agreements/" + id + "/audit", ADMIN).body()).getValuesAs(JsonObject.class)
                .stream().anyMatch(a -> a.getString("action").equals("review reminder")));
    }

    @Test
    void usageIsCountedAgainstTheVolumeWithOneNotificationAt80AndOneAt100Percent() throws Exception {
        String calendar = calendar(null);
        String owner = "it-owner-" + UUID.randomUUID().toString().substring(0, 8);
        String ownerAddress = owner + "@example.com";
        expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Owner","email":"%s","password":"owner-pass-1","roles":["manager"]}"""
                .formatted(owner, ownerAddress)));
        String customer = unique("C");
        String coordinatorAddress = "coordinator-" + customer.toLowerCase(Locale.ROOT) + "@example.com";
        expect(201, Api.call("POST", "api/customers", ADMIN, JSON, """
                {"code":"%s","name":"%s Ltd","coordinatorName":"Coordinator","coordinatorEmail":"%s"}"""
                .formatted(customer, customer, coordinatorAddress)));
        String number = unique("SLA-");
        long id = id(create(slaJson(number, customer, calendar, "PT2H")
                .replace("\"reviewDate\":\"2099-06-30\"", "\"reviewDate\":\"2099-06-30\",\"owner\":\"" + owner + "\"")
                .replace("{\"code\":\"WS\",\"name\":\"Workplace\",\"calendar\":\"" + calendar + "\"}",
                        "{\"code\":\"WS\",\"name\":\"Workplace\",\"calendar\":\"" + calendar + "\","
                                + "\"volume\":{\"quantity\":5,\"unit\":\"TICKETS\",\"period\":\"MONTH\"}}")
                .replace("{\"code\":\"NET\",\"name\":\"Network\",\"calendar\":\"" + calendar + "\"}",
                        "{\"code\":\"NET\",\"name\":\"Network\",\"calendar\":\"" + calendar + "\","
                                + "\"volume\":{\"quantity\":10,\"unit\":\"HOURS\",\"period\":\"MONTH\"}}")));
        action(id, "activate", null);
        String usagePath = "api/agreements/" + id + "/usage";
        String month = java.time.YearMonth.now(BERLIN).toString();

        List<String> tickets = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            tickets.add(registerTicket(customer, number, "WS"));
        }
        assertEquals(List.of("volume-80"), volumeNotifications(number, ownerAddress), "the 4th of 5 tickets is 80 %");
        assertEquals(List.of("volume-80"), volumeNotifications(number, coordinatorAddress), "the coordinator too");
        waitForMail(ownerAddress, 1);
        MimeMessage first = mailTo(ownerAddress).get(0);
        assertEquals("Agreement " + number + ": service WS has used 80 % of its tickets for " + month, first.getSubject());
        assertTrue(first.getContent().toString().contains("used 4 of the 5 tickets"), first.getContent().toString());

        tickets.add(registerTicket(customer, number, "WS"));
        assertEquals(List.of("volume-80", "volume-100"), volumeNotifications(number, ownerAddress));
        waitForMail(ownerAddress, 2);
        assertTrue(mailTo(ownerAddress).stream().anyMatch(m -> subject(m).equals("Agreement " + number
                + ": service WS has used all its tickets for " + month)));

        tickets.add(registerTicket(customer, number, "WS"));
        assertEquals(List.of("volume-80", "volume-100"), volumeNotifications(number, ownerAddress),
                "the 6th ticket sends no more e-mail");
        registerTicket(customer, number, "NET");

        JsonObject usage = json(expect(200, Api.get(usagePath + "?month=" + month, ADMIN)).body());
        assertEquals(month, usage.getString("month"));
        JsonObject ws = serviceUsage(usage, "WS");
        assertEquals("TICKETS", ws.getString("unit"));
        assertEquals(0, new java.math.BigDecimal("5").compareTo(ws.getJsonNumber("volume").bigDecimalValue()));
        assertEquals(0, new java.math.BigDecimal("6").compareTo(ws.getJsonNumber("used").bigDecimalValue()));
        assertEquals("120", ws.getJsonNumber("share").bigDecimalValue().toPlainString(), ws.toString());
        assertEquals(List.of(tickets.get(5)), ws.getJsonArray("extraTickets").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "only the 6th ticket is a billable extra");
        JsonObject net = serviceUsage(usage, "NET");
        assertEquals("HOURS", net.getString("unit"), "a NET ticket does not count against an hours volume");
        assertEquals(0, java.math.BigDecimal.ZERO.compareTo(net.getJsonNumber("used").bigDecimalValue()));

        String today = LocalDate.now(BERLIN).toString();
        JsonObject hours = json(expect(201, Api.call("POST", usagePath, ADMIN, JSON, """
                {"service":"NET","unit":"HOURS","quantity":8.5,"date":"%s","ticket":"%s","note":"Switch replaced"}"""
                .formatted(today, tickets.get(0)))).body());
        assertFalse(hours.getBoolean("billableExtra"));
        JsonObject more = json(expect(201, Api.call("POST", usagePath, ADMIN, JSON, """
                {"service":"NET","unit":"HOURS","quantity":2.5,"date":"%s"}""".formatted(today))).body());
        assertEquals(0, java.math.BigDecimal.ONE.compareTo(more.getJsonNumber("extra").bigDecimalValue()),
                "of 2.5 hours, the one beyond the 10 included is extra: " + more);
        net = serviceUsage(json(expect(200, Api.get(usagePath + "?month=" + month, ADMIN)).body()), "NET");
        assertEquals(0, new java.math.BigDecimal("11").compareTo(net.getJsonNumber("used").bigDecimalValue()));
        assertEquals("110", net.getJsonNumber("share").bigDecimalValue().toPlainString());
        assertEquals(0, java.math.BigDecimal.ONE.compareTo(net.getJsonNumber("extra").bigDecimalValue()));
        assertEquals(2, array(Api.get("api/notifications?limit=500", ADMIN).body()).getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("reference").equals(number + "/NET/HOURS/" + month)
                        && n.getString("recipient").equals(ownerAddress)).count(), "8.5 hours is 80 %, 11 is 100 %");

        assertEquals(List.of("unit"), fields(Api.call("POST", usagePath, ADMIN, JSON, """
                {"service":"WS","unit":"TICKETS","quantity":1,"date":"%s"}""".formatted(today))));
        assertEquals(List.of("service"), fields(Api.call("POST", usagePath, ADMIN, JSON, """
                {"service":"NOPE","unit":"HOURS","quantity":1,"date":"%s"}""".formatted(today))));
        assertEquals(List.of("quantity"), fields(Api.call("POST", usagePath, ADMIN, JSON, """
                {"service":"NET","unit":"HOURS","quantity":-1,"date":"%s"}""".formatted(today))));
        assertEquals(List.of("month"), fields(Api.get(usagePath + "?month=2026-13", ADMIN)));

        List<JsonObject> records = array(expect(200, Api.get(usagePath + "/records?month=" + month, ADMIN)).body())
                .getValuesAs(JsonObject.class);
        assertEquals(8, records.size(), "6 tickets and 2 entries of hours: " + records);
        assertTrue(records.stream().anyMatch(r -> r.getString("source").equals("ENTRY")
                && r.getString("note", "").equals("Switch replaced") && r.getString("recordedBy").equals("admin")));
        assertTrue(array(Api.get("api/agreements/" + id + "/audit", ADMIN).body()).getValuesAs(JsonObject.class)
                .stream().anyMatch(a -> a.getString("action").equals("usage recorded")));

        String username = unique("it-usage-").toLowerCase(Locale.ROOT);
        expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Customer","password":"customer-pass-1","roles":["customer"],
                 "organisation":"%s"}""".formatted(username, customer)));
        String asCustomer = Api.basic(username, "customer-pass-1");
        assertEquals(200, Api.get(usagePath + "?month=" + month, asCustomer).statusCode());
        assertEquals(403, Api.call("POST", usagePath, asCustomer, JSON, "{}").statusCode());
    }

    @Test
    void ticketsRegisteredAtOnceAreCountedOneAfterTheOther() throws Exception {
        String calendar = calendar(null);
        String customer = customer();
        String number = unique("SLA-");
        long id = id(create(slaJson(number, customer, calendar, "PT2H")
                .replace("{\"code\":\"WS\",\"name\":\"Workplace\",\"calendar\":\"" + calendar + "\"}",
                        "{\"code\":\"WS\",\"name\":\"Workplace\",\"calendar\":\"" + calendar + "\","
                                + "\"volume\":{\"quantity\":3,\"unit\":\"TICKETS\",\"period\":\"MONTH\"}}")));
        action(id, "activate", null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> registered = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                registered.add(pool.submit(() -> registerTicket(customer, number, "WS")));
            }
            for (java.util.concurrent.Future<String> f : registered) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject ws = serviceUsage(json(expect(200, Api.get("api/agreements/" + id + "/usage", ADMIN)).body()), "WS");
        assertEquals(0, new java.math.BigDecimal("6").compareTo(ws.getJsonNumber("used").bigDecimalValue()), ws.toString());
        assertEquals(3, ws.getJsonArray("extraTickets").size(), "exactly the three beyond the volume: " + ws);
        List<String> kinds = array(Api.get("api/notifications?limit=500", ADMIN).body()).getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("reference").startsWith(number + "/")).map(n -> n.getString("kind"))
                .sorted().toList();
        assertTrue(kinds.equals(List.of()) || kinds.equals(List.of("volume-100", "volume-80")),
                "at most one notification per threshold (none without a recipient): " + kinds);
    }

    /** Registers a ticket of {@code customer} under the SLA numbered {@code sla}; its number. */
    private static String registerTicket(String customer, String sla, String service) {
        return json(expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, """
                {"customer":"%s","agreement":"%s","service":"%s","title":"Printer jammed","requestType":"incident"}"""
                .formatted(customer, sla, service))).body()).getString("number");
    }

    private static JsonObject serviceUsage(JsonObject usage, String service) {
        return usage.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("service").equals(service)).findFirst()
                .orElseThrow(() -> new AssertionError("no usage of " + service + ": " + usage));
    }

    /** The kinds of the volume notifications about the agreement's ticket volume of WS sent to {@code recipient}. */
    private static List<String> volumeNotifications(String agreement, String recipient) {
        return array(expect(200, Api.get("api/notifications?limit=500", ADMIN)).body()).getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("reference").startsWith(agreement + "/WS/TICKETS/")
                        && n.getString("recipient").equals(recipient))
                .sorted(java.util.Comparator.comparing(n -> n.getJsonNumber("id").longValue()))
                .map(n -> n.getString("kind")).toList();
    }

    private static List<MimeMessage> mailTo(String address) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> hasRecipient(m, address)).toList();
    }

    private static void waitForMail(String address, int count) throws InterruptedException {
        for (int i = 0; i < 300 && mailTo(address).size() < count; i++) {
            Thread.sleep(100);
        }
        assertEquals(count, mailTo(address).size(), "e-mails to " + address);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasRecipient(MimeMessage message, String address) {
        try {
            return java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- versions and hierarchy that hold up -----------------------------------------------------

    private static String activeSla(String customer, String calendar, String extraHeader) {
        String number = unique("SLA-");
        String body = slaJson(number, customer, calendar, "PT2H");
        if (customer == null) {
            body = body.replace("\"customer\":\"null\",", "");
        }
        if (extraHeader != null) {
            body = body.replace("\"validFrom\":\"2026-01-01\",", "\"validFrom\":\"2026-01-01\"," + extraHeader);
        }
        action(id(create(body)), "activate", null);
        return number;
    }

    private static long idOf(String number) {
        return array(Api.get("api/agreements", ADMIN).body()).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("number").equals(number)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
    }

    /** An active SLA of {@code customer} below {@code parent} with the given own terms; its number and id. */
    private static Map.Entry<String, Long> activeChild(String customer, String parent, String terms) {
        String number = unique("SLA-");
        long id = id(create("""
                {"number":"%s","type":"SLA","title":"Below %s","customer":"%s","parent":"%s",
                 "validFrom":"2026-01-01","terms":%s}""".formatted(number, parent, customer, parent, terms)));
        assertEquals("ACTIVE", action(id, "activate", null).getString("status"));
        return Map.entry(number, id);
    }

    private static HttpResponse<String> put(String path, String body) {
        String agreement = path.replaceAll("^(api/agreements/\\d+).*", "$1");
        return Api.call("PUT", path, ADMIN, JSON, body, "If-Match", etag(Api.get(agreement, ADMIN)));
    }

    private static final String BANDS = """
            {"penaltyBands":[{"from":0.8,"to":1,"penaltyPercent":0},{"from":0,"to":0.8,"penaltyPercent":10}],
             "graceMonths":%d}""";

    private static final String PRIORITIES = """
            {"priorities":[{"number":1,"name":"Critical","response":"PT15M","resolution":"%s","maxOverdueShare":20,
                            "requestKinds":["outage"]},
                           {"number":2,"name":"High","resolution":"PT4H","maxOverdueShare":20},
                           {"number":3,"name":"Normal","resolution":"PT16H","maxOverdueShare":20}],
             "defaultPriority":3}""";

    @Test
    void anAmendmentTakesEffectOnlyOnceASecondManagerApprovesItAndTheDiffSaysWhatChanged() {
        long id = idOf(activeSla(customer(), calendar(null), null));
        String path = "api/agreements/" + id;
        LocalDate from = LocalDate.now(BERLIN).plusDays(10);
        JsonObject proposed = json(expect(200, put(path + "/priorities?effectiveFrom=" + from + "&note=faster%20critical",
                PRIORITIES.formatted("PT1H"))).body());
        JsonObject draft = proposed.getJsonArray("versions").getJsonObject(1);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("admin", draft.getString("createdBy"));
        assertEquals(1, json(Api.get(path + "/versions/in-force?on=" + from, ADMIN).body()).getInt("shownVersion"),
                "a draft amendment governs nothing");

        HttpResponse<String> ownApproval = Api.call("POST", path + "/versions/2/approve", ADMIN, null, null, "If-Match",
                etag(Api.get(path, ADMIN)));
        assertEquals(403, ownApproval.statusCode(), ownApproval.body());
        assertTrue(ownApproval.body().contains("a manager other than its author"), ownApproval.body());

        JsonObject diff = json(expect(200, Api.get(path + "/versions/1/diff/2", ADMIN)).body());
        JsonObject change = diff.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("path").equals("priorities[1].resolution")).findFirst()
                .orElseThrow(() -> new AssertionError(diff.toString()));
        assertEquals("PT2H", change.getString("before"));
        assertEquals("PT1H", change.getString("after"));

        String manager = Fixtures.user("manager", null);
        JsonObject approved = json(expect(200, Api.call("POST", path + "/versions/2/approve", manager, null, null,
                "If-Match", etag(Api.get(path, ADMIN)))).body());
        JsonObject v2 = approved.getJsonArray("versions").getJsonObject(1);
        assertEquals("APPROVED", v2.getString("status"));
        assertTrue(v2.getString("approvedBy").startsWith("it-manager-"), v2.toString());
        assertEquals(2, json(Api.get(path + "/versions/in-force?on=" + from, ADMIN).body()).getInt("shownVersion"));
        assertEquals(409, Api.call("POST", path + "/versions/2/approve", manager, null, null, "If-Match",
                etag(Api.get(path, ADMIN))).statusCode(), "approved already");

        List<String> audit = array(Api.get(path + "/audit", ADMIN).body()).getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("action") + ": " + a.getString("details", "")).toList();
        assertTrue(audit.stream().anyMatch(a -> a.contains("amendment awaiting approval")
                && a.contains("priorities[1].resolution: PT2H -> PT1H")), audit.toString());
        assertTrue(audit.stream().anyMatch(a -> a.startsWith("amendment approved: version 2")), audit.toString());
    }

    @Test
    void whereBothPartiesApproveAnAmendmentWaitsForTheCustomer() {
        String customer = customer();
        String calendar = calendar(null);
        String number = activeSla(customer, calendar, "\"amendmentApproval\":\"BOTH_PARTIES\",");
        long id = idOf(number);
        String path = "api/agreements/" + id;
        assertEquals("BOTH_PARTIES", json(Api.get(path, ADMIN).body()).getString("amendmentApproval"));
        String providerAlone = slaJson(number, customer, calendar, "PT2H").replaceAll("(?s),\\s*\"terms\":.*", "}")
                .replace("\"validFrom\":\"2026-01-01\",", "\"validFrom\":\"2026-01-01\",\"amendmentApproval\":\"PROVIDER\",");
        assertEquals(List.of("amendmentApproval"), fields(expect(400, put(path, providerAlone))),
                "the customer's say in amendments is not taken away once in force");
        LocalDate from = LocalDate.now(BERLIN).plusDays(10);
        expect(200, put(path + "/priorities?effectiveFrom=" + from, PRIORITIES.formatted("PT1H")));

        JsonObject provider = Fixtures.approveDrafts(id);
        assertEquals("DRAFT", provider.getJsonArray("versions").getJsonObject(1).getString("status"),
                "the provider's approval alone is not enough");
        assertEquals(404, Api.call("POST", path + "/versions/2/approve", Fixtures.user("customer", customer()), null,
                null, "If-Match", etag(Api.get(path, ADMIN))).statusCode(), "another customer's SLA does not exist");
        JsonObject both = json(expect(200, Api.call("POST", path + "/versions/2/approve",
                Fixtures.user("customer", customer), null, null, "If-Match", etag(Api.get(path, ADMIN)))).body());
        JsonObject v2 = both.getJsonArray("versions").getJsonObject(1);
        assertEquals("APPROVED", v2.getString("status"));
        assertTrue(v2.getString("customerApprovedBy").startsWith("it-customer-"), v2.toString());
    }

    @Test
    void f4AFindingNamesItsExampleInstantToTheSecond() {
        String office = calendar(null);
        String shorter = unique("IT calendar ");
        String weekdays = String.join(",", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(d -> "{\"day\":\"" + d + "\",\"from\":\"09:00\",\"to\":\"17:55\"}").toList());
        expect(201, Api.call("POST", "api/calendars", ADMIN, JSON, """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2020-01-01","weeklyHours":[%s]}"""
                .formatted(shorter, weekdays)));
        Fixtures.Agreement sla = Fixtures.activeSla(customer(), office);
        Fixtures.Agreement ola = Fixtures.activeOla(sla, shorter, "PT2H");

        JsonObject finding = json(Api.get("api/agreements/" + ola.id(), ADMIN).body()).getJsonObject("consistency")
                .getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("kind").equals("LOOSER_THAN_SLA")).findFirst()
                .orElseThrow(() -> new AssertionError("2 h until 17:55 can end after 2 h until 18:00"));
        java.time.ZonedDateTime example = Instant.parse(finding.getString("example")).atZone(BERLIN);
        assertEquals(1, example.getSecond(), "the worst case starts the second after 15:55: " + finding);
        assertTrue(finding.getString("message").contains(example.format(
                java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"))), finding.toString());
    }

    @Test
    void f5CompletingAReviewWithoutADateKeepsTheReviewCycle() {
        long id = idOf(activeSla(customer(), calendar(null), null));
        action(id, "start-review", null);
        JsonObject reviewed = action(id, "complete-review", "{}");
        assertEquals("ACTIVE", reviewed.getString("status"));
        assertEquals("2100-06-30", reviewed.getString("reviewDate"), "a year after the review date 2099-06-30");
        assertTrue(array(Api.get("api/agreements/" + id + "/audit", ADMIN).body()).getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("details", "").contains("next review on 2100-06-30")));
    }

    @Test
    void f6AChangeDatedBeforeAPlannedVersionIsCarriedIntoItOrRefusedNamingIt() {
        long id = idOf(activeSla(customer(), calendar(null), null));
        String path = "api/agreements/" + id;
        expect(200, put(path + "/penalty-bands?effectiveFrom=2098-06-01", BANDS.formatted(3)));
        expect(200, put(path + "/priorities?effectiveFrom=2098-03-01", PRIORITIES.formatted("PT3H")));
        Fixtures.approveDrafts(id);

        JsonObject june = json(expect(200, Api.get(path + "/versions/in-force?on=2098-06-01", ADMIN)).body());
        assertEquals("PT3H", priority(june.getJsonObject("terms"), 1).getString("resolution"),
                "the March change holds from June on too");
        assertEquals(3, june.getJsonObject("terms").getInt("graceMonths"), "June keeps its own change");

        HttpResponse<String> overridden = put(path + "/penalty-bands?effectiveFrom=2098-02-01", BANDS.formatted(4));
        assertEquals(List.of("effectiveFrom"), fields(expect(400, overridden)));
        assertTrue(overridden.body().contains("takes effect on 2098-06-01"), overridden.body());
    }

    @Test
    void f7TheEndOfValidityCannotCutAPlannedVersionAndTheAuditSaysWhatChanged() {
        String customer = customer();
        String calendar = calendar(null);
        String number = activeSla(customer, calendar, null);
        long id = idOf(number);
        String path = "api/agreements/" + id;
        expect(200, put(path + "/penalty-bands?effectiveFrom=2098-06-01", BANDS.formatted(3)));
        String header = slaJson(number, customer, calendar, "PT2H").replaceAll("(?s),\\s*\"terms\":.*", "}")
                .replace("\"validFrom\":\"2026-01-01\",", "\"validFrom\":\"2026-01-01\",\"validTo\":\"2098-03-31\",");
        HttpResponse<String> cut = put(path, header);
        assertEquals(List.of("validTo"), fields(expect(400, cut)));
        assertTrue(cut.body().contains("Version 2"), cut.body());

        HttpResponse<String> withdrawn = Api.call("DELETE", path + "/versions/2", ADMIN, null, null, "If-Match",
                etag(Api.get(path, ADMIN)));
        assertEquals(1, json(expect(200, withdrawn).body()).getJsonArray("versions").size());
        expect(200, put(path, header));
        assertTrue(array(Api.get(path + "/audit", ADMIN).body()).getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("details", "").contains("validTo: none -> 2098-03-31")));
        assertEquals(409, Api.call("DELETE", path + "/versions/1", ADMIN, null, null, "If-Match",
                etag(Api.get(path, ADMIN))).statusCode(), "the first version stays");
    }

    @Test
    void f8AFrameworkAgreementWithoutCustomerIsActivatedAndSoAreItsChildren() {
        String calendar = calendar(null);
        String framework = activeSla(null, calendar, null);
        String customer = customer();
        activeChild(customer, framework, "{}");
        assertEquals("ACTIVE", json(Api.get("api/agreements/" + idOf(framework), ADMIN).body()).getString("status"));
    }

    @Test
    void f9AGrandchildThatInheritsItsServicesIsActivated() {
        String calendar = calendar(null);
        String customer = customer();
        String framework = activeSla(null, calendar, null);
        String child = activeChild(customer, framework, "{}").getKey();
        long grandchildId = activeChild(customer, child, """
                {"priorities":[{"number":1,"name":"Critical","response":"PT10M","resolution":"PT1H",
                 "maxOverdueShare":10}]}""").getValue();
        JsonObject active = json(Api.get("api/agreements/" + grandchildId, ADMIN).body());
        JsonObject effective = active.getJsonObject("effectiveTerms");
        assertEquals(List.of("WS", "NET"), effective.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .map(x -> x.getString("code")).toList(), "inherited over two levels");
    }

    @Test
    void f11AnAgreementBelowAnotherStaysWithinItsValidity() {
        String calendar = calendar(null);
        String customer = customer();
        String framework = activeSla(null, calendar, "\"validTo\":\"2098-12-31\",");
        HttpResponse<String> beyond = Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"SLA","title":"Beyond","customer":"%s","parent":"%s",
                 "validFrom":"2026-01-01","validTo":"2099-06-30","terms":{}}""".formatted(unique("SLA-"), customer,
                framework));
        assertEquals(List.of("validTo"), fields(expect(400, beyond)));
        String child = unique("SLA-");
        expect(201, Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"SLA","title":"Within","customer":"%s","parent":"%s",
                 "validFrom":"2026-01-01","validTo":"2098-12-31","terms":{}}""".formatted(child, customer, framework)));
        long frameworkId = idOf(framework);
        String header = """
                {"title":"Workplace support","validFrom":"2026-01-01","validTo":"2098-06-30","reviewDate":"2099-06-30"}""";
        HttpResponse<String> shortened = put("api/agreements/" + frameworkId, header);
        assertEquals(List.of("validTo"), fields(expect(400, shortened)));
        assertTrue(shortened.body().contains(child), shortened.body());
        HttpResponse<String> terminated = Api.call("POST", "api/agreements/" + frameworkId + "/terminate", ADMIN, JSON,
                "{\"lastDay\":\"2098-06-30\",\"reason\":\"Framework renegotiated\"}", "If-Match",
                etag(Api.get("api/agreements/" + frameworkId, ADMIN)));
        assertEquals(List.of("lastDay"), fields(expect(400, terminated)), "not before the agreement below it ends");
    }

    @Test
    void f10AChildsViewOfADayAndTheTicketsOfThatDayUseTheSameParentVersionWhichTheTicketNames() {
        String calendar = calendar(null);
        String customer = customer();
        String framework = activeSla(null, calendar, null);
        Map.Entry<String, Long> created = activeChild(customer, framework, "{}");
        String child = created.getKey();
        long childId = created.getValue();
        LocalDate change = LocalDate.now(BERLIN).plusDays(30);
        expect(200, put("api/agreements/" + idOf(framework) + "/priorities?effectiveFrom=" + change,
                PRIORITIES.formatted("PT1H")));
        Fixtures.approveDrafts(idOf(framework));

        JsonObject before = json(expect(200, Api.get("api/agreements/" + childId + "/versions/in-force?on="
                + change.minusDays(1), ADMIN)).body());
        JsonObject after = json(expect(200, Api.get("api/agreements/" + childId + "/versions/in-force?on=" + change,
                ADMIN)).body());
        assertEquals("PT2H", priority(before.getJsonObject("effectiveTerms"), 1).getString("resolution"));
        assertEquals("PT1H", priority(after.getJsonObject("effectiveTerms"), 1).getString("resolution"),
                "the child's view of that day inherits the parent's version of that day");
        expect(201, Api.call("POST", "api/selection-rules", ADMIN, JSON, "{\"name\":\"" + unique("rule ")
                + "\",\"customer\":\"" + customer + "\",\"agreement\":\"" + child + "\"}"));
        String ticket = "{\"customer\":\"" + customer + "\",\"service\":\"WS\",\"requestType\":\"outage\","
                + "\"registeredAt\":\"%sT10:00:00+01:00\"}";
        JsonObject evaluated = json(expect(200, Api.call("POST", "api/selection-rules/evaluate", ADMIN, JSON,
                ticket.formatted(change))).body());
        assertEquals("PT1H", evaluated.getString("resolutionTarget"), "a ticket of that day gets the same target");

        JsonObject registered = json(expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, """
                {"customer":"%s","agreement":"%s","service":"WS","title":"Printer jammed","requestType":"outage"}"""
                .formatted(customer, child))).body());
        assertEquals(List.of(framework + " v1"), registered.getJsonArray("inheritedVersions").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "the ticket names the parent version it inherited");
    }

    @Test
    void f12DocumentRoundTripKeepsEveryVersion() {
        String calendar = calendar(null);
        JsonObject created = array(Api.get("api/calendars", ADMIN).body()).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(calendar)).findFirst().orElseThrow();
        String calendarPath = "api/calendars/" + created.getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(BERLIN);
        expect(200, Api.call("PUT", calendarPath, ADMIN, JSON, """
                {"name":"%s","effectiveFrom":"%s","weeklyHours":[{"day":"MONDAY","from":"08:00","to":"16:00"},
                 {"day":"FRIDAY","from":"08:00","to":"12:00"}],"holidays":[{"date":"%s","name":"Company day"}],
                 "overrides":[{"date":"%s","name":"Inventory","hours":[{"from":"10:00","to":"14:00"}]}]}"""
                .formatted(calendar, today.plusDays(20), today.plusDays(40), today.plusDays(41)), "If-Match",
                etag(Api.get(calendarPath, ADMIN))));
        String customer = customer();
        String number = unique("SLA-");
        long id = id(create(slaJson(number, customer, calendar, "PT2H").replace("\"defaultPriority\":3,",
                "\"defaultPriority\":3," + escalations(supportGroup("SUPPORT_LINE")) + ",")));
        action(id, "activate", null);
        String path = "api/agreements/" + id;
        expect(200, put(path + "/priorities?effectiveFrom=" + today.plusDays(10) + "&note=Faster+fixes",
                PRIORITIES.formatted("PT3H")));
        expect(200, put(path + "/penalty-bands?effectiveFrom=" + today.plusDays(60), BANDS.formatted(4)));
        expect(200, put(path + "/penalty-bands?effectiveFrom=" + today.plusDays(90), BANDS.formatted(5)));
        expect(200, Api.call("DELETE", path + "/versions/4", ADMIN, null, null, "If-Match", etag(Api.get(path, ADMIN))));
        String manager = Fixtures.user("manager", null);
        expect(200, Api.call("POST", path + "/versions/2/approve", manager, null, null, "If-Match",
                etag(Api.get(path, ADMIN))));

        JsonObject document = json(expect(200, Api.get(path + "/document", ADMIN)).body());
        assertEquals("APPROVED", text(document, "/versions/1/status"));
        assertTrue(text(document, "/versions/1/approvedBy").startsWith("it-manager-"), document.toString());
        assertEquals("DRAFT", text(document, "/versions/2/status"), "a draft amendment travels as a draft");
        assertEquals("PROVIDER", document.getString("amendmentApproval"));
        assertEquals("servicelevel.agreement/2", document.getString("format"));
        assertEquals("ACTIVE", document.getString("status"));
        assertEquals(4, document.getInt("lastVersionNumber"), "version 4 was withdrawn; its number stays used");
        assertEquals(List.of(1, 2, 3), document.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getInt("number")).toList());
        assertEquals(document.getString("validFrom"), text(document, "/versions/0/effectiveFrom"));
        assertEquals("PT3H", text(document, "/versions/1/terms/priorities/0/resolution"));
        assertEquals("Faster fixes", text(document, "/versions/1/changeNote"));
        assertEquals("80%", text(document, "/versions/0/terms/escalations/0/steps/0/at"));
        assertEquals("PT2H", text(document, "/versions/2/terms/escalations/0/steps/1/repeatEvery"),
                "every version carries its policy");
        assertEquals(2, document.getJsonArray("calendars").getJsonObject(0).getJsonArray("versions").size(),
                "the calendar carries both its versions");
        assertFalse(document.toString().contains("\"id\"") || document.toString().contains("calendarId"),
                "no installation's ids: " + document);

        String copy = unique("SLA-");
        JsonObject moved = Json.createObjectBuilder(document).add("number", copy).build();
        JsonObject imported = json(expect(201, Api.call("POST", "api/agreements/import", ADMIN, JSON,
                moved.toString())).body());
        assertEquals("ACTIVE", imported.getString("status"));
        assertEquals("DRAFT", imported.getJsonArray("versions").getJsonObject(2).getString("status"),
                "imported, the draft still awaits approval");
        JsonObject again = json(expect(200, Api.get("api/agreements/" + id(imported) + "/document", ADMIN)).body());
        assertEquals(copy, again.getString("number"));
        assertEquals(Json.createObjectBuilder(document).remove("number").build(),
                Json.createObjectBuilder(again).remove("number").build(), "the documents differ only in the number");

        JsonObject oneVersion = json(expect(200, Api.get(path + "/document?version=2", ADMIN)).body());
        assertEquals("servicelevel.agreement/1", oneVersion.getString("format"));
        JsonObject fromOne = json(expect(201, Api.call("POST", "api/agreements/import", ADMIN, JSON,
                Json.createObjectBuilder(oneVersion).add("number", unique("SLA-")).build().toString())).body());
        assertEquals("ACTIVE", fromOne.getString("status"));
        assertEquals(1, fromOne.getJsonArray("versions").size(), "a document of format 1 holds one version");

        JsonObject wrongTarget = Json.createPointer("/versions/1/terms/priorities/0/resolution")
                .replace(moved, Json.createValue("soon"));
        assertEquals(List.of("versions[1].terms.priorities[0].resolution"), fields(expect(400, Api.call("POST",
                "api/agreements/import", ADMIN, JSON, Json.createObjectBuilder(wrongTarget).add("number",
                        unique("SLA-")).build().toString()))));

        JsonObject otherHours = Json.createPointer("/calendars/0/versions/1/weeklyHours/0/to")
                .replace(moved, Json.createValue("17:00"));
        HttpResponse<String> conflict = expect(409, Api.call("POST", "api/agreements/import", ADMIN, JSON,
                Json.createObjectBuilder(otherHours).add("number", unique("SLA-")).build().toString()));
        assertTrue(conflict.body().contains(calendar) && conflict.body().contains("calendars[0]"), conflict.body());
    }

    // ---- escalation policies ---------------------------------------------------------------------

    /**
     * An escalation policy: the assignee warned at 80 % of the resolution target, owner and coordinator
     * told at the breach and every two hours after, and a critical ticket not taken in time moved to
     * {@code group} 15 real minutes after its response target.
     */
    private static String escalations(String group) {
        return """
                "escalations":[{"metric":"resolution","steps":[
                  {"name":"warning","at":"80%%","actions":[{"type":"NOTIFY","recipients":["assignee","lead@example.com"]}]},
                  {"name":"breach","at":"100%%","repeatEvery":"PT2H",
                   "actions":[{"type":"NOTIFY","recipients":["AGREEMENT_OWNER","CUSTOMER_COORDINATOR"]},
                              {"type":"TAG","tag":"escalated"}]}]},
                 {"metric":"response","priority":1,"steps":[
                  {"name":"not taken","at":"100%%","actions":[{"type":"NOTIFY","recipients":["GROUP_LEAD"]}]},
                  {"name":"second line","at":"PT15M","basis":"REAL","actions":[{"type":"MOVE_TO_GROUP","group":"%s"}]}]}]"""
                .formatted(group);
    }

    private static HttpResponse<String> createWithTerms(String customer, String extraTerms) {
        return Api.call("POST", "api/agreements", ADMIN, JSON, slaJson(unique("SLA-"), customer, calendar(null), "PT2H")
                .replace("\"defaultPriority\":3,", "\"defaultPriority\":3," + extraTerms + ","));
    }

    @Test
    void anEscalationPolicyIsKeptCheckedAndChangedOnItsOwn() {
        String customer = customer();
        String group = supportGroup("SUPPORT_LINE");
        String policy = escalations(group);
        JsonObject created = json(expect(201, createWithTerms(customer, policy)).body());
        long id = id(created);
        String path = "api/agreements/" + id;
        JsonObject read = json(expect(200, Api.get(path, ADMIN)).body());
        assertEquals("OWN", read.getString("escalationPolicy"));
        assertEquals("80%", text(read, "/terms/escalations/0/steps/0/at"));
        assertEquals("WORKING", text(read, "/terms/escalations/0/steps/0/basis"), "working time unless it says REAL");
        assertEquals("ASSIGNEE", text(read, "/terms/escalations/0/steps/0/actions/0/recipients/0"));
        assertEquals("PT2H", text(read, "/terms/escalations/0/steps/1/repeatEvery"));
        assertEquals(1, read.getJsonObject("terms").getJsonArray("escalations").getJsonObject(1).getInt("priority"));
        assertEquals(group, text(read, "/terms/escalations/1/steps/1/actions/0/group"));
        assertEquals("REAL", text(read, "/terms/escalations/1/steps/1/basis"));
        assertEquals(read.getJsonObject("terms").getJsonArray("escalations"),
                json(expect(200, Api.get(path + "/escalations", ADMIN)).body()).getJsonArray("escalations"),
                "the part alone in the shape it is sent back");

        assertEquals(List.of("terms.escalations[0].steps[0].at"), fields(expect(400, createWithTerms(customer,
                policy.replace("\"80%\"", "\"soon\"")))));
        assertEquals(List.of("terms.escalations[1].steps[1].actions[0].group"), fields(expect(400,
                createWithTerms(customer, policy.replace(group, "NO-SUCH-GROUP")))));
        HttpResponse<String> unknownType = expect(400, createWithTerms(customer, policy.replace("\"TAG\"", "\"SHOUT\"")));
        assertEquals(List.of("terms.escalations[0].steps[1].actions[1].type"), fields(unknownType));
        assertFalse(unknownType.body().contains("java.") || unknownType.body().contains("EscalationActionType"),
                unknownType.body());

        action(id, "activate", null);
        JsonObject changed = json(expect(200, put(path + "/escalations?note=Warn+later",
                "{" + policy.replace("\"80%\"", "\"90%\"") + "}")).body());
        JsonObject amendment = changed.getJsonArray("versions").getJsonObject(1);
        assertEquals("DRAFT", amendment.getString("status"));
        JsonObject second = json(expect(200, Api.get(path + "?version=2", ADMIN)).body());
        assertEquals("90%", text(second, "/terms/escalations/0/steps/0/at"));
        assertEquals("PT2H", priority(second.getJsonObject("terms"), 1).getString("resolution"),
                "the rest of the terms stays as it was");
        JsonObject diff = json(expect(200, Api.get(path + "/versions/1/diff/2", ADMIN)).body());
        assertEquals(List.of("escalations[1].steps[1].at 80% 90%"), diff.getJsonArray("changes")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("path") + " " + c.getString("before")
                        + " " + c.getString("after")).toList());
        assertTrue(array(expect(200, Api.get(path + "/audit", ADMIN)).body()).toString()
                .contains("escalations[1].steps[1].at: 80% -> 90%"), "the audit names the change");

        assertEquals(List.of("escalations[0].steps[0].at"), fields(expect(400, put(path + "/escalations",
                "{" + policy.replace("\"80%\"", "\"1001%\"") + "}"))), "a part sent alone is named from its body");
        JsonObject back = json(expect(200, put(path + "/escalations", "{\"escalations\":[]}")).body());
        JsonObject draft = json(expect(200, Api.get(path + "?version=" + back.getJsonArray("versions")
                .getJsonObject(1).getInt("number"), ADMIN)).body());
        assertEquals("DEFAULT", draft.getString("escalationPolicy"));
        assertEquals(0, draft.getJsonObject("terms").getJsonArray("escalations").size());
    }

    // ---- targets closer to real contracts --------------------------------------------------------

    /** An active SLA of {@code customer} like {@link #slaJson}, with {@code extraTerms} added to its terms. */
    private static long activeSlaWithTerms(String number, String customer, String extraTerms) {
        String body = slaJson(number, customer, calendar(null), "PT2H")
                .replace("\"defaultPriority\":3,", "\"defaultPriority\":3," + extraTerms + ",");
        long id = id(create(body));
        action(id, "activate", null);
        return id;
    }

    private static JsonObject ticket(String customer, String sla, String service, String extra) {
        return json(expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, """
                {"customer":"%s","agreement":"%s","service":"%s","title":"Link down"%s}"""
                .formatted(customer, sla, service, extra))).body());
    }

    private static String resolutionTarget(JsonObject ticket) {
        return ticket.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("metric").equals("resolution")).findFirst()
                .orElseThrow(() -> new AssertionError("no resolution clock in " + ticket)).getString("target");
    }

    @Test
    void aServiceWithItsOwnPriorityTargetGivesItToItsTicketsAndOtherServicesKeepTheAgreements() {
        String customer = customer();
        String number = unique("SLA-");
        long id = activeSlaWithTerms(number, customer,
                "\"serviceTargets\":[{\"service\":\"NET\",\"priority\":1,\"resolution\":\"PT1H\"}]");

        JsonObject net = ticket(customer, number, "NET", ",\"priority\":1");
        JsonObject ws = ticket(customer, number, "WS", ",\"priority\":1");
        assertEquals("PT1H", resolutionTarget(net), "NET's own priority-1 resolution target");
        assertEquals("PT2H", resolutionTarget(ws), "WS has none of its own: the agreement's priority 1");
        JsonObject netResponse = net.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("metric").equals("response")).findFirst().orElseThrow();
        assertEquals("PT15M", netResponse.getString("target"), "NET sets no response target: the priority's");

        expect(201, Api.call("POST", "api/selection-rules", ADMIN, JSON,
                "{\"name\":\"" + unique("rule ") + "\",\"customer\":\"" + customer + "\",\"agreement\":\"" + number + "\"}"));
        String facts = "{\"customer\":\"" + customer + "\",\"service\":\"%s\",\"requestType\":\"outage\"}";
        assertEquals("PT1H", json(expect(200, Api.call("POST", "api/selection-rules/evaluate", ADMIN, JSON,
                facts.formatted("NET"))).body()).getString("resolutionTarget"));
        assertEquals("PT2H", json(expect(200, Api.call("POST", "api/selection-rules/evaluate", ADMIN, JSON,
                facts.formatted("WS"))).body()).getString("resolutionTarget"));

        JsonObject part = json(expect(200, Api.get("api/agreements/" + id + "/priorities", ADMIN)).body());
        JsonObject own = part.getJsonArray("serviceTargets").getJsonObject(0);
        assertEquals("NET", own.getString("service"));
        assertEquals("PT1H", own.getString("resolution"));
        assertTrue(!own.containsKey("response") || own.isNull("response"));

        HttpResponse<String> bad = Api.call("POST", "api/agreements", ADMIN, JSON, slaJson(unique("SLA-"), customer,
                calendar(null), "PT2H").replace("\"defaultPriority\":3,", "\"defaultPriority\":3,\"serviceTargets\":["
                + "{\"service\":\"MAIL\",\"priority\":1,\"resolution\":\"PT1H\"},"
                + "{\"service\":\"NET\",\"priority\":7,\"resolution\":\"PT1H\"},"
                + "{\"service\":\"NET\",\"priority\":2,\"resolution\":\"four hours\"}],"));
        assertEquals(List.of("terms.serviceTargets[2].resolution"), fields(expect(400, bad)),
                "unreadable values are named first");
        HttpResponse<String> unknown = Api.call("POST", "api/agreements", ADMIN, JSON, slaJson(unique("SLA-"), customer,
                calendar(null), "PT2H").replace("\"defaultPriority\":3,", "\"defaultPriority\":3,\"serviceTargets\":["
                + "{\"service\":\"MAIL\",\"priority\":1,\"resolution\":\"PT1H\"},"
                + "{\"service\":\"NET\",\"priority\":7,\"resolution\":\"PT1H\"}],"));
        assertEquals(List.of("terms.serviceTargets[0].service", "terms.serviceTargets[1].priority"),
                fields(expect(400, unknown)));
    }

    /** The ITIL matrix over priorities 1..3: HIGH × HIGH is 1, a LOW with anything but HIGH is 3, the rest 2. */
    private static String matrix() {
        StringBuilder cells = new StringBuilder();
        List<String> levels = List.of("HIGH", "MEDIUM", "LOW");
        for (int i = 0; i < 3; i++) {
            for (int u = 0; u < 3; u++) {
                cells.append(cells.length() == 0 ? "" : ",").append("{\"impact\":\"").append(levels.get(i))
                        .append("\",\"urgency\":\"").append(levels.get(u)).append("\",\"priority\":")
                        .append(Math.min(3, 1 + (i + u + 1) / 2)).append('}');
            }
        }
        return "\"priorityMatrix\":[" + cells + "]";
    }

    @Test
    void aTicketWithImpactAndUrgencyGetsThePriorityOfTheAgreementsMatrix() {
        String customer = customer();
        String number = unique("SLA-");
        activeSlaWithTerms(number, customer, matrix());

        JsonObject critical = ticket(customer, number, "WS", ",\"impact\":\"HIGH\",\"urgency\":\"HIGH\"");
        assertEquals(1, critical.getInt("priority"));
        assertEquals("HIGH", critical.getString("impact"));
        assertEquals("HIGH", critical.getString("urgency"));
        assertEquals("PT2H", resolutionTarget(critical));
        JsonObject minor = ticket(customer, number, "WS", ",\"impact\":\"low\",\"urgency\":\"MEDIUM\"");
        assertEquals(3, minor.getInt("priority"));
        JsonObject given = ticket(customer, number, "WS", ",\"priority\":2,\"impact\":\"LOW\",\"urgency\":\"LOW\"");
        assertEquals(2, given.getInt("priority"), "a priority given wins over the matrix");
        assertEquals("LOW", given.getString("impact"));

        JsonArray history = array(expect(200, Api.get("api/tickets/" + critical.getJsonNumber("id").longValue()
                + "/history", ADMIN)).body());
        JsonObject derived = history.getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("PRIORITY")).findFirst()
                .orElseThrow(() -> new AssertionError("no priority event in " + history));
        assertTrue(derived.getString("text").contains("impact × urgency matrix"), derived.toString());
        assertEquals("1", derived.getString("to"));

        String plainSla = unique("SLA-");
        activeSlaWithTerms(plainSla, customer, "\"lineExtensions\":[]");
        JsonObject noMatrix = ticket(customer, plainSla, "WS", ",\"impact\":\"HIGH\",\"urgency\":\"HIGH\"");
        assertEquals(3, noMatrix.getInt("priority"), "without a matrix the default priority");
        assertEquals("HIGH", noMatrix.getString("impact"));

        String ticket = "{\"customer\":\"" + customer + "\",\"agreement\":\"" + number + "\",\"service\":\"WS\","
                + "\"title\":\"Link down\",%s}";
        assertEquals(List.of("urgency"), fields(expect(400, Api.call("POST", "api/tickets", ADMIN, JSON,
                ticket.formatted("\"impact\":\"HIGH\"")))));
        assertEquals(List.of("impact"), fields(expect(400, Api.call("POST", "api/tickets", ADMIN, JSON,
                ticket.formatted("\"impact\":\"SEVERE\",\"urgency\":\"HIGH\"")))));

        HttpResponse<String> incomplete = Api.call("POST", "api/agreements", ADMIN, JSON, slaJson(unique("SLA-"),
                customer, calendar(null), "PT2H").replace("\"defaultPriority\":3,", "\"defaultPriority\":3,"
                + "\"priorityMatrix\":[{\"impact\":\"HIGH\",\"urgency\":\"HIGH\",\"priority\":1},"
                + "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\",\"priority\":2},"
                + "{\"impact\":\"LOW\",\"urgency\":\"LOW\",\"priority\":5}],"));
        assertEquals(List.of("terms.priorityMatrix[1].urgency", "terms.priorityMatrix[2].priority",
                "terms.priorityMatrix"), fields(expect(400, incomplete)));
        HttpResponse<String> badLevel = Api.call("POST", "api/agreements", ADMIN, JSON, slaJson(unique("SLA-"),
                customer, calendar(null), "PT2H").replace("\"defaultPriority\":3,", "\"defaultPriority\":3,"
                + "\"priorityMatrix\":[{\"impact\":\"HUGE\",\"urgency\":\"HIGH\",\"priority\":1}],"));
        assertEquals(List.of("terms.priorityMatrix[0].impact"), fields(expect(400, badLevel)));
    }
}
