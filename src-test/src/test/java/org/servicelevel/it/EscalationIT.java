package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.etag;
import static org.servicelevel.it.Fixtures.expect;
import static org.servicelevel.it.Fixtures.unique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Escalation against the real server: tickets on a 24/7 calendar with targets of seconds, under the
 * default policy (a warning at 80 % of the target to the assignee and the group, the breach to the
 * assignee, the group's lead and the agreement's owner). The e-mails arrive at a GreenMail server
 * started by the test; every wait polls with a deadline, nothing asserts a duration.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {

    private static final String JSON = "application/json";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("servicelevel.it.smtp-port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A customer with an SLA (priorities 1: 30 s, 2: 20 s, 3: 1 h of resolution) owned by a manager, and a first-line group. */
    private record Setup(String customer, String sla, String group, String agent, String lead, String owner) {

        String address(String user) {
            return user + "@example.com";
        }
    }

    private static Setup setup() {
        String calendar = unique("IT 24/7 ");
        expect(201, Api.call("POST", "api/calendars", ADMIN, JSON, """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2020-01-01","preset":"24/7"}"""
                .formatted(calendar)));
        String customer = Fixtures.customer();
        String agent = user("agent");
        String lead = user("agent");
        String owner = user("manager");
        String group = unique("G");
        expect(201, Api.call("POST", "api/support-groups", ADMIN, JSON, """
                {"code":"%s","name":"First line %s","kind":"SUPPORT_LINE","lineLevel":1,"lead":"%s","members":["%s"]}"""
                .formatted(group, group, lead, agent)));
        String sla = unique("SLA-ESC-");
        HttpResponse<String> created = expect(201, Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"SLA","title":"Escalated support","customer":"%s","validFrom":"2026-01-01",
                 "reviewDate":"2099-06-30","owner":"%s",
                 "terms":{"services":[{"code":"WS","name":"Workplace","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Critical","resolution":"PT30S"},
                                {"number":2,"name":"High","resolution":"PT20S"},
                                {"number":3,"name":"Normal","resolution":"PT1H"}],
                  "defaultPriority":3}}""".formatted(sla, customer, owner, calendar)));
        long id = Api.object(created.body()).getJsonNumber("id").longValue();
        expect(200, Api.call("POST", "api/agreements/" + id + "/activate", ADMIN, null, null, "If-Match",
                etag(created)));
        return new Setup(customer, sla, group, agent, lead, owner);
    }

    private static String user(String role) {
        String username = unique("esc-" + role + "-").toLowerCase(Locale.ROOT);
        expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"%s","email":"%s@example.com","password":"%s","roles":["%s"]}"""
                .formatted(username, username, username, Fixtures.PASSWORD, role)));
        return username;
    }

    private static JsonObject ticket(Setup s, int priority) {
        return Api.object(expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, """
                {"customer":"%s","agreement":"%s","service":"WS","title":"Mail server down","priority":%d,
                 "assignee":"%s","supportGroup":"%s"}""".formatted(s.customer(), s.sla(), priority, s.agent(), s.group())))
                .body());
    }

    private static long id(JsonObject ticket) {
        return ticket.getJsonNumber("id").longValue();
    }

    private static void move(long ticket, String to) {
        expect(200, Api.call("POST", "api/tickets/" + ticket + "/transitions", ADMIN, JSON, "{\"to\":\"" + to + "\"}"));
    }

    private static List<JsonObject> escalations(long ticket) {
        return Api.array(expect(200, Api.get("api/tickets/" + ticket + "/escalations", ADMIN)).body())
                .getValuesAs(JsonObject.class);
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

    private static List<JsonObject> history(long ticket) {
        return Api.array(expect(200, Api.get("api/tickets/" + ticket + "/history", ADMIN)).body())
                .getValuesAs(JsonObject.class);
    }

    /** The e-mails received so far about the ticket, to the address. */
    private static List<MimeMessage> mails(String number, String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).contains(number)
                && recipients(m).contains(address)).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what + "; last seen: " + value);
            }
            sleep(Duration.ofMillis(500));
            value = probe.get();
        }
        return value;
    }

    private static void sleep(Duration d) {
        if (d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- scenarios -------------------------------------------------------------------------------

    @Test
    void theWarningAndTheBreachAreMailedOnceAndTheBreachIsRecordedWhenItHappens() {
        Setup s = setup();
        JsonObject created = ticket(s, 2);
        long id = id(created);
        String number = created.getString("number");
        Instant registered = instant(created, "registeredAt");

        List<JsonObject> planned = pending(id);
        assertEquals(registered.plusSeconds(16), instant(step(planned, "warning"), "dueAt"), planned.toString());
        assertEquals(registered.plusSeconds(21), instant(step(planned, "breach"), "dueAt"), "the first second over 20 s");

        await("the breach e-mails", () -> mails(number, s.address(s.owner())).size()
                + mails(number, s.address(s.lead())).size(), n -> n >= 2);
        await("the warning and breach e-mails to the assignee", () -> mails(number, s.address(s.agent())), m -> m.size() >= 2);
        sleep(Duration.ofSeconds(3));
        assertEquals(2, mails(number, s.address(s.agent())).size(), "the assignee (also the group's member) once each");
        assertEquals(1, mails(number, s.address(s.lead())).size(), "the group's lead at the breach only");
        assertEquals(1, mails(number, s.address(s.owner())).size(), "the agreement's owner at the breach only");
        assertTrue(subject(mails(number, s.address(s.owner())).get(0)).contains("breached"));

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
        assertTrue(mails(number, s.address(s.agent())).isEmpty(), "no warning for a resolved ticket");
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
        await("the e-mails", () -> mails(number, s.address(s.agent())), m -> m.size() >= 2);
        sleep(Duration.ofSeconds(3));
        assertEquals(2, mails(number, s.address(s.agent())).size(), "the warning and the breach, once each");
        assertEquals(1, mails(number, s.address(s.owner())).size());
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
