package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.etag;
import static org.servicelevel.it.Fixtures.expect;
import static org.servicelevel.it.Fixtures.fields;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The defects a hostile run against the API found, each as it was reported, and the sign-in
 * throttling: everyday input that failed with 500, wrong JSON types that were converted, errors that
 * named no field, weak ETags, stored control characters and dangling references, tokens that never
 * expired, pages without security headers and an expired view state that ended in an error page.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aServiceWithoutACalendarIsNamedInsteadOfFailing() {
        String customer = Fixtures.customer();
        long sla = Fixtures.activeSla(customer, Fixtures.calendar()).id();
        String path = "api/agreements/" + sla;
        String etag = etag(Api.get(path, ADMIN));
        String withoutCalendar = "{\"services\":[{\"code\":\"WS\",\"name\":\"x\"}]}";
        HttpResponse<String> services = Api.call("PUT", path + "/services", ADMIN, JSON, withoutCalendar, "If-Match", etag);
        assertEquals(400, services.statusCode(), services.body());
        assertEquals(List.of("services[0].calendar"), fields(services));
        for (String part : List.of("priorities", "metrics", "penalty-bands")) {
            HttpResponse<String> answer = Api.call("PUT", path + "/" + part, ADMIN, JSON, withoutCalendar, "If-Match",
                    etag(Api.get(path, ADMIN)));
            assertEquals(400, answer.statusCode(), part + ": " + answer.body());
            assertEquals(List.of("services"), fields(answer), part + " takes its own members only: " + answer.body());
        }
        HttpResponse<String> created = Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"SLA","title":"t","customer":"%s","validFrom":"2026-01-01",
                 "terms":{"services":[{"code":"WS","name":"x"}]}}""".formatted(Fixtures.unique("SLA-"), customer));
        assertEquals(400, created.statusCode(), created.body());
        assertTrue(fields(created).contains("terms.services[0].calendar"), created.body());
    }

    @Test
    void iCalendarRecurrencesWithinADayAreRefusedAndZonedYearlyOnesRead() {
        long calendar = Fixtures.calendarId(Fixtures.calendar());
        String path = "api/calendars/" + calendar;
        for (String rule : List.of("FREQ=HOURLY", "FREQ=MINUTELY", "FREQ=SECONDLY")) {
            HttpResponse<String> refused = Api.call("POST", path + "/holidays?effectiveFrom=2027-01-01", ADMIN,
                    "text/calendar", ics("DTSTART:20270101T000000Z", rule), "If-Match", etag(Api.get(path, ADMIN)));
            assertEquals(400, refused.statusCode(), rule + ": " + refused.body());
            assertEquals(List.of("ics"), fields(refused), rule);
        }
        HttpResponse<String> zoned = Api.call("POST", path + "/holidays?effectiveFrom=2027-01-01", ADMIN, "text/calendar",
                ics("DTSTART;TZID=Europe/Berlin:20200501T000000", "FREQ=YEARLY"), "If-Match", etag(Api.get(path, ADMIN)));
        assertEquals(200, zoned.statusCode(), zoned.body());
        HttpResponse<String> version = expect(200, Api.get(path + "/versions/2", ADMIN));
        assertTrue(version.body().contains("2027-05-01") && version.body().contains("2028-05-01"), version.body());
    }

    private static String ics(String start, String rule) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//it//EN", "BEGIN:VEVENT", "UID:x@it",
                "DTSTAMP:20260101T000000Z", start, "SUMMARY:Holiday", "RRULE:" + rule, "END:VEVENT", "END:VCALENDAR", "");
    }

    @Test
    void wrongJsonTypesAreRefusedNotConverted() {
        HttpResponse<String> user = Api.call("POST", "api/users", ADMIN, JSON,
                "{\"username\":123,\"displayName\":\"x\",\"password\":\"password-1\",\"roles\":[\"agent\"]}");
        assertEquals(List.of("username"), fields(user));
        assertFalse(Api.get("api/users", ADMIN).body().contains("\"username\":\"123\""), "nothing was created");
        HttpResponse<String> customer = Api.call("POST", "api/customers", ADMIN, JSON,
                "{\"code\":\"" + Fixtures.unique("C") + "\",\"name\":[1,\"x\"]}");
        assertEquals(List.of("name"), fields(customer));
        String code = Fixtures.customer();
        long ticket = Fixtures.ticket(code, Fixtures.activeSla(code, Fixtures.calendar()));
        HttpResponse<String> comment = Api.call("POST", "api/tickets/" + ticket + "/comments", ADMIN, JSON,
                "{\"text\":\"hello\",\"visibleToCustomer\":\"abc\"}");
        assertEquals(List.of("visibleToCustomer"), fields(comment));
        assertEquals(0, Api.array(Api.get("api/tickets/" + ticket + "/comments", ADMIN).body()).size());
    }

    @Test
    void everyBadRequestNamesItsFieldOrParameterAndNoTypeName() {
        assertEquals(List.of("body"), fields(Api.call("POST", "api/customers", ADMIN, JSON, "")));
        assertEquals(List.of("body"), fields(Api.call("POST", "api/customers", ADMIN, JSON, "{\"code\":")));
        assertEquals(List.of("body"), fields(Api.call("POST", "api/customers", ADMIN, JSON,
                "{\"code\":\"A\",\"code\":\"B\",\"name\":\"x\"}")));
        assertEquals(List.of("nmae"), fields(Api.call("POST", "api/customers", ADMIN, JSON,
                "{\"code\":\"" + Fixtures.unique("C") + "\",\"nmae\":\"typo\"}")));
        assertEquals(List.of("page"), fields(Api.get("api/tickets?page=abc", ADMIN)));
        assertEquals(List.of("size"), fields(Api.get("api/tickets?size=abc", ADMIN)));
        assertEquals(List.of("priority"), fields(Api.get("api/tickets?priority=x", ADMIN)));
        assertEquals(List.of("version"), fields(Api.get("api/agreements/1/services?version=x", ADMIN)));
        assertEquals(List.of("text"), fields(Api.get("api/tickets?text=%00", ADMIN)));
        assertEquals(List.of("id"), fields(Api.get("api/tickets/%2e%2e%2f", ADMIN)));
        assertEquals(List.of("id"), fields(Api.get("api/customers/abc", ADMIN)));
        for (HttpResponse<String> problem : List.of(Api.call("POST", "api/customers", ADMIN, JSON, "{\"code\":{}}"),
                Api.call("POST", "api/customers", ADMIN, "text/plain", "x"),
                Api.call("DELETE", "api/users", ADMIN, null, null),
                Api.call("GET", "api/users", ADMIN, null, null, "Accept", "text/html"),
                Api.get("api/nowhere", ADMIN))) {
            assertEquals("application/problem+json", problem.headers().firstValue("Content-Type").orElse("")
                    .replaceAll(";.*", ""), problem.body());
            assertFalse(problem.body().matches("(?s).*\\b(java|jakarta|org\\.glassfish)\\.[a-z].*"), problem.body());
            assertFalse(problem.body().contains("Exception"), problem.body());
        }
        HttpResponse<String> huge = Api.call("POST", "api/customers", ADMIN, JSON,
                "{\"code\":\"X\",\"name\":\"" + "x".repeat(1_100_000) + "\"}");
        assertEquals(413, huge.statusCode());
        assertEquals(List.of("body"), fields(huge));
    }

    @Test
    void weakETagsNeverMatchAndACreateAnswersTheStoredVersion() {
        String code = Fixtures.unique("C");
        HttpResponse<String> created = expect(201, Api.call("POST", "api/customers", ADMIN, JSON,
                "{\"code\":\"" + code + "\",\"name\":\"Tagged Ltd\"}"));
        String path = "api/customers/" + Api.object(created.body()).getJsonNumber("id").longValue();
        assertEquals(etag(Api.get(path, ADMIN)), etag(created), "the ETag of the create is the stored version");
        String body = "{\"code\":\"" + code + "\",\"name\":\"Renamed Ltd\"}";
        String weak = "W/" + etag(created);
        HttpResponse<String> weakUpdate = Api.call("PUT", path, ADMIN, JSON, body, "If-Match", weak);
        assertEquals(412, weakUpdate.statusCode(), weakUpdate.body());
        assertEquals(List.of("If-Match"), fields(weakUpdate));
        assertEquals(412, Api.call("PUT", path, ADMIN, JSON, body, "If-Match", "*").statusCode());
        expect(200, Api.call("PUT", path, ADMIN, JSON, body, "If-Match", etag(created)));
    }

    @Test
    void controlCharactersAndDanglingReferencesAreRefused() {
        assertEquals(List.of("name"), fields(Api.call("POST", "api/customers", ADMIN, JSON,
                "{\"code\":\"" + Fixtures.unique("C") + "\",\"name\":\"Evil\\u0000Corp\"}")));
        assertEquals(List.of("name"), fields(Api.call("POST", "api/calendars", ADMIN, JSON,
                "{\"name\":\"two\\nlines\",\"timeZone\":\"UTC\",\"preset\":\"24/7\"}")));
        String customer = Fixtures.customer();
        Fixtures.activeSla(customer, Fixtures.calendar());
        assertEquals(List.of("customer"), fields(Api.call("POST", "api/selection-rules", ADMIN, JSON,
                "{\"name\":\"ghost\",\"customer\":\"NO-SUCH-CUSTOMER\",\"priority\":2}")));
        assertEquals(List.of("service"), fields(Api.call("POST", "api/selection-rules", ADMIN, JSON,
                "{\"name\":\"ghost\",\"customer\":\"" + customer + "\",\"service\":\"NOPE\",\"priority\":2}")));
        assertEquals(List.of("service"), fields(Api.call("POST", "api/outages", ADMIN, JSON,
                "{\"service\":\"NOPE\",\"customer\":\"" + customer + "\",\"start\":\"2026-06-01T10:00:00Z\"}")));
        assertEquals(List.of("customer"), fields(Api.call("POST", "api/outages", ADMIN, JSON,
                "{\"service\":\"WS\",\"customer\":\"NO-SUCH-CUSTOMER\",\"start\":\"2026-06-01T10:00:00Z\"}")));
        expect(201, Api.call("POST", "api/outages", ADMIN, JSON,
                "{\"service\":\"WS\",\"customer\":\"" + customer + "\",\"start\":\"2026-06-01T10:00:00Z\"}"));
    }

    @Test
    void wellFormedValuesPastTheirEdgeAreRefusedNamingTheField() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        long ticket = Fixtures.ticket(customer, sla);
        assertEquals(List.of("at"), fields(Api.get("api/tickets/" + ticket + "?at=2400-01-01T00:00:00Z", ADMIN)));
        assertEquals(List.of("at"), fields(Api.get("api/tickets/" + ticket + "/clocks?at=1899-12-31T00:00:00Z", ADMIN)));
        assertEquals(List.of("on"), fields(Api.get("api/agreements/" + sla.id() + "/consistency?on=2400-01-01", ADMIN)));
        assertEquals(List.of("on"), fields(Api.get("api/agreements/" + sla.id() + "/consistency?on=2399-06-01", ADMIN)));
        for (String priority : List.of("1.0", "1e2", "2E1")) {
            assertEquals(List.of("priority"), fields(Api.call("POST", "api/tickets", ADMIN, JSON, """
                    {"customer":"%s","agreement":"%s","service":"WS","title":"x","priority":%s}"""
                    .formatted(customer, sla.number(), priority))), priority);
        }
        assertEquals(List.of("validDays"), fields(Api.call("POST", "api/me/tokens", ADMIN, JSON,
                "{\"name\":\"edge\",\"validDays\":30.0}")));
        assertEquals(List.of("holidays[0].date"), fields(Api.call("POST", "api/calendars", ADMIN, JSON,
                "{\"name\":\"" + Fixtures.unique("edge ") + "\",\"timeZone\":\"UTC\",\"preset\":\"24/7\","
                        + "\"holidays\":[{\"date\":\"9999-12-24\",\"name\":\"Far\"}]}")));
        assertEquals(List.of("holidays[0].name"), fields(Api.call("POST", "api/calendars", ADMIN, JSON,
                "{\"name\":\"" + Fixtures.unique("edge ") + "\",\"timeZone\":\"UTC\",\"preset\":\"24/7\","
                        + "\"holidays\":[{\"date\":\"2026-12-24\",\"name\":\"" + "x".repeat(201) + "\"}]}")));
        JsonObject report = Api.object(expect(200, Api.call("POST", "api/tickets/import", ADMIN, JSON, """
                {"tickets":[{"customer":"%s","agreement":"%s","service":"WS","title":"x",
                  "registeredAt":"2026-06-01T10:00:00Z","events":[{"at":"2026-06-01T11:00:00Z","type":"COMMENT",
                  "text":"hi","actor":"%s"}]}]}""".formatted(customer, sla.number(), "a".repeat(101)))).body());
        JsonObject result = report.getJsonArray("results").getJsonObject(0);
        assertEquals("FAILED", result.getString("outcome"), report.toString());
        assertEquals("tickets[0].events[0].actor", result.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void referencesAcrossCustomersAreRefusedAndForeignTicketsStayHidden() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        String other = Fixtures.customer();
        Fixtures.Agreement otherSla = Fixtures.activeSla(other, Fixtures.calendar());
        long otherTicket = Fixtures.ticket(other, otherSla);
        String otherNumber = Api.object(Api.get("api/tickets/" + otherTicket, ADMIN).body()).getString("number");
        assertEquals(List.of("agreement"), fields(Api.call("POST", "api/selection-rules", ADMIN, JSON,
                "{\"name\":\"cross\",\"customer\":\"" + customer + "\",\"agreement\":\"" + otherSla.number()
                        + "\",\"priority\":2}")));
        assertEquals(List.of("ticket"), fields(Api.call("POST", "api/outages", ADMIN, JSON,
                "{\"service\":\"WS\",\"customer\":\"" + customer + "\",\"ticket\":\"" + otherNumber
                        + "\",\"start\":\"2026-06-01T10:00:00Z\"}")));
        HttpResponse<String> fromTicket = expect(201, Api.call("POST", "api/outages", ADMIN, JSON,
                "{\"service\":\"WS\",\"ticket\":\"" + otherNumber + "\",\"start\":\"2026-06-01T10:00:00Z\"}"));
        assertEquals(other, Api.object(fromTicket.body()).getString("customer"), "an outage is its ticket's customer's");
        String path = "api/outages/" + Api.object(fromTicket.body()).getJsonNumber("id").longValue();
        assertEquals(404, Api.get(path, Fixtures.user("customer", customer)).statusCode());
        assertEquals(otherNumber, Api.object(Api.get(path, Fixtures.user("customer", other)).body()).getString("ticket"));

        String integration = Fixtures.user("integration", null);
        String document = Api.get("api/agreements/" + sla.id() + "/document", ADMIN).body()
                .replace(sla.number(), Fixtures.unique("SLA-")).replace(customer, Fixtures.unique("C"));
        HttpResponse<String> refused = Api.call("POST", "api/agreements/import", integration, JSON, document);
        assertEquals(403, refused.statusCode(), "an integration creates no customers: " + refused.body());
        String existing = Api.get("api/agreements/" + sla.id() + "/document", ADMIN).body()
                .replace(sla.number(), Fixtures.unique("SLA-"));
        expect(201, Api.call("POST", "api/agreements/import", integration, JSON, existing));
    }

    @Test
    void whatACreateNamesInLocationCanBeRead() {
        HttpResponse<String> user = expect(201, Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Located","password":"password-1","roles":["agent"]}"""
                .formatted(Fixtures.unique("it-loc-").toLowerCase(Locale.ROOT))));
        String location = user.headers().firstValue("Location").orElseThrow();
        expect(200, Api.get(location.substring(location.indexOf("api/")), ADMIN));
        HttpResponse<String> token = expect(201, Api.call("POST", "api/me/tokens", ADMIN, JSON, "{\"name\":\"located\"}"));
        String tokenLocation = token.headers().firstValue("Location").orElseThrow();
        JsonObject read = Api.object(expect(200, Api.get(tokenLocation.substring(tokenLocation.indexOf("api/")), ADMIN))
                .body());
        assertEquals("located", read.getString("name"));
        assertFalse(read.containsKey("secret") && !read.isNull("secret"), "the secret is shown once only");
    }

    @Test
    void repeatedWrongPasswordsAreRefusedWith429AndTheRightOneWorksOnceTheDelayHasPassed() throws Exception {
        String right = Fixtures.user("agent", null);
        String username = new String(java.util.Base64.getDecoder().decode(right.substring(6)), StandardCharsets.UTF_8)
                .split(":")[0];
        String wrong = Api.basic(username, "not-the-password");
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, Api.get("api/me", wrong).statusCode(), "wrong password " + i);
        }
        HttpResponse<String> sixth = Api.get("api/me", wrong);
        assertEquals(429, sixth.statusCode(), "the sixth wrong password within a minute is refused");
        long retryAfter = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 3, "the test's first delay is 2 s: " + retryAfter);
        assertEquals("application/problem+json", sixth.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        assertEquals(429, Api.get("api/me", right).statusCode(), "while refused, not even the right password is checked");
        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(300).toMillis());
        assertEquals(200, Api.get("api/me", right).statusCode(), "the right password works once the delay has passed");

        for (int failures = 1; failures <= 7; failures++) {
            HttpResponse<String> attempt = Api.get("api/me", wrong);
            if (attempt.statusCode() == 429) {
                Thread.sleep(Long.parseLong(attempt.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 300);
                attempt = Api.get("api/me", wrong);
            }
            assertEquals(401, attempt.statusCode(), "failure " + failures);
        }
        HttpResponse<String> locked = Api.get("api/me", right);
        assertEquals(429, locked.statusCode(), "seven failures lock the account out");
        assertTrue(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()) > 60, "for minutes");
        List<JsonObject> blocks = Api.array(expect(200, Api.get("api/sign-in-blocks", ADMIN)).body())
                .getValuesAs(JsonObject.class);
        assertTrue(blocks.stream().anyMatch(b -> b.getString("subject").equals(username) && b.getBoolean("lockedOut")),
                blocks.toString());
        assertEquals(403, Api.call("DELETE", "api/sign-in-blocks?account=" + username, Fixtures.user("manager", null),
                null, null).statusCode(), "only administrators lift a block");
        expect(204, Api.call("DELETE", "api/sign-in-blocks?account=" + username, ADMIN, null, null));
        assertEquals(200, Api.get("api/me", right).statusCode(), "an administrator lifted the lockout");
    }

    @Test
    void aTokenIssuedWithoutValidDaysExpiresAndNoneLivesLongerThanTheMaximum() {
        String agent = Fixtures.user("agent", null);
        JsonObject token = Api.object(expect(201, Api.post("api/me/tokens", agent, "{\"name\":\"client\"}")).body());
        Instant expires = Instant.parse(token.getString("expiresAt"));
        assertTrue(Duration.between(Instant.now(), expires).toDays() >= 89
                && Duration.between(Instant.now(), expires).toDays() <= 90, expires.toString());
        assertEquals(List.of("validDays"), fields(Api.post("api/me/tokens", agent, "{\"name\":\"c\",\"validDays\":366}")));
    }

    @Test
    void pagesCarrySecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> login = Api.get("login.xhtml", null);
        assertEquals(200, login.statusCode());
        String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("default-src 'self'"), policy);
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError(login.headers().map().toString()));
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        HttpResponse<String> unauthorized = Api.get("api/me", null);
        assertEquals("nosniff", unauthorized.headers().firstValue("X-Content-Type-Options").orElse(""),
                "also on the answers of the authentication mechanism");
    }

    @Test
    void aFormSentWithAnExpiredViewStateComesBackWithAMessage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI page = URI.create(Api.BASE + "login.xhtml");
        browser.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
        String form = "login=login&login%3Ausername=x&login%3Apassword=y&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode("-123:-456", StandardCharsets.UTF_8);
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(page)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Referer", page.toString())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, posted.statusCode(), posted.body());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/login.xhtml"), location);
        HttpResponse<String> again = browser.send(HttpRequest.newBuilder(page.resolve(location)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("The page had expired"), again.body());
    }
}
