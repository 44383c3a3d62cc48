package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.EscalationFixtures.await;
import static org.servicelevel.it.EscalationFixtures.escalations;
import static org.servicelevel.it.EscalationFixtures.history;
import static org.servicelevel.it.EscalationFixtures.mails;
import static org.servicelevel.it.EscalationFixtures.setup;
import static org.servicelevel.it.EscalationFixtures.sleep;
import static org.servicelevel.it.EscalationFixtures.subject;
import static org.servicelevel.it.EscalationFixtures.ticket;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.etag;
import static org.servicelevel.it.Fixtures.expect;
import static org.servicelevel.it.Fixtures.unique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.servicelevel.it.EscalationFixtures.Setup;

/**
 * Escalation against the real server: tickets on a 24/7 calendar with targets of seconds, under the
 * default policy (a warning at 80 % of the target to the assignee and the group, the breach to the
 * assignee, the group's lead and the agreement's owner). The e-mails arrive at a GreenMail server
 * started by the test; every wait polls with a deadline, nothing asserts a duration.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = EscalationFixtures.mailServer();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static long id(JsonObject ticket) {
        return ticket.getJsonNumber("id").longValue();
    }

    private static void move(long ticket, String to) {
        expect(200, Api.call("POST", "api/tickets/" + ticket + "/transitions", ADMIN, JSON, "{\"to\":\"" + to + "\"}"));
    }

    private static List<JsonObject> pending(long ticket) {
        return escalations(ticket).stream().filter(e -> e.getString("state").equals("PENDING")).toList();
    }

    private static JsonObject step(List<JsonObject> steps, String name) {
        return steps.stream().filter(e -> e.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in " + steps));
    }

    private static Instant instant(JsonObject object, String member) {
        return Instant.parse(object.getString(member));
    }

    // ---- scenarios -------------------------------------------------------------------------------

    @Test
    void theWarningAndTheBreachAreMailedAndSentToWebhooksOnceAndTheBreachIsRecordedWhenItHappens() {
        Setup s = setup();
        try (WebhookReceiver receiver = WebhookReceiver.ok()) {
            JsonObject hook = subscribe(receiver.url(), s.customer());
            try {
                warnedAndBreached(s, receiver);
            } finally {
                String path = "api/webhooks/" + hook.getJsonNumber("id");
                expect(204, Api.call("DELETE", path, ADMIN, null, null, "If-Match", etag(Api.get(path, ADMIN))));
            }
        }
    }

    private static final String HOOK_SECRET = "it-escalation-secret-0123456789";

    private static JsonObject subscribe(String url, String customer) {
        return Api.object(expect(201, Api.call("POST", "api/webhooks", ADMIN, JSON, """
                {"url":"%s","eventTypes":["sla.warning","sla.breached","ticket.escalated"],"secret":"%s",
                 "customer":"%s","description":"escalation test receiver"}""".formatted(url, HOOK_SECRET, customer)))
                .body());
    }

    private static void warnedAndBreached(Setup s, WebhookReceiver receiver) {
        JsonObject created = ticket(s, 2);
        long id = id(created);
        String number = created.getString("number");
        Instant registered = instant(created, "registeredAt");

        List<JsonObject> planned = pending(id);
        assertEquals(registered.plusSeconds(16), instant(step(planned, "warning"), "dueAt"), planned.toString());
        assertEquals(registered.plusSeconds(21), instant(step(planned, "breach"), "dueAt"), "the first second over 20 s");

        await("the breach e-mails", () -> mails(MAIL, number, s.address(s.owner())).size()
                + mails(MAIL, number, s.address(s.lead())).size(), n -> n >= 2);
        await("the warning and breach e-mails to the assignee", () -> mails(MAIL, number, s.address(s.agent())), m -> m.size() >= 2);
        sleep(Duration.ofSeconds(3));
        assertEquals(2, mails(MAIL, number, s.address(s.agent())).size(), "the assignee (also the group's member) once each");
        assertEquals(1, mails(MAIL, number, s.address(s.lead())).size(), "the group's lead at the breach only");
        assertEquals(1, mails(MAIL, number, s.address(s.owner())).size(), "the agreement's owner at the breach only");
        assertTrue(subject(mails(MAIL, number, s.address(s.owner())).get(0)).contains("breached"));

        List<JsonObject> steps = escalations(id);
        assertTrue(steps.stream().allMatch(e -> e.getString("state").equals("FIRED")), steps.toString());
        assertEquals(3, steps.size(), "the warning, the breach record and the breach step: " + steps);
        assertTrue(steps.stream().noneMatch(e -> e.getBoolean("late")), steps.toString());
        JsonObject breach = history(id).stream().filter(e -> e.getString("type").equals("BREACH")).findFirst()
                .orElseThrow(() -> new AssertionError("no breach in the history"));
        assertEquals("resolution", breach.getString("to"));
        Instant breachedAt = instant(breach, "at");
        assertFalse(breachedAt.isBefore(registered.plusSeconds(21)), "recorded once the clock went over: " + breachedAt);
        assertEquals(2, history(id).stream().filter(e -> e.getString("type").equals("ESCALATION")).count());

        JsonObject page = Api.object(expect(200, Api.get("api/tickets?breached=true&customer=" + s.customer(), ADMIN))
                .body());
        assertEquals(List.of(number), page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("number")).toList());
        JsonObject clock = Api.object(Api.get("api/tickets/" + id, ADMIN).body()).getJsonArray("clocks")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("metric").equals("resolution"))
                .findFirst().orElseThrow();
        assertEquals(2, clock.getInt("escalationLevel"));
        assertFalse(clock.containsKey("nextStep") && !clock.isNull("nextStep"), clock.toString());

        WebhookReceiver.await("the three events at the receiver", () -> receiver.about(number).size() >= 3);
        sleep(Duration.ofSeconds(2));
        List<WebhookReceiver.Received> events = receiver.about(number);
        assertEquals(List.of("sla.breached", "sla.warning", "ticket.escalated"),
                events.stream().map(WebhookReceiver.Received::type).sorted().toList(), "each event once");
        events.forEach(r -> WebhookReceiver.assertSignedCloudEvent(r, HOOK_SECRET));
        JsonObject breached = events.stream().filter(r -> r.type().equals("sla.breached")).findFirst().orElseThrow()
                .event().getJsonObject("data");
        assertEquals("resolution", breached.getString("metric"));
        assertEquals(s.customer(), breached.getString("customer"));
    }

    @Test
    void aWaitPostponesTheWarningByItsWorkingTimeAndTheResolutionCancelsWhatIsPending() {
        Setup s = setup();
        JsonObject created = ticket(s, 1);
        long id = id(created);
        String number = created.getString("number");
        Instant registered = instant(created, "registeredAt");
        move(id, "CLARIFICATION_WITH_CUSTOMER");
        assertTrue(pending(id).isEmpty(), "a waiting clock plans nothing: " + pending(id));
        sleep(Duration.ofSeconds(4));
        move(id, "IN_PROGRESS");

        List<JsonObject> events = history(id);
        Instant paused = instant(events.stream().filter(e -> "CLARIFICATION_WITH_CUSTOMER".equals(e.getString("to", "")))
                .findFirst().orElseThrow(), "at");
        Instant resumed = instant(events.get(events.size() - 1), "at");
        Duration waited = Duration.between(paused, resumed);
        assertTrue(waited.toSeconds() >= 3, "waited " + waited);
        assertEquals(registered.plusSeconds(24).plus(waited), instant(step(pending(id), "warning"), "dueAt"),
                "80 % of 30 s, later by the wait");

        move(id, "RESOLVED");
        assertTrue(pending(id).isEmpty(), "nothing is pending once resolved: " + escalations(id));
        sleep(Duration.between(Instant.now(), registered.plusSeconds(40).plus(waited)));
        assertTrue(mails(MAIL, number, s.address(s.agent())).isEmpty(), "no warning for a resolved ticket");
    }

    @Test
    void aRaisedPriorityPlansTheStepsAfresh() {
        Setup s = setup();
        JsonObject created = ticket(s, 3);
        long id = id(created);
        Instant registered = instant(created, "registeredAt");
        assertEquals(registered.plus(Duration.ofMinutes(48)), instant(step(pending(id), "warning"), "dueAt"));

        String path = "api/tickets/" + id;
        expect(200, Api.call("PUT", path, ADMIN, JSON, "{\"priority\":1,\"priorityReason\":\"Whole floor affected\"}",
                "If-Match", etag(Api.get(path, ADMIN))));

        List<JsonObject> pending = pending(id);
        assertEquals(registered.plusSeconds(24), instant(step(pending, "warning"), "dueAt"), pending.toString());
        assertEquals(registered.plusSeconds(31), instant(step(pending, "breach"), "dueAt"), pending.toString());
    }

    @Test
    void holidaysOnACalendarInheritedOverTwoLevelsPlanTheStepsOfTheLowestAgreementsTicketsAfresh() {
        String calendar = unique("IT 24/7 inherited ");
        long calendarId = Api.object(expect(201, Api.call("POST", "api/calendars", ADMIN, JSON, """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2020-01-01","preset":"24/7"}"""
                .formatted(calendar))).body()).getJsonNumber("id").longValue();
        String corporate = activeAgreement(null, null, """
                {"services":[{"code":"WS","name":"Workplace","calendar":"%s"}],
                 "priorities":[{"number":1,"name":"Normal","resolution":"PT1H"}],"defaultPriority":1}"""
                .formatted(calendar));
        String customer = Fixtures.customer();
        String child = activeAgreement(customer, corporate, "{}");
        String grandchild = activeAgreement(customer, child, "{}");
        JsonObject created = Api.object(expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, """
                {"customer":"%s","agreement":"%s","service":"WS","title":"Printer jammed","priority":1}"""
                .formatted(customer, grandchild))).body());
        long id = id(created);
        Instant registered = instant(created, "registeredAt");
        assertEquals(registered.plus(Duration.ofMinutes(48)), instant(step(pending(id), "warning"), "dueAt"));

        // today and tomorrow become holidays of the calendar the lowest agreement inherits from the top one
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.now(berlin);
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
                "UID:closed@test", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:" + today.format(basic),
                "DTEND;VALUE=DATE:" + today.plusDays(2).format(basic), "SUMMARY:Closed", "END:VEVENT",
                "END:VCALENDAR", "");
        String path = "api/calendars/" + calendarId;
        expect(200, Api.call("POST", path + "/holidays?effectiveFrom=" + today, ADMIN, "text/calendar", ics,
                "If-Match", etag(Api.get(path, ADMIN))));

        Instant reopening = today.plusDays(2).atStartOfDay(berlin).toInstant();
        JsonObject warning = await("the warning planned after the holidays", () -> step(pending(id), "warning"),
                w -> !instant(w, "dueAt").isBefore(reopening));
        assertEquals(reopening.plus(Duration.ofMinutes(48)), instant(warning, "dueAt"), warning.toString());
    }

    /** An active SLA below {@code parent} (none for a corporate one without customer) with the given own terms. */
    private static String activeAgreement(String customer, String parent, String terms) {
        String number = unique("SLA-TREE-");
        String body = """
                {"number":"%s","type":"SLA","title":"Tree %s",%s%s"validFrom":"2026-01-01","reviewDate":"2099-06-30",
                 "terms":%s}""".formatted(number, number, customer == null ? "" : "\"customer\":\"" + customer + "\",",
                parent == null ? "" : "\"parent\":\"" + parent + "\",", terms);
        HttpResponse<String> created = expect(201, Api.call("POST", "api/agreements", ADMIN, JSON, body));
        long id = Api.object(created.body()).getJsonNumber("id").longValue();
        expect(200, Api.call("POST", "api/agreements/" + id + "/activate", ADMIN, null, null, "If-Match",
                etag(created)));
        return number;
    }

    @Test
    void aStepThatCameDueWhileTheServerWasStoppedFiresOnceAfterTheStartMarkedLate() throws Exception {
        Setup s = setup();
        JsonObject created = ticket(s, 1);
        long id = id(created);
        String number = created.getString("number");
        Instant registered = instant(created, "registeredAt");

        asadmin("stop-domain");
        sleep(Duration.between(Instant.now(), registered.plusSeconds(40)));
        asadmin("start-domain");
        await("the application after the start", () -> Api.get("api/me", ADMIN).statusCode(), code -> code == 200);

        List<JsonObject> fired = await("the steps that came due while stopped", () -> escalations(id),
                steps -> steps.size() == 3 && steps.stream().allMatch(e -> e.getString("state").equals("FIRED")));
        for (JsonObject step : fired) {
            assertTrue(step.getBoolean("late"), step.toString());
            assertTrue(Duration.parse(step.getString("lateBy")).toSeconds() >= 5, step.toString());
        }
        await("the e-mails", () -> mails(MAIL, number, s.address(s.agent())), m -> m.size() >= 2);
        sleep(Duration.ofSeconds(3));
        assertEquals(2, mails(MAIL, number, s.address(s.agent())).size(), "the warning and the breach, once each");
        assertEquals(1, mails(MAIL, number, s.address(s.owner())).size());
    }

    /** Runs {@code asadmin} of the managed server, which the test JVM's environment configures as at its first start. */
    private static void asadmin(String command) throws IOException, InterruptedException {
        File home = new File(System.getProperty("servicelevel.it.payara-home", "target/payara6"));
        Process process = new ProcessBuilder(new File(home, "bin/asadmin").getAbsolutePath(), command, "domain1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "asadmin " + command + " finished");
        assertEquals(0, process.exitValue(), "asadmin " + command);
    }
}
