package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicelevel.application.DeadlineReached;
import org.servicelevel.application.DeadlineScheduler;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.identity.NewUser;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.batch.BatchJobLauncher;
import org.servicelevel.batch.housekeeping.HousekeepingJobs;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.infrastructure.persistence.ApplicationDataSource;

/**
 * The wiring everything else depends on, on the real EAR: JPA through the services, a persistent
 * timer, a batch job started through the job operator, MicroProfile Config, and a secured REST call.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    /** The client address the in-container sign-ins name (a documentation address, RFC 5737). */
    private static final String ADDRESS = "192.0.2.10";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withClasses(FoundationIT.class, Api.class, AsSystem.class, AsSystem.Outcome.class, Fixtures.class,
                Fixtures.Agreement.class);
    }

    @Inject
    IdentityService identity;

    @Inject
    AsSystem asSystem;

    @Inject
    DeadlineScheduler deadlines;

    @Inject
    BatchJobLauncher batch;

    @Inject
    TicketService tickets;

    @Inject
    AgreementService agreementService;

    @Inject
    @ConfigProperty(name = "servicelevel.datasource.url")
    String datasourceUrl;

    @Test
    void storesUsersAndChecksTheirPasswordsThroughJpa() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Caller created = asSystem.call(() -> identity.createUser(new NewUser(username, "Integration Test", null,
                "s3cret-pass".toCharArray(), EnumSet.of(Role.MANAGER), null))).get();

        assertEquals(username, created.username());
        assertEquals(java.util.Set.of("manager"), identity.authenticate(username, "s3cret-pass".toCharArray(), ADDRESS)
                .signedIn().orElseThrow().roles());
        assertTrue(identity.authenticate(username, "wrong".toCharArray(), ADDRESS).signedIn().isEmpty());
        assertTrue(identity.authenticate(username.toUpperCase(), "s3cret-pass".toCharArray(), ADDRESS).signedIn().isPresent(),
                "usernames are case-insensitive");
    }

    @Test
    void rejectsACustomerUserWithoutOrganisation() {
        InvalidFieldException error = org.junit.jupiter.api.Assertions.assertThrows(InvalidFieldException.class,
                () -> asSystem.call(() -> identity.createUser(new NewUser("it-nocustomer", "No Org", null,
                        "pass1234".toCharArray(), EnumSet.of(Role.CUSTOMER), null))).get());
        assertEquals("organisation", error.field());
        assertEquals("A customer user must belong to an organisation: give its code", error.getMessage());
    }

    @Test
    void firesAPersistentDeadlineTimerExactlyOnce() throws InterruptedException {
        String reference = UUID.randomUUID().toString();
        Instant due = Instant.now().plusMillis(1500);
        deadlines.schedule("it-probe", reference, due);
        assertEquals(1, deadlines.pending("it-probe", reference).size());

        String cancelled = UUID.randomUUID().toString();
        deadlines.schedule("it-probe", cancelled, due);
        assertEquals(1, deadlines.cancel("it-probe", cancelled));

        List<DeadlineReached> fired = waitFor(() -> deadlines.fired("it-probe", reference), Duration.ofSeconds(30));
        assertEquals(1, fired.size());
        assertEquals(due.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), fired.get(0).due());
        assertFalse(fired.get(0).firedAt().isBefore(fired.get(0).due()), "a deadline never fires early");
        assertTrue(deadlines.pending("it-probe", reference).isEmpty());
        Thread.sleep(2500);
        assertTrue(deadlines.fired("it-probe", cancelled).isEmpty(), "a cancelled deadline never fires");
    }

    /**
     * F2: a version that takes effect at midnight is checked from that midnight on. The daily check,
     * which the quarter-hourly timer runs for each agreement whose report speaks of an earlier day, is
     * called here as the timer calls it, with the first minute of tomorrow in the agreement's zone.
     */
    @Test
    void f2AVersionTakingEffectAtMidnightIsCheckedByTheDailyCheck() throws Exception {
        String calendar = Fixtures.calendar();
        Fixtures.Agreement sla = Fixtures.activeSla(Fixtures.customer(), calendar);
        Fixtures.Agreement ola = Fixtures.activeOla(sla, calendar, "PT2H");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate tomorrow = LocalDate.now(berlin).plusDays(1);
        Fixtures.schedulePriorities(sla, tomorrow, "PT1H");
        String olaPath = "api/agreements/" + ola.id();
        int results = Api.array(Api.get(olaPath + "/consistency/history", Fixtures.ADMIN).body()).size();

        Instant midnight = tomorrow.atStartOfDay(berlin).plusMinutes(1).toInstant();
        List<Long> due = asSystem.call(() -> agreementService.consistencyDue(midnight)).get();
        assertTrue(due.contains(ola.id()) && due.contains(sla.id()), due.toString());
        assertFalse(asSystem.call(() -> agreementService.consistencyDue(Instant.now())).get().contains(ola.id()),
                "checked today already");
        assertTrue(asSystem.call(() -> agreementService.checkConsistencyOfDay(ola.id(), midnight)).get());

        jakarta.json.JsonObject report = Api.object(Api.get(olaPath, Fixtures.ADMIN).body()).getJsonObject("consistency");
        assertEquals(tomorrow.toString(), report.getString("checkedOn"), report.toString());
        assertEquals("LOOSER_THAN_SLA", report.getJsonArray("findings").getJsonObject(0).getString("kind"),
                "from tomorrow the SLA's 1 h is tighter than the OLA's 2 h: " + report);
        assertTrue(report.getJsonArray("checked").getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(v -> sla.number().equals(v.getString("agreement", null)) && v.getInt("version") == 2),
                report.toString());
        assertEquals("daily check of " + tomorrow, report.getString("trigger"));
        assertEquals(results + 1, Api.array(Api.get(olaPath + "/consistency/history", Fixtures.ADMIN).body()).size());

        assertFalse(asSystem.call(() -> agreementService.checkConsistencyOfDay(ola.id(), midnight.plusSeconds(900))).get(),
                "the same result a quarter of an hour later only confirms the report");
        assertEquals(results + 1, Api.array(Api.get(olaPath + "/consistency/history", Fixtures.ADMIN).body()).size());
        assertFalse(asSystem.call(() -> agreementService.consistencyDue(midnight)).get().contains(ola.id()));
    }

    @Test
    void purgeJobStartedThroughTheJobOperatorDeletesRevokedTokensOnly() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        asSystem.call(() -> identity.createUser(new NewUser(username, "Token owner", null, "pass1234".toCharArray(),
                EnumSet.of(Role.INTEGRATION), null))).get();
        String owner = Api.basic(username, "pass1234");
        HttpResponse<String> old = Api.post("api/me/tokens", owner, "{\"name\":\"old client\",\"validDays\":1}");
        HttpResponse<String> current = Api.post("api/me/tokens", owner, "{\"name\":\"current client\",\"validDays\":1}");
        assertEquals(201, old.statusCode(), old.body());
        long revokedId = Long.parseLong(Api.member(old.body(), "id"));
        long keptId = Long.parseLong(Api.member(current.body(), "id"));
        assertEquals(204, Api.call("DELETE", "api/me/tokens/" + revokedId, owner, null, null).statusCode());
        assertTrue(identity.authenticateToken(Api.member(old.body(), "secret"), ADDRESS).signedIn().isEmpty());
        Thread.sleep(20);

        Properties parameters = new Properties();
        parameters.setProperty("retentionDays", "0");
        long execution = asSystem.call(() -> batch.start(HousekeepingJobs.PURGE_API_TOKENS, parameters)).get();
        BatchStatus status = waitFor(() -> {
            BatchStatus s = asSystem.call(() -> batch.status(execution)).value();
            return s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.ABANDONED ? s : null;
        }, Duration.ofSeconds(60));

        assertEquals(BatchStatus.COMPLETED, status);
        HttpResponse<String> remaining = Api.get("api/me/tokens", owner);
        assertEquals(List.of(keptId), Api.array(remaining.body()).stream()
                .map(t -> t.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(username, identity.authenticateToken(Api.member(current.body(), "secret"), ADDRESS).signedIn()
                .orElseThrow().username());
    }

    @Test
    void readsTheDatasourceFromMicroProfileConfig() {
        assertNotNull(datasourceUrl);
        assertTrue(datasourceUrl.startsWith("jdbc:"), datasourceUrl);
    }

    @Test
    @RunAsClient
    void securedRestCallNeedsCredentials() {
        HttpResponse<String> anonymous = Api.get("api/system/status", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").contains("Bearer"));

        HttpResponse<String> wrong = Api.get("api/system/status", Api.basic("admin", "not-the-password"));
        assertEquals(401, wrong.statusCode());

        HttpResponse<String> admin = Api.get("api/system/status", Api.basic("admin", Api.ADMIN_PASSWORD));
        assertEquals(200, admin.statusCode(), admin.body());
        assertEquals(System.getProperty("servicelevel.it.database"), Api.member(admin.body(), "databaseProduct"),
                "the datasource chosen by configuration");
    }

    @Test
    @RunAsClient
    void bearerTokenIssuedOverTheApiAuthenticatesAndRolesAreEnforced() {
        String admin = Api.basic("admin", Api.ADMIN_PASSWORD);
        HttpResponse<String> issued = Api.post("api/me/tokens", admin, "{\"name\":\"it client\",\"validDays\":1}");
        assertEquals(201, issued.statusCode(), issued.body());
        String secret = Api.member(issued.body(), "secret");
        assertTrue(secret.startsWith("slm_"));

        HttpResponse<String> me = Api.get("api/me", "Bearer " + secret);
        assertEquals(200, me.statusCode());
        assertEquals("admin", Api.member(me.body(), "username"));

        assertEquals(401, Api.get("api/me", "Bearer slm_" + "x".repeat(43)).statusCode());

        HttpResponse<String> invalid = Api.post("api/me/tokens", admin, "{\"validDays\":0}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("\"field\":\"name\""), invalid.body());
        assertTrue(invalid.body().contains("\"field\":\"validDays\""), invalid.body());
    }

    @Test
    @RunAsClient
    void healthAndTheOpenApiDocumentAnswer() {
        String server = Api.BASE.replaceAll("/servicelevel/$", "/");
        HttpResponse<String> health = Api.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server + "health")).GET().build());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("servicelevel-database"), health.body());
        HttpResponse<String> document = Api.get("openapi.json", null);
        assertEquals(200, document.statusCode(), "the application serves its OpenAPI document without sign-in");
        var paths = Api.object(document.body()).getJsonObject("paths");
        for (String path : new String[] {"/api/me/tokens", "/api/calendars/{id}/due", "/api/calendars/{id}/holidays",
                "/api/users", "/api/agreements/{id}/versions/in-force", "/api/agreements/{id}/penalty-bands",
                "/api/agreements/import", "/api/selection-rules/evaluate", "/api/notifications", "/api/tickets/import",
                "/api/tickets/{id}/clocks/{metric}/timeline", "/api/outages", "/api/ticket-statuses",
                "/api/mail/rejections"}) {
            assertTrue(paths.containsKey(path), path + " in the OpenAPI document");
        }
        HttpResponse<String> serverDocument = Api.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server + "openapi")).GET().build());
        assertEquals(200, serverDocument.statusCode(), serverDocument.body());
        assertTrue(serverDocument.body().contains("/api/tickets/{id}/clocks/{metric}/timeline"),
                "the server's /openapi shows the same document");
    }

    private static <T> T waitFor(java.util.function.Supplier<T> probe, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Nothing happened within " + timeout);
    }

    @Test
    void storedClocksComputedUnderEarlierRulesAreRecomputed() throws Exception {
        String customer = Fixtures.customer();
        long id = Fixtures.ticket(customer, Fixtures.activeSla(customer, Fixtures.calendar()));
        DataSource data = InitialContext.doLookup(ApplicationDataSource.JNDI_NAME);
        long version;
        try (Connection c = data.getConnection()) {
            update(c, "UPDATE ticket SET clock_rules = 0 WHERE id = ?", id);
            update(c, "DELETE FROM ticket_clock WHERE ticket_id = ?", id);
            version = number(c, "SELECT version FROM ticket WHERE id = ?", id);
        }
        assertTrue(asSystem.call(() -> tickets.ticketsWithStaleClocks(id - 1, 10)).get().contains(id));
        asSystem.call(() -> {
            tickets.settleStoredClocks(id);
            return null;
        }).get();
        assertFalse(asSystem.call(() -> tickets.ticketsWithStaleClocks(id - 1, 10)).get().contains(id));
        try (Connection c = data.getConnection()) {
            assertEquals(ClockCalculator.RULES, number(c, "SELECT clock_rules FROM ticket WHERE id = ?", id));
            assertEquals(1, number(c, "SELECT COUNT(*) FROM ticket_clock WHERE ticket_id = ? AND metric = 'resolution'"
                    + " AND state = 'RUNNING' AND breaches_after IS NOT NULL", id),
                    "the resolution clock (priority 3 has no response target) is stored again, with its breach instant");
            assertEquals(version, number(c, "SELECT version FROM ticket WHERE id = ?", id),
                    "recomputing the stored clocks is no change of the ticket: its ETag stays valid");
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private static long number(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getLong(1);
            }
        }
    }
}
