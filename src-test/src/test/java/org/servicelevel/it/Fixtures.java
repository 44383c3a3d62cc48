package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Records the newer integration tests set up over the API, each with unique codes and names. */
final class Fixtures {

    static final String JSON = "application/json";
    /** The administrator, with an API token (issued at first use, when the application is deployed). */
    static final String ADMIN = Api.token("admin", Api.ADMIN_PASSWORD);
    static final String PASSWORD = "fixture-pass-1";

    private Fixtures() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.body()));
    }

    /** The fields a 400 problem names. */
    static List<String> fields(HttpResponse<String> problem) {
        assertEquals("application/problem+json", problem.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""), problem.body());
        return Api.object(problem.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    static String customer() {
        String code = unique("C");
        expect(201, Api.call("POST", "api/customers", ADMIN, JSON, "{\"code\":\"" + code + "\",\"name\":\"" + code + " Ltd\"}"));
        return code;
    }

    static long customerId(String code) {
        return Api.array(Api.get("api/customers", ADMIN).body()).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A Monday-to-Friday 09:00-18:00 calendar in Berlin; its name. */
    static String calendar() {
        String name = unique("IT calendar ");
        String weekly = String.join(",", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(d -> "{\"day\":\"" + d + "\",\"from\":\"09:00\",\"to\":\"18:00\"}").toList());
        expect(201, Api.call("POST", "api/calendars", ADMIN, JSON, """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2020-01-01","weeklyHours":[%s]}"""
                .formatted(name, weekly)));
        return name;
    }

    static long calendarId(String name) {
        return Api.array(Api.get("api/calendars", ADMIN).body()).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** An agreement: its id and number. */
    record Agreement(long id, String number) {
    }

    /** An active SLA of {@code customer} with service WS on {@code calendar} and priorities 1..3. */
    static Agreement activeSla(String customer, String calendar) {
        String number = unique("SLA-");
        JsonObject created = Api.object(expect(201, Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"SLA","title":"Workplace support","customer":"%s","validFrom":"2026-01-01",
                 "reviewDate":"2099-06-30",
                 "terms":{"currency":"EUR","monthlyFee":1000,
                  "services":[{"code":"WS","name":"Workplace","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Critical","response":"PT15M","resolution":"PT2H","maxOverdueShare":20},
                                {"number":2,"name":"High","resolution":"PT4H","maxOverdueShare":20},
                                {"number":3,"name":"Normal","resolution":"PT16H","maxOverdueShare":20}],
                  "defaultPriority":3,
                  "metrics":[{"kind":"RESOLUTION_TIME","priority":1,"weight":0.6},{"kind":"OVERDUE_SHARE","priority":2,"weight":0.4}],
                  "penaltyBands":[{"from":0.8,"to":1,"penaltyPercent":0},{"from":0,"to":0.8,"penaltyPercent":10}]}}"""
                .formatted(number, customer, calendar))).body());
        long id = created.getJsonNumber("id").longValue();
        String path = "api/agreements/" + id;
        expect(200, Api.call("POST", path + "/activate", ADMIN, null, null, "If-Match", etag(Api.get(path, ADMIN))));
        return new Agreement(id, number);
    }

    /**
     * An active OLA of a new second-line group whose priority 1 resolution ({@code resolution}, on
     * {@code calendar}) underpins the resolution target of priority 1 of {@code sla}'s service WS.
     */
    static Agreement activeOla(Agreement sla, String calendar, String resolution) {
        String group = unique("G");
        expect(201, Api.call("POST", "api/support-groups", ADMIN, JSON, "{\"code\":\"" + group
                + "\",\"name\":\"Second line\",\"kind\":\"SUPPORT_LINE\",\"lineLevel\":2}"));
        String number = unique("OLA-");
        long id = id(expect(201, Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"OLA","title":"Second line","providerGroup":"%s","validFrom":"2026-01-01",
                 "terms":{"services":[{"code":"L2","name":"Second line","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"P1","resolution":"%s"}],
                  "underpins":[{"sla":"%s","slaService":"WS","slaPriority":1,"slaTarget":"RESOLUTION",
                                "service":"L2","priority":1}]}}""".formatted(number, group, calendar, resolution,
                sla.number()))));
        String path = "api/agreements/" + id;
        expect(200, Api.call("POST", path + "/activate", ADMIN, null, null, "If-Match", etag(Api.get(path, ADMIN))));
        return new Agreement(id, number);
    }

    /**
     * Has a second manager approve every draft amendment of the agreement, as a change of an agreement
     * in force takes effect; the agreement as it then is.
     */
    static JsonObject approveDrafts(long agreementId) {
        String manager = user("manager", null);
        String path = "api/agreements/" + agreementId;
        JsonObject agreement = Api.object(expect(200, Api.get(path, ADMIN)).body());
        for (JsonObject v : agreement.getJsonArray("versions").getValuesAs(JsonObject.class)) {
            if (v.getString("status").equals("DRAFT")) {
                agreement = Api.object(expect(200, Api.call("POST", path + "/versions/" + v.getInt("number")
                        + "/approve", manager, null, null, "If-Match", etag(Api.get(path, ADMIN)))).body());
            }
        }
        return agreement;
    }

    /**
     * Schedules new priority targets of {@code sla} from {@code effectiveFrom} (priority 1 resolves in
     * {@code p1Resolution}), approved by a second manager.
     */
    static void schedulePriorities(Agreement sla, LocalDate effectiveFrom, String p1Resolution) {
        String path = "api/agreements/" + sla.id();
        expect(200, Api.call("PUT", path + "/priorities?effectiveFrom=" + effectiveFrom, ADMIN, JSON, """
                {"priorities":[{"number":1,"name":"Critical","response":"PT15M","resolution":"%s","maxOverdueShare":20},
                               {"number":2,"name":"High","resolution":"PT4H","maxOverdueShare":20},
                               {"number":3,"name":"Normal","resolution":"PT16H","maxOverdueShare":20}],
                 "defaultPriority":3}""".formatted(p1Resolution), "If-Match", etag(Api.get(path, ADMIN))));
        approveDrafts(sla.id());
    }

    /** A user with one role (and organisation, for a customer user); its Basic credentials. */
    static String user(String role, String organisation) {
        String username = unique("it-" + role + "-").toLowerCase(Locale.ROOT);
        expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"%s","password":"%s","roles":["%s"]%s}""".formatted(username, username,
                PASSWORD, role, organisation == null ? "" : ",\"organisation\":\"" + organisation + "\"")));
        return Api.basic(username, PASSWORD);
    }

    /** A ticket of {@code customer} under {@code sla} on service WS, registered by the administrator; its id. */
    static long ticket(String customer, Agreement sla) {
        return Api.object(expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, """
                {"customer":"%s","agreement":"%s","service":"WS","title":"Printer jammed","requestType":"incident"}"""
                .formatted(customer, sla.number()))).body()).getJsonNumber("id").longValue();
    }

    /** An outage of {@code customer}'s service WS; its id. */
    static long outage(String customer) {
        return id(expect(201, Api.call("POST", "api/outages", ADMIN, JSON,
                "{\"service\":\"WS\",\"customer\":\"" + customer + "\",\"start\":\"2026-06-01T10:00:00Z\"}")));
    }

    /** A work record of {@code sla}: one development hour of the current month; its id. */
    static long workRecord(Agreement sla) {
        return id(expect(201, Api.call("POST", "api/agreements/" + sla.id() + "/usage/work", ADMIN, JSON,
                "{\"kind\":\"DEVELOPMENT_HOURS\",\"date\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
                        + "\",\"hours\":1}")));
    }

    /** A second-line support group; its id. */
    static long supportGroup() {
        return id(expect(201, Api.call("POST", "api/support-groups", ADMIN, JSON, "{\"code\":\"" + unique("G")
                + "\",\"name\":\"Group\",\"kind\":\"SUPPORT_LINE\",\"lineLevel\":2}")));
    }

    /** A selection rule sending {@code customer}'s tickets to {@code sla} with priority 2; its id. */
    static long selectionRule(String customer, Agreement sla) {
        return id(expect(201, Api.call("POST", "api/selection-rules", ADMIN, JSON, "{\"name\":\"" + unique("rule ")
                + "\",\"customer\":\"" + customer + "\",\"agreement\":\"" + sla.number() + "\",\"priority\":2}")));
    }

    /** An inactive webhook of {@code customer}'s new tickets, to a port nothing listens on; its id. */
    static long webhook(String customer) {
        return id(expect(201, Api.call("POST", "api/webhooks", ADMIN, JSON, "{\"url\":\"http://127.0.0.1:9/hook\","
                + "\"eventTypes\":[\"ticket.created\"],\"secret\":\"fixture-webhook-secret\",\"active\":false,"
                + "\"customer\":\"" + customer + "\"}")));
    }

    /** An open survey campaign of {@code sla} with one question; its id. */
    static long survey(Agreement sla) {
        return id(expect(201, Api.call("POST", "api/agreements/" + sla.id() + "/surveys", ADMIN, JSON, """
                {"title":"Half-year survey","dueDate":"2026-06-20","questions":[{"text":"Were you kept informed?",
                 "answers":["yes","mostly yes","mostly no","no"],"positive":["yes","mostly yes"]}]}""")));
    }

    private static long id(HttpResponse<String> created) {
        return Api.object(created.body()).getJsonNumber("id").longValue();
    }
}
