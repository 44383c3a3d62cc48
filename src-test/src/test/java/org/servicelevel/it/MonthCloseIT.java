package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.etag;
import static org.servicelevel.it.Fixtures.expect;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance test of the month's close: a month of tickets replayed through the ticket import
 * under an SLA whose terms this test sets, with a survey campaign and work records, closed by the job
 * {@code monthly-sla-report} started over REST; the stored result's figures per priority, quality
 * score, band and invoice are the ones computed by hand below from the rules of
 * {@code docs/month-close.md}, never by the calculator.
 *
 * <p>The SLA (zone Europe/Berlin, CET = UTC+1 all through the tickets' days) serves WS on Monday to
 * Friday 09:00-18:00, 9 working hours a day. November 2026 starts on a Sunday: Mondays are the 2nd,
 * 9th, 16th, 23rd and 30th. Service start 15 September 2026: September is month 1, October month 2
 * (the last of 2 grace months), November month 3.
 *
 * <pre>
 * priority        response  resolution  max. overdue
 * 1 Critical      30 min    4 h         25 %
 * 2 High          1 h       8 h         20 %
 * 3 Normal        4 h       16 h        20 %    (no tickets at all)
 * 4 Planned work  by agreement
 *
 * quality table: resolution time and overdue share of priority 1 (0.2 each), of priority 2 (0.15 each)
 * and of priority 3 (0.05 each); "Were you kept informed about progress?" AT_LEAST 70 % (0.1);
 * "Was the problem solved for good?" GREATER_THAN 80 % (0.1)
 * bands [0, 0.5) 20 %, [0.5, 0.75) 10 %, [0.75, 0.9) 3.35 %, [0.9, 1] 0 %; cap 15 %
 * fee 9,990.00 EUR; volume 8 tickets a month; 10 development hours planned
 * prices: ticket over the volume 25.00, development hour over the plan 80.00, weekend day 400.00
 * late tickets: priority 1 50.00 + 10.00 per started hour, priority 2 30.00 + 2.00 per started hour,
 * cap 500.00 a month
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class MonthCloseIT {

    private static final String INFORMED = "Were you kept informed about progress?";
    private static final String SOLVED = "Was the problem solved for good?";

    /**
     * The resolution clock's elapsed working time and state of each resolved or cancelled ticket, by
     * hand. D1 has none: its priority by agreement never set a target, so it has no clock.
     */
    private static final List<String> RESOLUTION_CLOCKS = List.of(
            "C1 PT5H BREACHED",
            "B1 PT6H MET",
            "A1 PT4H MET",
            "B2 PT17H30M BREACHED",
            "A2 PT4H1S BREACHED",
            "A3 PT2H30M MET",
            "A4 PT1H MET",
            "A5 PT30M CANCELLED",
            "B3 PT6H MET",
            "B4 PT1H MET",
            "B5 PT21H BREACHED");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A ticket to import: its external reference, priority, registration and events. */
    private record Replayed(String reference, int priority, String registeredAt, List<JsonObjectBuilder> events) {
    }

    private static JsonObjectBuilder status(String at, String to) {
        return Json.createObjectBuilder().add("at", at).add("type", "STATUS").add("to", to).add("actor", "anna");
    }

    /** Local time in Berlin in November and late October 2026 (CET). */
    private static String cet(String localDateTime) {
        return localDateTime + "+01:00";
    }

    /**
     * The month: every ticket with its hand-computed resolution time (working time inside
     * [registered, resolved) less the working time inside its pauses).
     */
    private static List<Replayed> tickets() {
        return List.of(
                // C1 P1, October only: Tue 27 Oct 10:00-15:00 = 5:00:00 > 4 h: late by 1 h (1 started hour)
                new Replayed("C1", 1, cet("2026-10-27T10:00:00"), List.of(
                        status(cet("2026-10-27T10:15:00"), "IN_PROGRESS"),
                        status(cet("2026-10-27T15:00:00"), "RESOLVED"))),
                // B1 P2, crosses the month's start: Fri 30 Oct 15-18 (3 h) + Mon 2 Nov 9-12 (3 h) = 6:00:00;
                // accepted in October (open at its end), measured in November
                new Replayed("B1", 2, cet("2026-10-30T15:00:00"), List.of(
                        status(cet("2026-10-30T15:30:00"), "IN_PROGRESS"),
                        status(cet("2026-11-02T12:00:00"), "RESOLVED"))),
                // A1 P1, exactly its target: Mon 2 Nov 10:00-14:00 = 4:00:00, on time; responded after 10 min
                new Replayed("A1", 1, cet("2026-11-02T10:00:00"), List.of(
                        status(cet("2026-11-02T10:10:00"), "IN_PROGRESS"),
                        status(cet("2026-11-02T14:00:00"), "RESOLVED"))),
                // B2 P2, paused over a night: Tue 3 Nov 9-18 (9 h) + Wed 9-18 (9 h) + Thu 9-10 (1 h) = 19 h of
                // work, less the pause Tue 17:00 - Wed 9:30 (Tue 17-18 1 h + Wed 9-9:30 0.5 h; the night is not
                // working time and is not taken off twice) = 17:30:00 > 8 h: late by 9:30:00 (10 started hours)
                new Replayed("B2", 2, cet("2026-11-03T09:00:00"), List.of(
                        status(cet("2026-11-03T09:30:00"), "IN_PROGRESS"),
                        status(cet("2026-11-03T17:00:00"), "CLARIFICATION_WITH_CUSTOMER"),
                        status(cet("2026-11-04T09:30:00"), "IN_PROGRESS"),
                        status(cet("2026-11-05T10:00:00"), "RESOLVED"))),
                // A2 P1, registered on a Saturday, one second over: counted from Mon 9 Nov 09:00 to 13:00:01 =
                // 4:00:01 > 4 h: late by 0:00:01 (1 started hour); responded at 09:40: 40 min > 30 min
                new Replayed("A2", 1, cet("2026-11-07T11:00:00"), List.of(
                        status(cet("2026-11-09T09:40:00"), "IN_PROGRESS"),
                        status(cet("2026-11-09T13:00:01"), "RESOLVED"))),
                // D1 P4 by agreement: Tue 10 Nov 12-18 (6 h) + 7 full days Wed 11 - Thu 19 (63 h) + Fri 20 9-17
                // (8 h) = 77:00:00, listed and in no metric
                new Replayed("D1", 4, cet("2026-11-10T12:00:00"), List.of(
                        status(cet("2026-11-10T12:30:00"), "IN_PROGRESS"),
                        status(cet("2026-11-20T17:00:00"), "RESOLVED"))),
                // A3 P1, paused over a night and a weekend: Thu 12 Nov 16-17 (1 h), passed to a third party
                // Thu 17:00 - Mon 16 Nov 10:00 (its working time Thu 17-18, Fri 9-18, Mon 9-10 = 11 h is not
                // counted, the nights and the weekend never counted), Mon 10:00-11:30 (1.5 h) = 2:30:00
                new Replayed("A3", 1, cet("2026-11-12T16:00:00"), List.of(
                        status(cet("2026-11-12T16:05:00"), "IN_PROGRESS"),
                        status(cet("2026-11-12T17:00:00"), "PASSED_TO_THIRD_PARTY"),
                        status(cet("2026-11-16T10:00:00"), "IN_PROGRESS"),
                        status(cet("2026-11-16T11:30:00"), "RESOLVED"))),
                // A4 P1: Wed 18 Nov 09:00-10:00 = 1:00:00
                new Replayed("A4", 1, cet("2026-11-18T09:00:00"), List.of(
                        status(cet("2026-11-18T09:05:00"), "IN_PROGRESS"),
                        status(cet("2026-11-18T10:00:00"), "RESOLVED"))),
                // A5 P1, cancelled after 30 min: accepted and listed, measured in no metric
                new Replayed("A5", 1, cet("2026-11-20T10:00:00"), List.of(
                        status(cet("2026-11-20T10:30:00"), "CANCELLED"))),
                // B3 P2: Mon 23 Nov 14-18 (4 h) + Tue 9-11 (2 h) = 6:00:00
                new Replayed("B3", 2, cet("2026-11-23T14:00:00"), List.of(
                        status(cet("2026-11-23T14:10:00"), "IN_PROGRESS"),
                        status(cet("2026-11-24T11:00:00"), "RESOLVED"))),
                // B4 P2: Wed 25 Nov 09:00-10:00 = 1:00:00
                new Replayed("B4", 2, cet("2026-11-25T09:00:00"), List.of(
                        status(cet("2026-11-25T09:30:00"), "IN_PROGRESS"),
                        status(cet("2026-11-25T10:00:00"), "RESOLVED"))),
                // B5 P2, crosses the month's end: registered Fri 27 Nov 16:00, resolved Wed 2 Dec 10:00 (Fri 2 h +
                // Mon 9 h + Tue 9 h + Wed 1 h = 21:00:00): accepted in November and open at its end
                new Replayed("B5", 2, cet("2026-11-27T16:00:00"), List.of(
                        status(cet("2026-11-27T16:30:00"), "IN_PROGRESS"),
                        status(cet("2026-12-02T10:00:00"), "RESOLVED"))),
                // A6 P1, registered Mon 30 Nov 17:00 and still open: 1:00:00 counted by the month's end
                new Replayed("A6", 1, cet("2026-11-30T17:00:00"), List.of(
                        status(cet("2026-11-30T17:10:00"), "IN_PROGRESS"))));
    }

    private static String agreement(String number, String customer, String calendar) {
        return """
                {"number":"%s","type":"SLA","title":"Month close","customer":"%s","validFrom":"2026-09-15",
                 "reviewDate":"2099-06-30",
                 "terms":{"currency":"EUR","monthlyFee":9990.00,
                  "services":[{"code":"WS","name":"Workplace","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Critical","response":"PT30M","resolution":"PT4H","maxOverdueShare":25},
                                {"number":2,"name":"High","response":"PT1H","resolution":"PT8H","maxOverdueShare":20},
                                {"number":3,"name":"Normal","response":"PT4H","resolution":"PT16H","maxOverdueShare":20},
                                {"number":4,"name":"Planned work","byAgreement":true}],
                  "defaultPriority":3,
                  "metrics":[{"kind":"RESOLUTION_TIME","priority":1,"weight":0.2},
                             {"kind":"OVERDUE_SHARE","priority":1,"weight":0.2},
                             {"kind":"RESOLUTION_TIME","priority":2,"weight":0.15},
                             {"kind":"OVERDUE_SHARE","priority":2,"weight":0.15},
                             {"kind":"RESOLUTION_TIME","priority":3,"weight":0.05},
                             {"kind":"OVERDUE_SHARE","priority":3,"weight":0.05},
                             {"kind":"SURVEY","question":"%s","threshold":70,"comparison":"AT_LEAST","weight":0.1},
                             {"kind":"SURVEY","question":"%s","threshold":80,"comparison":"GREATER_THAN","weight":0.1}],
                  "penaltyBands":[{"from":0,"to":0.5,"penaltyPercent":20},{"from":0.5,"to":0.75,"penaltyPercent":10},
                                  {"from":0.75,"to":0.9,"penaltyPercent":3.35},{"from":0.9,"to":1,"penaltyPercent":0}],
                  "graceMonths":2,"penaltyCapPercent":15,
                  "extraPrices":[{"kind":"TICKET_OVER_VOLUME","price":25},{"kind":"DEVELOPMENT_HOUR_OVER_PLAN","price":80},
                                 {"kind":"WEEKEND_HOLIDAY_SUPPORT_DAY","price":400}],
                  "agreementVolume":8,"plannedDevelopmentHours":10,
                  "latePenalty":{"priorities":[{"priority":1,"amount":50,"perStartedHour":10},
                                               {"priority":2,"amount":30,"perStartedHour":2}],
                                 "monthlyCap":500}}}""".formatted(number, customer, calendar, INFORMED, SOLVED);
    }

    /**
     * A campaign of the agreement answered by one respondent per pair of answers (to INFORMED and
     * SOLVED), completed on {@code on}.
     */
    private static void campaign(long agreementId, String title, String on, List<String> informed,
                                 List<String> solved) {
        long id = Api.object(expect(201, Api.call("POST", "api/agreements/" + agreementId + "/surveys", ADMIN, JSON, """
                {"title":"%s","dueDate":"%s","questions":[
                 {"text":"%s","answers":["yes","mostly yes","mostly no","no"],"positive":["yes","mostly yes"]},
                 {"text":"%s","answers":["yes","no"],"positive":["yes"]}]}""".formatted(title, on, INFORMED, SOLVED)))
                .body()).getJsonNumber("id").longValue();
        StringBuilder csv = new StringBuilder("respondent,role,1,2\n");
        for (int i = 0; i < informed.size(); i++) {
            csv.append("Respondent ").append(i + 1).append(i % 2 == 0 ? ",manager," : ",specialist,")
                    .append(informed.get(i)).append(',').append(solved.get(i)).append('\n');
        }
        String path = "api/surveys/" + id;
        expect(200, Api.call("POST", path + "/responses/import", ADMIN, "text/csv", csv.toString()));
        expect(200, Api.call("POST", path + "/complete", ADMIN, JSON, "{\"on\":\"" + on + "\"}", "If-Match",
                etag(Api.get(path, ADMIN))));
    }

    /** Imports the tickets; the ticket number and id of each external reference. */
    private static Map<String, JsonObject> replay(String customer, String sla, List<Replayed> replayed) {
        JsonArrayBuilder tickets = Json.createArrayBuilder();
        for (Replayed r : replayed) {
            JsonArrayBuilder events = Json.createArrayBuilder();
            r.events().forEach(events::add);
            tickets.add(Json.createObjectBuilder().add("customer", customer).add("agreement", sla).add("service", "WS")
                    .add("title", "Replayed " + r.reference()).add("priority", r.priority())
                    .add("externalReference", r.reference()).add("registeredAt", r.registeredAt())
                    .add("events", events));
        }
        JsonObject report = Api.object(expect(200, Api.call("POST", "api/tickets/import", ADMIN, JSON,
                Json.createObjectBuilder().add("tickets", tickets).build().toString())).body());
        assertEquals(replayed.size(), report.getInt("created"), report.toString());
        Map<String, JsonObject> byReference = new LinkedHashMap<>();
        for (JsonObject result : report.getJsonArray("results").getValuesAs(JsonObject.class)) {
            byReference.put(result.getString("externalReference"), result);
        }
        return byReference;
    }

    private static JsonObject clock(JsonArray clocks, String metric) {
        return clocks.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("metric").equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no clock " + metric + " in " + clocks));
    }

    /** Starts the job for the agreement's month as {@code manager} and waits until it has completed. */
    private static void close(long agreementId, String month, String manager) {
        HttpResponse<String> started = expect(202, Api.call("POST", "api/reports/monthly", manager, JSON,
                "{\"agreement\":" + agreementId + ",\"month\":\"" + month + "\"}"));
        String location = started.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location: " + started.body()));
        assertTrue(location.contains("/api/jobs/"), location);
        String path = location.substring(location.indexOf("api/jobs/"));
        for (int polls = 0; polls < 1200; polls++) {
            JsonObject job = Api.object(expect(200, Api.get(path, manager)).body());
            switch (job.getString("state")) {
                case "COMPLETED" -> {
                    return;
                }
                case "FAILED", "STOPPED", "ABANDONED" -> fail("the job of " + month + " ended " + job);
                default -> pause();
            }
        }
        fail("the job of " + month + " did not end: " + Api.get(path, manager).body());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The standing result of the month, one figure per line (see {@link MonthFiguresProbe}). */
    private static List<String> result(long agreementId, String month, String credentials) {
        HttpResponse<String> answer = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE
                + "it-month-figures?agreement=" + agreementId + "&month=" + URLEncoder.encode(month,
                StandardCharsets.UTF_8)))
                .header("Authorization", credentials).GET().build());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(!answer.body().startsWith("failed"), answer.body());
        return List.of(answer.body().split("\n"));
    }

    private static List<String> starting(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).toList();
    }

    @Test
    void aMonthReplayedThroughTheImportClosesAsComputedByHand() {
        String customer = Fixtures.customer();
        String calendar = Fixtures.calendar();
        String number = Fixtures.unique("SLA-");
        long sla = Api.object(expect(201, Api.call("POST", "api/agreements", ADMIN, JSON,
                agreement(number, customer, calendar))).body()).getJsonNumber("id").longValue();
        String path = "api/agreements/" + sla;
        expect(200, Api.call("POST", path + "/activate", ADMIN, null, null, "If-Match", etag(Api.get(path, ADMIN))));
        String manager = Api.token(Fixtures.user("manager", null));

        // the survey November reads: completed on 20 November; 7 of 10 informed (yes 4, mostly yes 3) and
        // 8 of 10 solved. A later campaign, completed on 1 December after the month's end, must not count:
        // its 0 of 2 informed would fail the AT_LEAST metric.
        campaign(sla, "Autumn survey", "2026-11-20",
                List.of("yes", "yes", "yes", "yes", "mostly yes", "mostly yes", "mostly yes", "mostly no", "mostly no",
                        "no"),
                List.of("yes", "yes", "yes", "yes", "yes", "yes", "yes", "yes", "no", "no"));
        campaign(sla, "Winter survey", "2026-12-01", List.of("no", "mostly no"), List.of("no", "no"));

        // usage of November: 8 + 4.5 = 12.5 development hours, one Saturday of support
        String work = path + "/usage/work";
        expect(201, Api.call("POST", work, ADMIN, JSON,
                "{\"kind\":\"DEVELOPMENT_HOURS\",\"month\":\"2026-11\",\"hours\":8}"));
        expect(201, Api.call("POST", work, ADMIN, JSON, "{\"kind\":\"DEVELOPMENT_HOURS\",\"date\":\"2026-11-26\","
                + "\"hours\":4.5}"));
        expect(201, Api.call("POST", work, ADMIN, JSON, "{\"kind\":\"WEEKEND_HOLIDAY_DAY\",\"service\":\"WS\","
                + "\"date\":\"2026-11-14\",\"note\":\"Office move\"}"));

        Map<String, JsonObject> imported = replay(customer, number, tickets());
        Map<String, String> numbers = new LinkedHashMap<>();
        imported.forEach((reference, r) -> numbers.put(reference, r.getString("number")));

        // the clocks of the imported tickets count the resolution times computed by hand
        List<String> clocks = new ArrayList<>();
        for (String expected : RESOLUTION_CLOCKS) {
            String reference = expected.substring(0, expected.indexOf(' '));
            long id = imported.get(reference).getJsonNumber("ticketId").longValue();
            JsonObject resolution = clock(Api.object(expect(200, Api.get("api/tickets/" + id, ADMIN)).body())
                    .getJsonArray("clocks"), "resolution");
            clocks.add(reference + " " + Duration.parse(resolution.getString("elapsed")) + " "
                    + resolution.getString("state"));
        }
        assertEquals(RESOLUTION_CLOCKS, clocks);
        long open = imported.get("A6").getJsonNumber("ticketId").longValue();
        JsonArray atMonthEnd = Api.array(expect(200, Api.get("api/tickets/" + open + "/clocks?at="
                + URLEncoder.encode("2026-12-01T00:00:00+01:00", StandardCharsets.UTF_8), ADMIN)).body());
        assertEquals(Duration.ofHours(1), Duration.parse(clock(atMonthEnd, "resolution").getString("elapsed")),
                "A6 counted Mon 30 Nov 17:00-18:00 by the month's end");
        long saturday = imported.get("A2").getJsonNumber("ticketId").longValue();
        JsonObject response = clock(Api.object(expect(200, Api.get("api/tickets/" + saturday, ADMIN)).body())
                .getJsonArray("clocks"), "response");
        assertEquals(Duration.ofMinutes(40), Duration.parse(response.getString("elapsed")),
                "A2's response counted from Monday's opening to 09:40");

        close(sla, "2026-11", manager);
        List<String> november = result(sla, "2026-11", manager);

        assertEquals(List.of("result R-2026-11-" + number + "-1 DRAFT"), starting(november, "result "));
        // priority 1: accepted A1, A2, A3, A4, A5 (cancelled), A6 (open) = 6; measured A1 14400 + A2 14401 +
        // A3 9000 + A4 3600 = 41401 s over 4 = 10350.25 s, shown 2:52:30, ≤ 14400: met; late A2 only: 1 of 4 =
        // 25 %, exactly the limit of 25 %: met. Responses 10 + 40 + 5 + 5 min = 3600 s over 4 = 900 s, A2's
        // 40 min over 30 min late.
        // priority 2: accepted B2, B3, B4, B5 = 4 (B1 was accepted in October); measured B1 21600 + B2 63000 +
        // B3 21600 + B4 3600 = 109800 s over 4 = 27450 s = 7:37:30 ≤ 28800: met; late B2: 1 of 4 = 25 % > 20 %:
        // not met. Responses 30 + 30 + 10 + 30 min = 6000 s over 4 = 1500 s, none over 1 h.
        // priority 3: no tickets: both metrics met with nothing to measure ("—").
        // priority 4 by agreement: D1 accepted, listed, in no metric.
        assertEquals(List.of(
                "priority 1 accepted 6 resolved 4 average 41401/4 2:52:30 MET overdue 1 share 1/4 25.00 MET",
                "priority 2 accepted 4 resolved 4 average 27450 7:37:30 MET overdue 1 share 1/4 25.00 NOT_MET",
                "priority 3 accepted 0 resolved 0 average - - NOTHING_TO_MEASURE overdue 0 share - - NOTHING_TO_MEASURE",
                "priority 4 accepted 1 resolved 0 average - - NO_TARGET overdue 0 share - - NO_TARGET"),
                starting(november, "priority "));
        assertEquals(List.of(
                "response 1 measured 4 average 900 0:15:00 late 1",
                "response 2 measured 4 average 1500 0:25:00 late 0",
                "response 3 measured 0 average - - late 0",
                "response 4 measured 0 average - - late 0"), starting(november, "response "));
        // the lists, in order of the end: each ticket's resolution time, target and time over it
        assertEquals(List.of(
                "ended 1 " + numbers.get("A1") + " RESOLVED ON_TIME 4:00:00 4:00:00 0:00:00",
                "ended 1 " + numbers.get("A2") + " RESOLVED LATE 4:00:01 4:00:00 0:00:01",
                "ended 1 " + numbers.get("A3") + " RESOLVED ON_TIME 2:30:00 4:00:00 0:00:00",
                "ended 1 " + numbers.get("A4") + " RESOLVED ON_TIME 1:00:00 4:00:00 0:00:00",
                "ended 1 " + numbers.get("A5") + " CANCELLED CANCELLED",
                "ended 2 " + numbers.get("B1") + " RESOLVED ON_TIME 6:00:00 8:00:00 0:00:00",
                "ended 2 " + numbers.get("B2") + " RESOLVED LATE 17:30:00 8:00:00 9:30:00",
                "ended 2 " + numbers.get("B3") + " RESOLVED ON_TIME 6:00:00 8:00:00 0:00:00",
                "ended 2 " + numbers.get("B4") + " RESOLVED ON_TIME 1:00:00 8:00:00 0:00:00",
                "ended 4 " + numbers.get("D1") + " RESOLVED BY_AGREEMENT 77:00:00 - 0:00:00"),
                starting(november, "ended "));
        assertEquals(List.of("open 1 " + numbers.get("A6"), "open 2 " + numbers.get("B5")),
                starting(november, "open "));
        // quality: met 0.2 + 0.2 + 0.15 + 0.05 + 0.05 + 0.1 = 0.75, exactly the lower bound of [0.75, 0.9):
        // 3.35 %, not the 10 % of [0.5, 0.75). Survey of 20 November: 7/10 = 70 % is at least 70 %: met;
        // 8/10 = 80 % is not more than 80 %: not met.
        assertEquals(List.of(
                "metric RESOLUTION_TIME MET 2:52:30 0.2 priority 1",
                "metric OVERDUE_SHARE MET 25 % 0.2 priority 1",
                "metric RESOLUTION_TIME MET 7:37:30 0.15 priority 2",
                "metric OVERDUE_SHARE NOT_MET 25 % 0 priority 2",
                "metric RESOLUTION_TIME NOTHING_TO_MEASURE — 0.05 priority 3",
                "metric OVERDUE_SHARE NOTHING_TO_MEASURE — 0.05 priority 3",
                "metric SURVEY MET 70 % 0.1 question '" + INFORMED + "'",
                "metric SURVEY NOT_MET 80 % 0 question '" + SOLVED + "'"), starting(november, "metric "));
        assertEquals(List.of("quality month 3 grace false score 0.75 band [0.75, 0.9) 3.35"),
                starting(november, "quality "));
        // invoice, each line rounded half-up to cents:
        //   fee 9,990.00
        //   band: 3.35 % of 9,990.00 = 334.665, exactly half a cent: half-up -334.67 (half-even would say 334.66)
        //   late, priority 1: A2 1 × 50.00; 1 second over = 1 started hour × 10.00
        //   late, priority 2: B2 1 × 30.00; 9:30:00 over = 10 started hours × 2.00 = 20.00
        //   (late penalties 110.00 stay under the cap of 500.00; all penalties 444.67 under the fee)
        //   tickets over the volume: 6 + 4 + 0 + 1 = 11 accepted - 8 = 3 × 25.00 = 75.00 (no service volume)
        //   development hours: 12.5 - 10 planned = 2.5 × 80.00 = 200.00
        //   weekend days: 1 × 400.00
        //   total 9,990.00 - 334.67 - 50.00 - 10.00 - 30.00 - 20.00 + 75.00 + 200.00 + 400.00 = 10,220.33
        assertEquals(List.of(
                "line MONTHLY_FEE BILLED 1 9990 9990.00",
                "line QOS_PENALTY BILLED 3.35 99.9 -334.67",
                "line LATE_TICKETS BILLED 1 50 -50.00",
                "line LATE_HOURS BILLED 1 10 -10.00",
                "line LATE_TICKETS BILLED 1 30 -30.00",
                "line LATE_HOURS BILLED 10 2 -20.00",
                "line TICKETS_OVER_VOLUME BILLED 3 25 75.00",
                "line DEVELOPMENT_HOURS_OVER_PLAN BILLED 2.5 80 200.00",
                "line WEEKEND_HOLIDAY_SUPPORT_DAYS BILLED 1 400 400.00"), starting(november, "line "));
        assertEquals(List.of("total 10220.33 EUR"), starting(november, "total "));

        // October, month 2 and the last grace month: shows score and band, costs no penalty
        close(sla, "2026-10", manager);
        List<String> october = result(sla, "2026-10", manager);
        // priority 1: C1 accepted and measured: 18000 s > 14400: not met; 1 of 1 late = 100 % > 25 %: not met.
        // priority 2: B1 accepted, open at October's end, nothing resolved: met ("—").
        // no campaign completed by 31 October: both survey metrics met.
        // score 1 - 0.2 - 0.2 = 0.6 in [0.5, 0.75): 10 %, waived.
        assertEquals(List.of(
                "priority 1 accepted 1 resolved 1 average 18000 5:00:00 NOT_MET overdue 1 share 1 100.00 NOT_MET",
                "priority 2 accepted 1 resolved 0 average - - NOTHING_TO_MEASURE overdue 0 share - - NOTHING_TO_MEASURE",
                "priority 3 accepted 0 resolved 0 average - - NOTHING_TO_MEASURE overdue 0 share - - NOTHING_TO_MEASURE",
                "priority 4 accepted 0 resolved 0 average - - NO_TARGET overdue 0 share - - NO_TARGET"),
                starting(october, "priority "));
        assertEquals(List.of("ended 1 " + numbers.get("C1") + " RESOLVED LATE 5:00:00 4:00:00 1:00:00"),
                starting(october, "ended "));
        assertEquals(List.of("open 2 " + numbers.get("B1")), starting(october, "open "));
        assertEquals(List.of(
                "metric SURVEY NOTHING_TO_MEASURE — 0.1 question '" + INFORMED + "'",
                "metric SURVEY NOTHING_TO_MEASURE — 0.1 question '" + SOLVED + "'"),
                starting(october, "metric SURVEY "));
        assertEquals(List.of("quality month 2 grace true score 0.6 band [0.5, 0.75) 10"),
                starting(october, "quality "));
        // the penalty lines show what they would cost (10 % of 9,990.00 = 999.00; C1 50.00 + 1 started hour
        // 10.00) and cost 0; 2 tickets accepted are within the volume, no work was recorded in October
        assertEquals(List.of(
                "line MONTHLY_FEE BILLED 1 9990 9990.00",
                "line QOS_PENALTY WAIVED 10 99.9 0.00",
                "line LATE_TICKETS WAIVED 1 50 0.00",
                "line LATE_HOURS WAIVED 1 10 0.00"), starting(october, "line "));
        assertEquals(List.of("total 9990.00 EUR"), starting(october, "total "));
    }
}
