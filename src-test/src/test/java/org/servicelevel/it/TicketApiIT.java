package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tickets over the API as integrations use them: the clocks a new ticket carries, pausing and
 * resuming, priority changes and reopening, an imported history against the same events applied
 * live, idempotent creation, and what customer users may see and do. The tickets count time on a
 * round-the-clock calendar, so expected deadlines follow from real time.
 */
@ExtendWith(ArquillianExtension.class)
class TicketApiIT {

    private static final String JSON = "application/json";
    private static final String IMAP_USER = System.getProperty("servicelevel.it.imap-user", "servicedesk");
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);

    /**
     * The mail channel's mailbox (see servicelevel.mail.imap.* in the failsafe configuration): the
     * application polls it over IMAP every 2 s; tests put messages into it directly.
     */
    @RegisterExtension
    static final GreenMailExtension MAILBOX = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("servicelevel.it.imap-port", 3926), "127.0.0.1", ServerSetup.PROTOCOL_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("servicedesk@example.com", IMAP_USER,
                    System.getProperty("servicelevel.it.imap-password")))
            .withPerMethodLifecycle(false);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A customer with an active SLA on a 24/7 calendar: priorities 1-3 resolve in 2/4/16 h, respond in 15/30/120 min. */
    private record Setup(String customer, String sla) {
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static Setup setup() {
        String calendar = unique("IT 24/7 ");
        expect(201, Api.call("POST", "api/calendars", ADMIN, JSON, """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2020-01-01","preset":"24/7"}""".formatted(calendar)));
        String customer = unique("T");
        expect(201, Api.call("POST", "api/customers", ADMIN, JSON, "{\"code\":\"" + customer + "\",\"name\":\"" + customer
                + "\"}"));
        String sla = unique("SLA-");
        HttpResponse<String> created = expect(201, Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"SLA","title":"Round the clock","customer":"%s","validFrom":"2026-01-01",
                 "terms":{"services":[{"code":"OPS","name":"Operations","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Critical","response":"PT15M","resolution":"PT2H"},
                                {"number":2,"name":"High","response":"PT30M","resolution":"PT4H","requestKinds":["outage"]},
                                {"number":3,"name":"Normal","response":"PT2H","resolution":"PT16H"}],
                  "defaultPriority":3,
                  "lineExtensions":[{"lineLevel":3,"extra":"PT1H"}]}}""".formatted(sla, customer, calendar)));
        long id = Api.object(created.body()).getJsonNumber("id").longValue();
        expect(200, Api.call("POST", "api/agreements/" + id + "/activate", ADMIN, null, null, "If-Match",
                created.headers().firstValue("ETag").orElseThrow()));
        return new Setup(customer, sla);
    }

    private static JsonObject create(Setup s, String extra) {
        return Api.object(expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, """
                {"customer":"%s","agreement":"%s","service":"OPS","title":"Disk full on db01","channel":"MONITORING"%s}"""
                .formatted(s.customer(), s.sla(), extra))).body());
    }

    private static JsonObject move(long id, String to) {
        return Api.object(expect(200, Api.call("POST", "api/tickets/" + id + "/transitions", ADMIN, JSON,
                "{\"to\":\"" + to + "\"}")).body());
    }

    private static JsonObject clock(JsonObject ticket, String metric) {
        return ticket.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("metric").equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no clock " + metric + " in " + ticket));
    }

    private static Instant instant(JsonObject object, String member) {
        return OffsetDateTime.parse(object.getString(member)).toInstant();
    }

    private static long id(JsonObject ticket) {
        return ticket.getJsonNumber("id").longValue();
    }

    private static void pause() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- scenarios -------------------------------------------------------------------------------

    @Test
    void aTicketCreatedOverRestCarriesItsClocks() {
        Setup s = setup();
        JsonObject ticket = create(s, ",\"requestType\":\"outage\"");
        assertTrue(ticket.getString("number").matches("T-\\d{6}"), ticket.getString("number"));
        assertEquals(2, ticket.getInt("priority"), "an outage is priority 2 under this SLA");
        assertEquals("NEW", ticket.getString("status"));
        Instant registered = Instant.parse(ticket.getString("registeredAt"));
        JsonObject resolution = clock(ticket, "resolution");
        assertEquals("RUNNING", resolution.getString("state"));
        assertEquals("PT4H", resolution.getString("target"));
        assertEquals(registered.plus(Duration.ofHours(4)), instant(resolution, "due"));
        JsonObject response = clock(ticket, "response");
        assertEquals(registered.plus(Duration.ofMinutes(30)), instant(response, "due"));
        assertTrue(response.getJsonNumber("dueInSeconds").longValue() > 29 * 60, response.toString());

        JsonObject started = move(id(ticket), "IN_PROGRESS");
        assertEquals("MET", clock(started, "response").getString("state"), "starting work is the first response");
        assertEquals(started.getString("firstResponseAt"), Api.object(Api.get("api/tickets/" + id(ticket), ADMIN).body())
                .getString("firstResponseAt"));
        HttpResponse<String> wrong = Api.call("POST", "api/tickets/" + id(ticket) + "/transitions", ADMIN, JSON,
                "{\"to\":\"CLOSED\"}");
        assertEquals(409, wrong.statusCode(), wrong.body());
        assertTrue(Api.object(wrong.body()).getString("detail").contains("cannot move to CLOSED"), wrong.body());
    }

    @Test
    void pausingAndResumingMovesTheDueInstantByExactlyThePausedWorkingTime() {
        Setup s = setup();
        JsonObject ticket = move(id(create(s, "")), "IN_PROGRESS");
        Instant dueBefore = instant(clock(ticket, "resolution"), "due");

        JsonObject paused = move(id(ticket), "CLARIFICATION_WITH_CUSTOMER");
        JsonObject pausedClock = clock(paused, "resolution");
        assertEquals("PAUSED", pausedClock.getString("state"));
        assertFalse(pausedClock.containsKey("due") && !pausedClock.isNull("due"), "a paused clock has no deadline");
        pause();
        JsonObject resumed = move(id(ticket), "IN_PROGRESS");
        JsonObject resumedClock = clock(resumed, "resolution");
        assertEquals("RUNNING", resumedClock.getString("state"));
        Duration pausedTime = Duration.parse(resumedClock.getString("pausedWorkingTime"));
        assertTrue(pausedTime.compareTo(Duration.ofSeconds(1)) >= 0, "clocks count whole seconds: " + pausedTime);
        assertEquals(pausedTime, Duration.between(dueBefore, instant(resumedClock, "due")),
                "the deadline moved by exactly the time the ticket waited");

        JsonObject timeline = Api.object(expect(200, Api.get("api/tickets/" + id(ticket)
                + "/clocks/resolution/timeline", ADMIN)).body());
        assertEquals(pausedTime, Duration.parse(timeline.getString("waitingOnCustomer")));
        assertTrue(timeline.getJsonArray("segments").getValuesAs(JsonObject.class).stream()
                .anyMatch(seg -> seg.getString("kind").equals("PAUSED")
                        && seg.getString("status").equals("CLARIFICATION_WITH_CUSTOMER")), timeline.toString());
        HttpResponse<String> csv = expect(200, Api.call("GET", "api/tickets/" + id(ticket)
                + "/clocks/resolution/timeline", ADMIN, null, null, "Accept", "text/csv"));
        assertTrue(csv.body().startsWith("ticket,metric,agreement_version,calendar"), csv.body());
        assertTrue(csv.body().contains(",PAUSED,CLARIFICATION_WITH_CUSTOMER,"), csv.body());
    }

    @Test
    void aPriorityChangeAndAReopeningRecalculateTheClocks() {
        Setup s = setup();
        JsonObject ticket = move(id(create(s, "")), "IN_PROGRESS");
        assertEquals(3, ticket.getInt("priority"));
        Instant registered = Instant.parse(ticket.getString("registeredAt"));
        String path = "api/tickets/" + id(ticket);
        JsonObject raised = Api.object(expect(200, Api.call("PUT", path, ADMIN, JSON,
                "{\"priority\":1,\"priorityReason\":\"production is down\"}", "If-Match",
                Api.get(path, ADMIN).headers().firstValue("ETag").orElseThrow())).body());
        JsonObject resolution = clock(raised, "resolution");
        assertEquals("PT2H", resolution.getString("target"));
        assertEquals(registered.plus(Duration.ofHours(2)), instant(resolution, "due"), "measured from registration");
        assertEquals(412, Api.call("PUT", path, ADMIN, JSON, "{\"priority\":2}", "If-Match", "\"1\"").statusCode());
        assertEquals(428, Api.call("PUT", path, ADMIN, JSON, "{\"priority\":2}").statusCode());

        String group = unique("L3-");
        expect(201, Api.call("POST", "api/support-groups", ADMIN, JSON,
                "{\"code\":\"" + group + "\",\"name\":\"Third line\",\"kind\":\"SUPPORT_LINE\",\"lineLevel\":3}"));
        JsonObject escalated = Api.object(expect(200, Api.call("PUT", path, ADMIN, JSON,
                "{\"supportGroup\":\"" + group + "\",\"assignee\":\"dana\"}", "If-Match",
                Api.get(path, ADMIN).headers().firstValue("ETag").orElseThrow())).body());
        assertEquals("PT3H", clock(escalated, "resolution").getString("target"), "the third line adds one hour");
        assertEquals(3, escalated.getInt("supportLine"));

        JsonObject resolved = move(id(ticket), "RESOLVED");
        JsonObject met = clock(resolved, "resolution");
        assertEquals("MET", met.getString("state"));
        Duration elapsedAtResolution = Duration.parse(met.getString("elapsed"));
        pause();
        JsonObject reopened = move(id(ticket), "IN_PROGRESS");
        JsonObject running = clock(reopened, "resolution");
        assertEquals("RUNNING", running.getString("state"), "reopening resumes the resolution clock");
        assertFalse(reopened.containsKey("resolvedAt") && !reopened.isNull("resolvedAt"), reopened.toString());
        Instant reopenedAt = Instant.parse(reopened.getString("clocksAsOf")).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant resolvedAt = Instant.parse(resolved.getString("resolvedAt"));
        assertEquals(registered.plus(Duration.ofHours(3)).plus(Duration.between(resolvedAt, reopenedAt)),
                instant(running, "due"), "the time it was resolved does not count");
        assertTrue(Duration.parse(running.getString("elapsed")).compareTo(elapsedAtResolution) >= 0);

        List<String> history = Api.array(Api.get(path + "/history", ADMIN).body()).getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("type")).toList();
        assertEquals(List.of("REGISTERED", "STATUS", "PRIORITY", "ASSIGNMENT", "STATUS", "STATUS"), history);
    }

    @Test
    void anImportedHistoryYieldsTheSameClocksAsTheSameEventsAppliedLive() {
        Setup s = setup();
        JsonObject live = create(s, ",\"externalReference\":\"" + unique("LIVE-") + "\"");
        long id = id(live);
        move(id, "IN_PROGRESS");
        expect(201, Api.call("POST", "api/tickets/" + id + "/comments", ADMIN, JSON,
                "{\"text\":\"Looking into it\",\"visibleToCustomer\":true}"));
        move(id, "PASSED_TO_THIRD_PARTY");
        pause();
        move(id, "IN_PROGRESS");
        String path = "api/tickets/" + id;
        expect(200, Api.call("PUT", path, ADMIN, JSON, "{\"priority\":2}", "If-Match",
                Api.get(path, ADMIN).headers().firstValue("ETag").orElseThrow()));
        move(id, "RESOLVED");

        JsonArray history = Api.array(Api.get(path + "/history", ADMIN).body());
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (JsonValue value : history) {
            JsonObject e = value.asJsonObject();
            String at = e.getString("at");
            switch (e.getString("type")) {
                case "STATUS" -> events.add(Json.createObjectBuilder().add("at", at).add("type", "STATUS")
                        .add("to", e.getString("to")).add("actor", e.getString("actor")));
                case "PRIORITY" -> events.add(Json.createObjectBuilder().add("at", at).add("type", "PRIORITY")
                        .add("priority", Integer.parseInt(e.getString("to"))));
                case "COMMENT" -> events.add(Json.createObjectBuilder().add("at", at).add("type", "COMMENT")
                        .add("text", e.getString("text")).add("visibleToCustomer", true));
                default -> { }
            }
        }
        String reference = unique("IMP-");
        JsonObject request = Json.createObjectBuilder().add("tickets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("customer", s.customer()).add("agreement", s.sla())
                        .add("service", "OPS").add("title", "Disk full on db01 (imported)").add("channel", "MONITORING")
                        .add("externalReference", reference).add("registeredAt", history.getJsonObject(0).getString("at"))
                        .add("events", events))
                .add(Json.createObjectBuilder().add("customer", s.customer()).add("agreement", s.sla())
                        .add("service", "NOPE").add("title", "Broken").add("registeredAt", "2026-06-01T10:00:00+02:00"))
                .add(Json.createObjectBuilder().add("customer", s.customer()).add("agreement", s.sla())
                        .add("service", "OPS").add("title", "Too long").add("requestType", "x".repeat(101))
                        .add("registeredAt", "2026-06-01T10:00:00+02:00"))
                ).build();
        JsonObject report = Api.object(expect(200, Api.call("POST", "api/tickets/import", ADMIN, JSON,
                request.toString())).body());
        assertEquals(1, report.getInt("created"), report.toString());
        assertEquals(2, report.getInt("failed"), report.toString());
        JsonObject failed = report.getJsonArray("results").getJsonObject(1);
        assertEquals("FAILED", failed.getString("outcome"));
        assertEquals("tickets[1].service", failed.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("tickets[2].requestType", report.getJsonArray("results").getJsonObject(2).getJsonArray("errors")
                .getJsonObject(0).getString("field"));
        long importedId = report.getJsonArray("results").getJsonObject(0).getJsonNumber("ticketId").longValue();

        String at = OffsetDateTime.now().plusHours(1).toString().replace("+", "%2B");
        JsonArray liveClocks = Api.array(expect(200, Api.get(path + "/clocks?at=" + at, ADMIN)).body());
        JsonArray importedClocks = Api.array(expect(200, Api.get("api/tickets/" + importedId + "/clocks?at=" + at,
                ADMIN)).body());
        assertEquals(liveClocks, importedClocks, "same events, same clocks");
        assertEquals("MET", clock(Json.createObjectBuilder().add("clocks", liveClocks).build(), "resolution")
                .getString("state"));

        JsonObject again = Api.object(expect(200, Api.call("POST", "api/tickets/import", ADMIN, JSON,
                Json.createObjectBuilder().add("tickets", Json.createArrayBuilder().add(request.getJsonArray("tickets")
                        .get(0))).build().toString())).body());
        assertEquals("DUPLICATE", again.getJsonArray("results").getJsonObject(0).getString("outcome"),
                "an import can be repeated");
        assertEquals(importedId, again.getJsonArray("results").getJsonObject(0).getJsonNumber("ticketId").longValue());
        HttpResponse<String> malformed = Api.call("POST", "api/tickets/import", ADMIN, JSON,
                "{\"tickets\":[{\"registeredAt\":\"yesterday\"}]}");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("tickets[0].registeredAt"), malformed.body());
    }

    @Test
    void aStoppedClockStaysSettledWhenTheTicketChangesLater() {
        Setup s = setup();
        String third = unique("G");
        expect(201, Api.call("POST", "api/support-groups", ADMIN, JSON, "{\"code\":\"" + third + "\",\"name\":\""
                + third + "\",\"kind\":\"SUPPORT_LINE\",\"lineLevel\":3}"));
        JsonObject request = Json.createObjectBuilder().add("tickets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("customer", s.customer()).add("agreement", s.sla())
                        .add("service", "OPS").add("title", "Backup failed").add("priority", 2)
                        .add("externalReference", unique("SET-")).add("registeredAt", "2026-06-01T09:00:00+02:00")
                        .add("events", Json.createArrayBuilder()
                                .add(event("2026-06-01T09:05:00+02:00", "STATUS").add("to", "IN_PROGRESS"))
                                .add(event("2026-06-01T13:30:00+02:00", "STATUS").add("to", "RESOLVED"))
                                .add(event("2026-06-02T09:00:00+02:00", "STATUS").add("to", "CLOSED"))
                                .add(event("2026-06-08T10:00:00+02:00", "ASSIGNMENT").add("group", third))
                                .add(event("2026-06-08T10:05:00+02:00", "COMMENT").add("text", "Root cause found")
                                        .add("visibleToCustomer", true)))))
                .build();
        JsonObject report = Api.object(expect(200, Api.call("POST", "api/tickets/import", ADMIN, JSON,
                request.toString())).body());
        assertEquals(1, report.getInt("created"), report.toString());
        long id = report.getJsonArray("results").getJsonObject(0).getJsonNumber("ticketId").longValue();

        JsonObject ticket = Api.object(expect(200, Api.get("api/tickets/" + id, ADMIN)).body());
        JsonObject resolution = clock(ticket, "resolution");
        assertEquals("BREACHED", resolution.getString("state"), "the third line's extension came after the close");
        assertEquals("PT4H", resolution.getString("target"));
        assertEquals(Instant.parse("2026-06-01T11:00:00Z"), instant(resolution, "breachedAt"));
        assertEquals(Instant.parse("2026-06-01T11:30:00Z"), instant(resolution, "stoppedAt"));
        assertFalse(resolution.getBoolean("paused"));
        assertEquals("MET", clock(ticket, "response").getString("state"), "the move to IN_PROGRESS after 5 minutes");

        HttpResponse<String> early = Api.get("api/tickets/" + id + "/clocks?at=2026-06-01T08:59:59%2B02:00", ADMIN);
        assertEquals(400, early.statusCode(), early.body());
        assertEquals("at", Api.object(early.body()).getJsonArray("errors").getJsonObject(0).getString("field"),
                early.body());
        expect(200, Api.get("api/tickets/" + id + "/clocks?at=2026-06-01T09:00:00%2B02:00", ADMIN));

        JsonArray listed = Api.object(expect(200, Api.get("api/tickets?customer=" + s.customer() + "&breached=true",
                ADMIN)).body()).getJsonArray("items");
        assertTrue(listed.getValuesAs(JsonObject.class).stream().anyMatch(t -> id(t) == id),
                "the list filter reads the settled clocks: " + listed);
    }

    private static JsonObjectBuilder event(String at, String type) {
        return Json.createObjectBuilder().add("at", at).add("type", type).add("actor", "anna");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyGetsTheSameTicket() {
        Setup s = setup();
        String body = """
                {"customer":"%s","agreement":"%s","service":"OPS","title":"Backup failed"}""".formatted(s.customer(), s.sla());
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, body, "Idempotency-Key", key));
        HttpResponse<String> retry = expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, body, "Idempotency-Key", key));
        assertEquals(Api.object(first.body()).getString("number"), Api.object(retry.body()).getString("number"));
        assertEquals(first.headers().firstValue("Location"), retry.headers().firstValue("Location"));
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null));
        HttpResponse<String> reused = Api.call("POST", "api/tickets", ADMIN, JSON, body.replace("Backup failed",
                "Something else"), "Idempotency-Key", key);
        assertEquals(422, reused.statusCode(), reused.body());
        HttpResponse<String> withoutKey = expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, body));
        assertNotEquals(Api.object(first.body()).getString("number"), Api.object(withoutKey.body()).getString("number"));

        long matching = Api.object(Api.get("api/tickets?customer=" + s.customer() + "&text=backup", ADMIN).body())
                .getJsonNumber("total").longValue();
        assertEquals(2, matching, "the retry created nothing");
    }

    @Test
    void customerUsersSeeAndChangeOnlyTheirOwnOrganisationsTickets() {
        Setup own = setup();
        Setup other = setup();
        JsonObject foreign = create(other, "");
        String username = "it-tcust-" + UUID.randomUUID().toString().substring(0, 8);
        expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Carla Customer","password":"customer-pass-1","roles":["customer"],
                 "organisation":"%s"}""".formatted(username, own.customer())));
        String asCustomer = Api.basic(username, "customer-pass-1");
        HttpResponse<String> mine = expect(201, Api.call("POST", "api/tickets", asCustomer, JSON, """
                {"agreement":"%s","service":"OPS","title":"My laptop","channel":"PORTAL"}""".formatted(own.sla())));
        JsonObject ticket = Api.object(mine.body());
        assertEquals(own.customer(), ticket.getString("customer"));
        assertEquals(username, ticket.getJsonObject("requester").getString("username"));

        assertEquals(404, Api.get("api/tickets/" + id(foreign), asCustomer).statusCode());
        assertEquals("application/problem+json", Api.get("api/tickets/" + id(foreign), asCustomer).headers()
                .firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals(404, Api.call("POST", "api/tickets/" + id(foreign) + "/comments", asCustomer, JSON,
                "{\"text\":\"hello\"}").statusCode());
        JsonObject page = Api.object(Api.get("api/tickets?size=500", asCustomer).body());
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(t -> t.getString("customer").equals(own.customer())), page.toString());
        HttpResponse<String> otherCustomer = Api.call("POST", "api/tickets", asCustomer, JSON, """
                {"customer":"%s","agreement":"%s","service":"OPS","title":"Not mine"}""".formatted(other.customer(), other.sla()));
        assertEquals(400, otherCustomer.statusCode(), otherCustomer.body());

        expect(201, Api.call("POST", "api/tickets/" + id(ticket) + "/comments", ADMIN, JSON,
                "{\"text\":\"internal: check warranty\",\"visibleToCustomer\":false}"));
        expect(200, Api.call("POST", "api/tickets/" + id(ticket) + "/transitions", ADMIN, JSON,
                "{\"to\":\"IN_PROGRESS\",\"note\":\"internal: VIP, handle first\"}"));
        expect(200, Api.call("POST", "api/tickets/" + id(ticket) + "/transitions", ADMIN, JSON,
                "{\"to\":\"CLARIFICATION_WITH_CUSTOMER\",\"note\":\"Which room is it in?\",\"visibleToCustomer\":true}"));
        String customerHistory = Api.get("api/tickets/" + id(ticket) + "/history", asCustomer).body();
        assertFalse(customerHistory.contains("VIP, handle first"), "a staff note is internal by default");
        assertTrue(customerHistory.contains("Which room is it in?"), customerHistory);
        HttpResponse<String> choosingPriority = Api.call("POST", "api/tickets", asCustomer, JSON, """
                {"agreement":"%s","service":"OPS","title":"Urgent!","priority":1}""".formatted(own.sla()));
        assertEquals(400, choosingPriority.statusCode(), choosingPriority.body());
        assertTrue(choosingPriority.body().contains("\"field\":\"priority\""), choosingPriority.body());
        List<String> comments = Api.array(Api.get("api/tickets/" + id(ticket) + "/comments", asCustomer).body())
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("text", "")).toList();
        assertFalse(comments.contains("internal: check warranty"), comments.toString());
        HttpResponse<String> internalByCustomer = Api.call("POST", "api/tickets/" + id(ticket) + "/comments",
                asCustomer, JSON, "{\"text\":\"just between us\",\"visibleToCustomer\":false}");
        assertEquals(400, internalByCustomer.statusCode(), internalByCustomer.body());
        assertTrue(internalByCustomer.body().contains("\"field\":\"visibleToCustomer\""), internalByCustomer.body());
        assertFalse(Api.get("api/tickets/" + id(ticket) + "/history", ADMIN).body().contains("just between us"),
                "a refused comment is not stored");
        HttpResponse<String> staffOnly = Api.call("POST", "api/tickets/" + id(ticket) + "/transitions", asCustomer, JSON,
                "{\"to\":\"RESOLVED\"}");
        assertEquals(409, staffOnly.statusCode(), "the model has no such move from clarification: " + staffOnly.body());
        expect(200, Api.call("POST", "api/tickets/" + id(ticket) + "/transitions", asCustomer, JSON,
                "{\"to\":\"IN_PROGRESS\",\"note\":\"Room 3.14\"}"));
        HttpResponse<String> resolveAsCustomer = Api.call("POST", "api/tickets/" + id(ticket) + "/transitions",
                asCustomer, JSON, "{\"to\":\"RESOLVED\"}");
        assertEquals(403, resolveAsCustomer.statusCode(), resolveAsCustomer.body());
        assertEquals(403, Api.call("PUT", "api/tickets/" + id(ticket), asCustomer, JSON, "{\"title\":\"x\"}",
                "If-Match", "\"1\"").statusCode());
        assertNull(Api.object(Api.get("api/tickets/" + id(ticket), asCustomer).body()).get("assignee"));
    }

    @Test
    void aTicketNoRuleMatchesIsRegisteredWithoutAgreementAndGivenOneLater() {
        Setup s = setup();
        Setup other = setup();
        JsonObject ticket = Api.object(expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, """
                {"customer":"%s","service":"OPS","title":"Tape library offline","requestType":"outage"}"""
                .formatted(s.customer()))).body());
        assertTrue(ticket.getBoolean("withoutAgreement"), ticket.toString());
        assertFalse(ticket.containsKey("agreement"), ticket.toString());
        assertEquals(0, ticket.getJsonArray("clocks").size(), "no agreement, no clocks");
        Instant registered = Instant.parse(ticket.getString("registeredAt"));
        String path = "api/tickets/" + id(ticket);
        assertEquals(0, Api.array(Api.get(path + "/clocks", ADMIN).body()).size());
        List<JsonObject> history = Api.array(Api.get(path + "/history", ADMIN).body()).getValuesAs(JsonObject.class);
        assertEquals(List.of("REGISTERED", "AGREEMENT"), history.stream().map(e -> e.getString("type")).toList());
        assertTrue(history.get(1).getString("text").startsWith("No agreement applies"), history.toString());

        String listed = "api/tickets?size=500&customer=" + s.customer();
        assertEquals(List.of(ticket.getString("number")), numbers(Api.get(listed + "&withoutAgreement=true", ADMIN)));
        assertEquals(List.of(), numbers(Api.get(listed + "&agreement=" + s.sla(), ADMIN)));
        assertEquals(List.of("withoutAgreement"), Fixtures.fields(Api.get(listed + "&withoutAgreement=true&agreement="
                + s.sla(), ADMIN)));
        assertEquals(List.of("priority"), Fixtures.fields(Api.call("PUT", path, ADMIN, JSON, "{\"priority\":1}",
                "If-Match", Fixtures.etag(Api.get(path, ADMIN)))), "no priorities without an agreement");

        String asCustomer = Fixtures.user("customer", s.customer());
        JsonObject own = Api.object(expect(201, Api.call("POST", "api/tickets", asCustomer, JSON,
                "{\"service\":\"OPS\",\"title\":\"My scanner\",\"channel\":\"PORTAL\"}")).body());
        assertTrue(own.getBoolean("withoutAgreement"), own.toString());
        assertFalse(Api.get("api/tickets/" + id(own) + "/history", asCustomer).body().contains("No agreement applies"),
                "the rules' trace is for staff");
        assertEquals(403, Api.call("PUT", path + "/agreement", asCustomer, JSON, "{\"agreement\":\"" + s.sla() + "\"}",
                "If-Match", Fixtures.etag(Api.get(path, ADMIN))).statusCode(), "customers do not assign agreements");

        HttpResponse<String> foreign = Api.call("PUT", path + "/agreement", ADMIN, JSON, "{\"agreement\":\""
                + other.sla() + "\"}", "If-Match", Fixtures.etag(Api.get(path, ADMIN)));
        assertEquals(List.of("agreement"), Fixtures.fields(foreign), "never another customer's SLA");
        assertEquals(412, Api.call("PUT", path + "/agreement", ADMIN, JSON, "{\"agreement\":\"" + s.sla() + "\"}",
                "If-Match", "\"99\"").statusCode());

        pause();
        HttpResponse<String> assigned = expect(200, Api.call("PUT", path + "/agreement", ADMIN, JSON,
                "{\"agreement\":\"" + s.sla() + "\",\"priority\":1}", "If-Match", Fixtures.etag(Api.get(path, ADMIN))));
        JsonObject governed = Api.object(assigned.body());
        assertFalse(governed.getBoolean("withoutAgreement"));
        assertEquals(s.sla(), governed.getString("agreement"));
        assertEquals(1, governed.getInt("agreementVersion"));
        assertEquals(1, governed.getInt("priority"));
        JsonObject resolution = clock(governed, "resolution");
        assertEquals(registered, instant(resolution, "startedAt"), "the clocks count from registration");
        assertEquals(registered.plus(Duration.ofHours(2)), instant(resolution, "due"));
        assertEquals(registered.plus(Duration.ofMinutes(15)), instant(clock(governed, "response"), "due"));
        assertEquals(List.of(own.getString("number")), numbers(Api.get(listed + "&withoutAgreement=true", ADMIN)),
                "it has an agreement now; the customer's own ticket has none yet");
        assertEquals(List.of(ticket.getString("number")), numbers(Api.get(listed + "&agreement=" + s.sla(), ADMIN)));
        JsonObject assignment = Api.array(Api.get(path + "/history", ADMIN).body()).getValuesAs(JsonObject.class)
                .stream().reduce((a, b) -> b).orElseThrow();
        assertEquals("AGREEMENT", assignment.getString("type"));
        assertEquals(s.sla() + " v1, priority 1", assignment.getString("to"));
        assertEquals("admin", assignment.getString("actor"));

        HttpResponse<String> again = Api.call("PUT", path + "/agreement", ADMIN, JSON, "{\"agreement\":\"" + s.sla()
                + "\"}", "If-Match", assigned.headers().firstValue("ETag").orElseThrow());
        assertEquals(409, again.statusCode(), "changing a ticket's agreement is another matter: " + again.body());
    }

    private static List<String> numbers(HttpResponse<String> page) {
        return Api.object(expect(200, page).body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("number")).toList();
    }

    @Test
    void outagesAreRecordedPerServiceAndCustomerAndEndedLater() {
        Setup s = setup();
        JsonObject ticket = create(s, "");
        OffsetDateTime now = OffsetDateTime.now();
        HttpResponse<String> recorded = expect(201, Api.call("POST", "api/outages", ADMIN, JSON, """
                {"service":"ops","customer":"%s","ticket":"%s","start":"%s","description":"Storage array failed"}"""
                .formatted(s.customer(), ticket.getString("number"), now.minusHours(2))));
        JsonObject outage = Api.object(recorded.body());
        assertEquals("OPS", outage.getString("service"));
        assertFalse(outage.containsKey("end"), "it still lasts");
        assertTrue(outage.getJsonNumber("durationSeconds").longValue() >= 7200);

        String path = "api/outages/" + outage.getJsonNumber("id").longValue();
        HttpResponse<String> reversed = Api.call("PUT", path, ADMIN, JSON, """
                {"service":"OPS","customer":"%s","start":"%s","end":"%s"}""".formatted(s.customer(), now.minusHours(2),
                now.minusHours(3)), "If-Match", recorded.headers().firstValue("ETag").orElseThrow());
        assertEquals("end", Api.object(expect(400, reversed).body()).getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        JsonObject ended = Api.object(expect(200, Api.call("PUT", path, ADMIN, JSON, """
                {"service":"OPS","customer":"%s","start":"%s","end":"%s"}""".formatted(s.customer(), now.minusHours(2),
                now.minusMinutes(30)), "If-Match", recorded.headers().firstValue("ETag").orElseThrow())).body());
        assertEquals(5400, ended.getJsonNumber("durationSeconds").longValue());

        String from = now.minusDays(1).toString().replace("+", "%2B");
        List<Long> listed = Api.array(expect(200, Api.get("api/outages?service=OPS&customer=" + s.customer() + "&from="
                + from, ADMIN)).body()).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
        assertTrue(listed.contains(outage.getJsonNumber("id").longValue()), listed.toString());
        assertTrue(Api.array(Api.get("api/outages?service=OPS&customer=" + s.customer() + "&to="
                + now.minusDays(1).toString().replace("+", "%2B"), ADMIN).body()).isEmpty(), "it began later");
    }

    @Test
    void administratorsExtendTheStatusModel() {
        HttpResponse<String> read = expect(200, Api.get("api/ticket-statuses", ADMIN));
        JsonObject model = Api.object(read.body());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String code = unique("WAITING_FOR_PARTS_");
        JsonArrayBuilder statuses = Json.createArrayBuilder();
        model.getJsonArray("statuses").forEach(statuses::add);
        statuses.add(Json.createObjectBuilder().add("code", code).add("name", "Waiting for parts")
                .add("category", "WAITING_ON_THIRD_PARTY").add("position", 65));
        JsonArrayBuilder transitions = Json.createArrayBuilder();
        model.getJsonArray("transitions").forEach(transitions::add);
        transitions.add(Json.createObjectBuilder().add("from", "IN_PROGRESS").add("to", code).add("name", "Order parts"));
        transitions.add(Json.createObjectBuilder().add("from", code).add("to", "IN_PROGRESS").add("name", "Parts arrived"));
        String extended = Json.createObjectBuilder().add("statuses", statuses).add("transitions", transitions).build()
                .toString();
        assertEquals(428, Api.call("PUT", "api/ticket-statuses", ADMIN, JSON, extended).statusCode());
        assertEquals(412, Api.call("PUT", "api/ticket-statuses", ADMIN, JSON, extended, "If-Match", "\"stale\"")
                .statusCode());
        String agent = "it-agent-" + UUID.randomUUID().toString().substring(0, 8);
        expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Agent","password":"agent-pass-1","roles":["agent"]}""".formatted(agent)));
        assertEquals(403, Api.call("PUT", "api/ticket-statuses", Api.basic(agent, "agent-pass-1"), JSON, extended,
                "If-Match", etag).statusCode(), "only administrators change the model");
        HttpResponse<String> replaced = expect(200, Api.call("PUT", "api/ticket-statuses", ADMIN, JSON, extended,
                "If-Match", etag));
        assertNotEquals(etag, replaced.headers().firstValue("ETag").orElseThrow());

        Setup s = setup();
        JsonObject ticket = move(id(create(s, "")), "IN_PROGRESS");
        JsonObject waiting = move(id(ticket), code);
        assertEquals("WAITING_ON_THIRD_PARTY", waiting.getString("statusCategory"));
        assertEquals("RUNNING", clock(waiting, "resolution").getString("state"),
                "only the agreement's pause statuses stop the clock");

        JsonObject current = Api.object(Api.get("api/ticket-statuses", ADMIN).body());
        JsonArrayBuilder without = Json.createArrayBuilder();
        current.getJsonArray("statuses").getValuesAs(JsonObject.class).stream()
                .filter(st -> !st.getString("code").equals(code)).forEach(without::add);
        JsonArrayBuilder kept = Json.createArrayBuilder();
        current.getJsonArray("transitions").getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getString("from").equals(code) && !t.getString("to").equals(code)).forEach(kept::add);
        HttpResponse<String> removal = Api.call("PUT", "api/ticket-statuses", ADMIN, JSON, Json.createObjectBuilder()
                .add("statuses", without).add("transitions", kept).build().toString(), "If-Match",
                Api.get("api/ticket-statuses", ADMIN).headers().firstValue("ETag").orElseThrow());
        assertEquals(409, removal.statusCode(), "a status in a ticket's history stays: " + removal.body());
    }

    // ---- the mail channel ------------------------------------------------------------------------

    /** A customer whose tickets the selection rules send to its SLA, and a customer user with an e-mail address. */
    private record MailSetup(Setup setup, String username, String email) {
    }

    private static MailSetup mailSetup() {
        Setup s = setup();
        expect(201, Api.call("POST", "api/selection-rules", ADMIN, JSON, """
                {"name":"%s","position":1,"customer":"%s","agreement":"%s"}""".formatted(unique("mail rule "),
                s.customer(), s.sla())));
        String username = "it-mail-" + UUID.randomUUID().toString().substring(0, 8);
        String email = customerUser(username, s.customer());
        return new MailSetup(s, username, email);
    }

    /** Creates a customer user of the organisation; answers their e-mail address, in mixed case. */
    private static String customerUser(String username, String customer) {
        String email = username.toUpperCase(Locale.ROOT).replace("IT-", "It.") + "@Customer.example.com";
        expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Mail %s","email":"%s","password":"customer-pass-1",
                 "roles":["customer"],"organisation":"%s"}""".formatted(username, username, email, customer)));
        return email;
    }

    private static String messageId() {
        return "<" + UUID.randomUUID() + "@customer.example.com>";
    }

    /** Puts a plain-text message into the mailbox, as the mail server would after receiving it. */
    private static void deliver(String messageId, String from, String subject, String text) {
        deliver(messageId, from, subject, text, "");
    }

    /** As {@link #deliver(String, String, String, String)}, with more header lines (each ending in a line end). */
    private static void deliver(String messageId, String from, String subject, String text, String headers) {
        String raw = """
                From: %s
                To: servicedesk@example.com
                Subject: %s
                Date: Mon, 1 Jun 2026 10:00:00 +0200
                Message-ID: %s
                %sMIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(from, subject, messageId, headers, text).replace("\n", "\r\n");
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            MAILBOX.getUserManager().getUser(IMAP_USER).deliver(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The copies of a message in the mailbox, with their flags. */
    private static List<StoredMessage> stored(String messageId) {
        try {
            return MAILBOX.getManagers().getImapHostManager().getInbox(MAILBOX.getUserManager().getUser(IMAP_USER))
                    .getMessages().stream().filter(m -> {
                        try {
                            return messageId.equals(m.getMimeMessage().getMessageID());
                        } catch (MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T waitFor(String what, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(MAIL_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No " + what + " within " + MAIL_TIMEOUT);
    }

    /** The tickets whose number, title or description contain {@code text}. */
    private static JsonArray ticketsWith(String text) {
        return Api.object(expect(200, Api.get("api/tickets?size=500&text=" + text, ADMIN)).body()).getJsonArray("items");
    }

    private static Optional<JsonObject> rejection(String messageId) {
        return Api.array(expect(200, Api.get("api/mail/rejections?limit=500", ADMIN)).body())
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("messageId").equals(messageId))
                .findFirst();
    }

    private static List<JsonObject> comments(long ticketId) {
        return Api.array(expect(200, Api.get("api/tickets/" + ticketId + "/comments", ADMIN)).body())
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aCustomerUsersEmailBecomesATicketAndTheirReplyAComment() {
        MailSetup m = mailSetup();
        String word = unique("printer");
        deliver(messageId(), "Mail User <" + m.email() + ">", "The " + word + " is on fire",
                "It started this morning.\nPlease send someone.");
        JsonObject ticket = waitFor("ticket from the e-mail", () -> ticketsWith(word).getValuesAs(JsonObject.class)
                .stream().findFirst());
        assertEquals(1, ticketsWith(word).size());
        assertEquals("EMAIL", ticket.getString("channel"));
        assertEquals(m.setup().customer(), ticket.getString("customer"));
        assertEquals(m.setup().sla(), ticket.getString("agreement"), "chosen by the selection rule");
        assertEquals(3, ticket.getInt("priority"), "the SLA's default priority");
        assertEquals("The " + word + " is on fire", ticket.getString("title"));
        assertEquals("It started this morning.\nPlease send someone.", ticket.getString("description"));
        assertEquals(m.username(), ticket.getJsonObject("requester").getString("username"));
        assertEquals(m.email(), ticket.getJsonObject("requester").getString("email"));
        List<JsonObject> history = Api.array(Api.get("api/tickets/" + id(ticket) + "/history", ADMIN).body())
                .getValuesAs(JsonObject.class);
        assertEquals(m.username(), history.get(0).getString("actor"));
        assertTrue(history.get(0).getBoolean("byCustomer"), history.toString());

        String number = ticket.getString("number");
        deliver(messageId(), m.email().toLowerCase(Locale.ROOT), "RE: [" + number + "] The " + word + " is on fire", """
                It is out now, but the paper tray melted.

                On Mon, 1 Jun 2026 at 10:05, Service Desk <servicedesk@example.com> wrote:
                > Please switch it off.
                """);
        JsonObject comment = waitFor("comment from the reply", () -> comments(id(ticket)).stream().findFirst());
        assertEquals("It is out now, but the paper tray melted.", comment.getString("text"), "without the quote");
        assertEquals(m.username(), comment.getString("actor"));
        assertTrue(comment.getBoolean("byCustomer"), comment.toString());
        assertTrue(comment.getBoolean("visibleToCustomer"), comment.toString());

        String outOfOffice = messageId();
        deliver(outOfOffice, m.email(), "Automatic reply: [" + number + "] The " + word + " is on fire",
                "I am out of the office until Monday.", "Auto-Submitted: auto-replied\n");
        JsonObject automatic = waitFor("rejection of the out-of-office reply", () -> rejection(outOfOffice));
        assertEquals(number, automatic.getString("ticket"));
        assertTrue(automatic.getString("reason").contains("Auto-Submitted: auto-replied"), automatic.toString());
        assertEquals(1, comments(id(ticket)).size(), "an automatic reply is no comment");

        Setup elsewhere = setup();
        String stranger = "it-mail-" + UUID.randomUUID().toString().substring(0, 8);
        String strangerEmail = customerUser(stranger, elsewhere.customer());
        String intrusion = messageId();
        deliver(intrusion, strangerEmail, "Re: [" + number + "] me too", "Add me to this ticket");
        JsonObject refused = waitFor("rejection of the other organisation's reply", () -> rejection(intrusion));
        assertEquals(number, refused.getString("ticket"));
        assertTrue(refused.getString("reason").contains("another organisation"), refused.toString());
        assertEquals("Add me to this ticket", refused.getString("text").strip());
        assertEquals(1, comments(id(ticket)).size(), "no comment from another organisation");
        assertEquals(403, Api.get("api/mail/rejections", Api.basic(m.username(), "customer-pass-1")).statusCode());
    }

    @Test
    void aMonitoringAlertOpensATicketButAnotherHelpDesksAcknowledgementDoesNot() {
        MailSetup m = mailSetup();
        String word = unique("disk");
        deliver(messageId(), m.email(), "The " + word + " on db1 is full", "/var is 98 % full.",
                "Auto-Submitted: auto-generated\n");
        JsonObject alert = waitFor("ticket from the alert", () -> ticketsWith(word).getValuesAs(JsonObject.class)
                .stream().findFirst());
        assertEquals("EMAIL", alert.getString("channel"));
        assertEquals(m.username(), alert.getJsonObject("requester").getString("username"));

        String acknowledgement = messageId();
        String other = unique("ack");
        deliver(acknowledgement, m.email(), "We have received your request about " + other,
                "Your request has been logged.", "Auto-Submitted: auto-replied\n");
        JsonObject refused = waitFor("rejection of the acknowledgement", () -> rejection(acknowledgement));
        assertTrue(refused.getString("reason").contains("Auto-Submitted: auto-replied"), refused.toString());
        assertEquals(0, ticketsWith(other).size(), "an automatic answer opens no ticket");
    }

    @Test
    void anEmailFromAnUnknownSenderIsKeptAsARejectionAndCreatesNoTicket() {
        String word = unique("unknown");
        String id = messageId();
        String sender = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.example.org";
        deliver(id, sender, "Please fix " + word, "Who am I?");
        JsonObject rejected = waitFor("rejection of the unknown sender", () -> rejection(id));
        assertEquals(sender, rejected.getString("sender"));
        assertEquals("Please fix " + word, rejected.getString("subject"));
        assertEquals("Who am I?", rejected.getString("text").strip(), "what the sender wrote is kept");
        assertTrue(rejected.getString("reason").contains("No user has the address " + sender), rejected.toString());
        assertEquals(0, ticketsWith(word).size());
        StoredMessage kept = waitFor("the rejected message flagged in the mailbox", () -> stored(id).stream()
                .filter(s -> s.isSet(Flags.Flag.SEEN) && s.isSet(Flags.Flag.FLAGGED)).findFirst());
        assertTrue(kept.isSet(Flags.Flag.FLAGGED));
    }

    @Test
    void rejectedEmailsAreDismissedOneByOneOrDeletedByAge() {
        String firstId = messageId();
        String secondId = messageId();
        deliver(firstId, "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.example.org",
                "First " + unique("spam"), "Cheap watches");
        deliver(secondId, "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.example.org",
                "Second " + unique("spam"), "Cheap pills");
        JsonObject first = waitFor("rejection of the first message", () -> rejection(firstId));
        JsonObject second = waitFor("rejection of the second message", () -> rejection(secondId));
        Instant firstAt = Instant.parse(first.getString("rejectedAt"));
        Instant secondAt = Instant.parse(second.getString("rejectedAt"));

        expect(200, Api.call("DELETE", "api/mail/rejections?before=" + firstAt.minusSeconds(1), ADMIN, null, null));
        assertTrue(rejection(firstId).isPresent(), "recorded after the cut-off, so kept");
        assertTrue(rejection(secondId).isPresent(), "recorded after the cut-off, so kept");

        expect(204, Api.call("DELETE", "api/mail/rejections/" + first.getJsonNumber("id").longValue(), ADMIN, null, null));
        assertTrue(rejection(firstId).isEmpty(), "dismissed");
        assertTrue(rejection(secondId).isPresent(), "only the dismissed one is gone");
        HttpResponse<String> again = Api.call("DELETE", "api/mail/rejections/" + first.getJsonNumber("id").longValue(),
                ADMIN, null, null);
        assertEquals(404, again.statusCode(), again.body());
        assertEquals("application/problem+json", again.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<String> purged = expect(200, Api.call("DELETE", "api/mail/rejections?before="
                + secondAt.plusSeconds(1), ADMIN, null, null));
        assertTrue(Api.object(purged.body()).getInt("deleted") >= 1, purged.body());
        assertTrue(rejection(secondId).isEmpty(), "recorded before the cut-off, so deleted");

        for (String query : new String[] {"", "?before=yesterday"}) {
            HttpResponse<String> refused = Api.call("DELETE", "api/mail/rejections" + query, ADMIN, null, null);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("before", Api.object(refused.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void aMessageIsProcessedOnceEvenWhenItIsReadTwice() {
        MailSetup m = mailSetup();
        String word = unique("twice");
        String id = messageId();
        deliver(id, m.email(), "Backup " + word + " failed", "Tonight's backup failed.");
        waitFor("ticket from the e-mail", () -> ticketsWith(word).getValuesAs(JsonObject.class).stream().findFirst());

        deliver(id, m.email(), "Backup " + word + " failed", "Tonight's backup failed.");
        waitFor("both copies seen", () -> Optional.of(stored(id)).filter(copies -> copies.size() == 2
                && copies.stream().allMatch(c -> c.isSet(Flags.Flag.SEEN))));
        StoredMessage first = stored(id).get(0);
        first.setFlag(Flags.Flag.SEEN, false);
        waitFor("the copy read again", () -> Optional.of(first).filter(c -> c.isSet(Flags.Flag.SEEN)));

        assertEquals(1, ticketsWith(word).size(), "one message, one ticket");
        assertTrue(rejection(id).isEmpty(), "a copy is no rejection");
        assertTrue(stored(id).stream().noneMatch(c -> c.isSet(Flags.Flag.FLAGGED)));
    }


    // ---- webhooks ------------------------------------------------------------------------------------

    private static final String HOOK_SECRET = "it-webhook-secret-0123456789";

    /** Subscribes {@code url} to {@code types} of {@code customer}'s tickets. */
    private static JsonObject subscribe(String url, String customer, String... types) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String type : types) {
            list.add(type);
        }
        return Api.object(expect(201, Api.call("POST", "api/webhooks", ADMIN, JSON, Json.createObjectBuilder()
                .add("url", url).add("eventTypes", list).add("secret", HOOK_SECRET).add("customer", customer)
                .add("description", "integration test receiver").build().toString())).body());
    }

    private static List<JsonObject> deliveries(JsonObject webhook) {
        return Api.object(expect(200, Api.get("api/webhooks/" + id(webhook) + "/deliveries", ADMIN)).body())
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject onlyDelivery(JsonObject webhook) {
        List<JsonObject> all = deliveries(webhook);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static HttpResponse<String> redeliver(JsonObject webhook, JsonObject delivery) {
        return Api.call("POST", "api/webhooks/" + id(webhook) + "/deliveries/" + id(delivery) + "/redeliver", ADMIN,
                null, null);
    }

    private static void unsubscribe(JsonObject... webhooks) {
        for (JsonObject webhook : webhooks) {
            String tag = expect(200, Api.get("api/webhooks/" + id(webhook), ADMIN)).headers().firstValue("ETag")
                    .orElseThrow();
            expect(204, Api.call("DELETE", "api/webhooks/" + id(webhook), ADMIN, null, null, "If-Match", tag));
        }
    }

    @Test
    void aTicketsLifeReachesItsCustomersWebhookOnceAsSignedCloudEventsAndNoOtherCustomers() {
        Setup s = setup();
        String other = unique("W");
        expect(201, Api.call("POST", "api/customers", ADMIN, JSON, "{\"code\":\"" + other + "\",\"name\":\"" + other + "\"}"));
        try (WebhookReceiver receiver = WebhookReceiver.ok(); WebhookReceiver otherReceiver = WebhookReceiver.ok()) {
            String[] types = {"ticket.created", "ticket.status-changed", "ticket.resolved"};
            JsonObject hook = subscribe(receiver.url(), s.customer(), types);
            JsonObject otherHook = subscribe(otherReceiver.url(), other, types);
            try {
                assertTrue(hook.getBoolean("secretSet"));
                assertFalse(hook.containsKey("secret"), "the secret is never answered back");
                JsonObject ticket = create(s, "");
                String number = ticket.getString("number");
                move(id(ticket), "IN_PROGRESS");
                move(id(ticket), "RESOLVED");

                WebhookReceiver.await("four deliveries delivered", () -> deliveries(hook).size() == 4
                        && deliveries(hook).stream().allMatch(d -> d.getString("state").equals("DELIVERED")));
                List<WebhookReceiver.Received> events = receiver.about(number);
                assertEquals(List.of("ticket.created", "ticket.resolved", "ticket.status-changed", "ticket.status-changed"),
                        events.stream().map(WebhookReceiver.Received::type).sorted().toList(), "each event once");
                assertEquals(4, events.stream().map(r -> r.event().getString("id")).distinct().count());
                events.forEach(r -> WebhookReceiver.assertSignedCloudEvent(r, HOOK_SECRET));
                JsonObject created = events.stream().filter(r -> r.type().equals("ticket.created")).findFirst()
                        .orElseThrow().event().getJsonObject("data");
                assertEquals(number, created.getString("ticket"));
                assertEquals("Disk full on db01", created.getString("title"));
                assertEquals(s.customer(), created.getString("customer"));
                assertEquals(s.sla(), created.getString("agreement"));
                assertEquals("OPS", created.getString("service"));
                assertEquals(3, created.getInt("priority"));
                assertEquals("NEW", created.getString("status"));
                JsonObject resolved = events.stream().filter(r -> r.type().equals("ticket.resolved")).findFirst()
                        .orElseThrow().event().getJsonObject("data");
                assertEquals("RESOLVED", resolved.getString("status"));
                assertEquals("IN_PROGRESS", resolved.getString("from"));
                assertEquals("admin", resolved.getString("actor"));
                assertTrue(events.stream().anyMatch(r -> r.type().equals("ticket.status-changed")
                        && r.event().getJsonObject("data").getString("from").equals("NEW")
                        && r.event().getJsonObject("data").getString("to").equals("IN_PROGRESS")));
                for (JsonObject d : deliveries(hook)) {
                    assertEquals(1, d.getInt("attempts"), d.toString());
                    assertEquals(200, d.getInt("lastStatus"), d.toString());
                    assertEquals(number, d.getString("subject"));
                    assertTrue(events.stream().anyMatch(r -> r.event().getString("id").equals(d.getString("eventId"))));
                }
                assertEquals(List.of(), deliveries(otherHook), "another customer's webhook gets none of these events");
                assertEquals(List.of(), otherReceiver.about(number));

                String body = "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"ticket.created\"],\"customer\":\""
                        + s.customer() + "\"}";
                expect(428, Api.call("PUT", "api/webhooks/" + id(hook), ADMIN, JSON, body));
                String tag = expect(200, Api.get("api/webhooks/" + id(hook), ADMIN)).headers().firstValue("ETag").orElseThrow();
                JsonObject changed = Api.object(expect(200, Api.call("PUT", "api/webhooks/" + id(hook), ADMIN, JSON, body,
                        "If-Match", tag)).body());
                assertTrue(changed.getBoolean("secretSet"), "a change without a secret keeps it");
                assertEquals(List.of("ticket.created"), changed.getJsonArray("eventTypes").getValuesAs(
                        jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
                expect(412, Api.call("PUT", "api/webhooks/" + id(hook), ADMIN, JSON, body, "If-Match", tag));
                List<String> wrong = Fixtures.fields(expect(400, Api.call("POST", "api/webhooks", ADMIN, JSON,
                        "{\"url\":\"ftp://example.com\",\"eventTypes\":[\"ticket.deleted\"],\"secret\":\"short\"}")));
                assertTrue(wrong.containsAll(List.of("url", "eventTypes[0]", "secret")), wrong.toString());
            } finally {
                unsubscribe(hook, otherHook);
            }
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheEventAtTheThirdAttemptAndOnlyThen() {
        Setup s = setup();
        try (WebhookReceiver receiver = new WebhookReceiver(n -> n <= 2 ? 500 : 200, Duration.ZERO)) {
            JsonObject hook = subscribe(receiver.url(), s.customer(), "ticket.created");
            try {
                String number = create(s, "").getString("number");
                WebhookReceiver.await("the delivery is delivered", () -> deliveries(hook).stream()
                        .anyMatch(d -> d.getString("state").equals("DELIVERED")));
                JsonObject delivery = onlyDelivery(hook);
                assertEquals(3, delivery.getInt("attempts"));
                assertEquals(200, delivery.getInt("lastStatus"));
                List<WebhookReceiver.Received> attempts = receiver.about(number);
                assertEquals(3, attempts.size(), "two failed attempts and the one that was answered 200");
                assertEquals(1, attempts.stream().map(r -> r.event().getString("id")).distinct().count(),
                        "every attempt carries the same event id");
                assertEquals(1, attempts.stream().map(WebhookReceiver.Received::body).distinct().count());
                assertEquals(List.of(delivery.getJsonNumber("id").toString()), attempts.stream()
                        .map(WebhookReceiver.Received::delivery).distinct().toList());
                attempts.forEach(r -> WebhookReceiver.assertSignedCloudEvent(r, HOOK_SECRET));
            } finally {
                unsubscribe(hook);
            }
        }
    }

    @Test
    void aDeliveryNoAttemptOfWhichSucceedsIsDeadAndCanBeRedelivered() {
        Setup s = setup();
        java.util.concurrent.atomic.AtomicInteger answer = new java.util.concurrent.atomic.AtomicInteger(503);
        try (WebhookReceiver receiver = new WebhookReceiver(n -> answer.get(), Duration.ZERO)) {
            JsonObject hook = subscribe(receiver.url(), s.customer(), "ticket.created");
            try {
                String number = create(s, "").getString("number");
                WebhookReceiver.await("the delivery is dead", () -> onlyDelivery(hook).getString("state").equals("DEAD"));
                JsonObject dead = onlyDelivery(hook);
                assertEquals(4, dead.getInt("attempts"), "servicelevel.webhooks.max-attempts of the test server");
                assertEquals(503, dead.getInt("lastStatus"));
                assertEquals("The receiver answered 503", dead.getString("lastError"));
                assertFalse(dead.containsKey("nextAttemptAt") && !dead.isNull("nextAttemptAt"), dead.toString());
                assertEquals(4, receiver.about(number).size());

                JsonObject queued = Api.object(expect(202, redeliver(hook, dead)).body());
                assertEquals("PENDING", queued.getString("state"));
                assertEquals(0, queued.getInt("attempts"));
                WebhookReceiver.await("the first attempt of the new series", () -> receiver.about(number).size() >= 5);
                HttpResponse<String> twice = expect(409, redeliver(hook, dead));
                assertTrue(Api.object(twice.body()).getString("detail").contains("redeliver it once"), twice.body());
                answer.set(204);
                WebhookReceiver.await("the redelivery is delivered", () -> onlyDelivery(hook).getString("state")
                        .equals("DELIVERED"));
                assertEquals(204, onlyDelivery(hook).getInt("lastStatus"));
                assertEquals(List.of(dead.getString("eventId")), receiver.about(number).stream()
                        .map(r -> r.event().getString("id")).distinct().toList(), "the same event, again");
            } finally {
                unsubscribe(hook);
            }
        }
    }

    @Test
    void aReceiverThatHangsHoldsUpNeitherTheTicketNorAnotherReceiver() {
        Setup s = setup();
        try (WebhookReceiver slow = new WebhookReceiver(n -> 200, Duration.ofSeconds(20));
             WebhookReceiver fast = WebhookReceiver.ok()) {
            JsonObject slowHook = subscribe(slow.url(), s.customer(), "ticket.created", "ticket.status-changed");
            JsonObject fastHook = subscribe(fast.url(), s.customer(), "ticket.created", "ticket.status-changed");
            try {
                JsonObject ticket = create(s, "");
                String number = ticket.getString("number");
                WebhookReceiver.await("the fast receiver has the new ticket", () -> fast.about(number).size() == 1);
                WebhookReceiver.await("the slow receiver holds the new ticket", () -> slow.about(number).size() == 1);
                move(id(ticket), "IN_PROGRESS");
                WebhookReceiver.await("the fast receiver has the move", () -> fast.about(number).size() == 2);
                JsonObject held = deliveries(slowHook).stream().filter(d -> d.getString("type").equals("ticket.created"))
                        .findFirst().orElseThrow();
                assertEquals("PENDING", held.getString("state"), "the slow receiver's first attempt is still open: "
                        + held);
                assertTrue(!held.containsKey("lastError") || held.isNull("lastError"), held.toString());
                assertEquals(0, slow.answered(), "the move and the fast receiver's events did not wait for it");
            } finally {
                unsubscribe(slowHook, fastHook);
            }
        }
    }
}
