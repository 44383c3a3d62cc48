package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.expect;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation of the API and every page for every persona against the permission table in
 * docs/permissions.md, and shows with {@link ServiceProbe} that the application services refuse and
 * hide on their own, without the API's role checks in front.
 */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    private static final List<String> PERSONAS = List.of("anonymous", "customer A", "customer B", "agent",
            "integration", "manager", "admin");
    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|DELETE|PAGE) (\\S+) \\|(.*)\\|\\s*$");
    private static final Pattern RECORD = Pattern.compile("\\{(sla|ticket|calendar|customer|outage|group|rule|survey|work|result)}");

    private static World world;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** The records the table's placeholders stand for, and the personas' credentials. */
    private record World(Map<String, String> ids, Map<String, String> credentials) {
    }

    private static synchronized World world() {
        if (world == null) {
            String customerA = Fixtures.customer();
            String customerB = Fixtures.customer();
            String calendar = Fixtures.calendar();
            Fixtures.Agreement sla = Fixtures.activeSla(customerA, calendar);
            Fixtures.activeSla(customerB, Fixtures.calendar());
            long ticket = Fixtures.ticket(customerA, sla);
            long outage = Fixtures.outage(customerA);
            long group = Fixtures.supportGroup();
            long rule = Fixtures.selectionRule(customerA, sla);
            long survey = Fixtures.survey(sla);
            long work = Fixtures.workRecord(sla);
            long result = approvedResult(sla);
            Map<String, String> ids = Map.ofEntries(Map.entry("{sla}", Long.toString(sla.id())),
                    Map.entry("{ticket}", Long.toString(ticket)),
                    Map.entry("{calendar}", Long.toString(Fixtures.calendarId(calendar))),
                    Map.entry("{customer}", Long.toString(Fixtures.customerId(customerA))),
                    Map.entry("{outage}", Long.toString(outage)), Map.entry("{group}", Long.toString(group)),
                    Map.entry("{rule}", Long.toString(rule)), Map.entry("{survey}", Long.toString(survey)),
                    Map.entry("{work}", Long.toString(work)), Map.entry("{result}", Long.toString(result)),
                    Map.entry("{none}", "987654321"));
            Map<String, String> credentials = new LinkedHashMap<>();
            credentials.put("anonymous", null);
            credentials.put("customer A", Api.token(Fixtures.user("customer", customerA)));
            credentials.put("customer B", Api.token(Fixtures.user("customer", customerB)));
            credentials.put("agent", Api.token(Fixtures.user("agent", null)));
            credentials.put("integration", Api.token(Fixtures.user("integration", null)));
            credentials.put("manager", Api.token(Fixtures.user("manager", null)));
            credentials.put("admin", ADMIN);
            world = new World(ids, credentials);
        }
        return world;
    }

    /** An approved result of November 2026 of {@code sla}, stored through the service as the month's close stores it; its id. */
    private static long approvedResult(Fixtures.Agreement sla) {
        HttpResponse<String> stored = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE
                + "it-month-results?call=store&late=0&agreement=" + sla.id())).header("Authorization", ADMIN).GET().build());
        assertEquals(200, stored.statusCode(), stored.body());
        String id = stored.body().split(" ")[0];
        String tag = Fixtures.etag(expect(200, Api.get("api/results/" + id, ADMIN)));
        expect(200, Api.call("POST", "api/results/" + id + "/approve", ADMIN, null, null, "If-Match", tag));
        return Long.parseLong(id);
    }

    private record Row(String method, String path, Map<String, String> expected) {
    }

    private static List<Row> table() throws IOException {
        Path file = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("permissions.md");
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String[] cells = m.group(3).split("\\|");
            assertEquals(PERSONAS.size(), cells.length, line);
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                expected.put(PERSONAS.get(i), cells[i].strip());
            }
            rows.add(new Row(m.group(1), m.group(2), expected));
        }
        assertTrue(rows.size() > 90, "the table was read: " + rows.size() + " rows");
        return rows;
    }

    @Test
    void everyOperationAndPageAnswersEveryPersonaAsThePermissionTableSays() throws IOException {
        World w = world();
        List<String> differences = new ArrayList<>();
        for (Row row : table()) {
            String path = row.path();
            for (Map.Entry<String, String> id : w.ids().entrySet()) {
                path = path.replace(id.getKey(), id.getValue());
            }
            for (String persona : PERSONAS) {
                String expected = row.expected().get(persona);
                HttpResponse<String> answer = send(row.method(), path, w.credentials().get(persona));
                String actual = outcome(row, answer);
                if (!expected.equals(actual)) {
                    differences.add(row.method() + " " + row.path() + " as " + persona + ": expected " + expected
                            + ", got " + actual + " (" + answer.statusCode() + " " + abbreviated(answer.body()) + ")");
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    private static HttpResponse<String> send(String method, String path, String credentials) {
        boolean page = method.equals("PAGE");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path.substring(1)))
                .header("Accept", page ? "text/html" : "*/*");
        if (credentials != null) {
            request.header("Authorization", credentials);
        }
        if (page || method.equals("GET")) {
            request.GET();
        } else {
            boolean calendarFile = path.endsWith("/holidays");
            boolean csv = path.endsWith("/responses/import");
            request.method(method, HttpRequest.BodyPublishers.ofString(calendarFile ? "x" : csv ? "respondent" : "{}"))
                    .header("Content-Type", calendarFile ? "text/calendar" : csv ? "text/csv" : JSON)
                    .header("If-Match", "\"0\"");
        }
        return Api.send(request.build());
    }

    private static String outcome(Row row, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return "failed";
        }
        if (row.method().equals("PAGE")) {
            if (status == 302 && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
                return "login";
            }
            return status == 200 ? "yes" : status == 404 ? "hidden" : status == 403 ? "no" : "status " + status;
        }
        return switch (status) {
            case 401 -> "login";
            case 403 -> "no";
            case 404 -> RECORD.matcher(row.path()).find() ? "hidden" : "yes";
            default -> "yes";
        };
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARowInThePermissionTable() throws IOException {
        Set<String> documented = new TreeSet<>();
        JsonObject paths = Api.object(expect(200, Api.get("openapi.json", null)).body()).getJsonObject("paths");
        paths.forEach((path, item) -> item.asJsonObject().keySet().forEach(method -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                documented.add(method.toUpperCase() + " " + path);
            }
        }));
        Set<String> tabled = new TreeSet<>();
        for (Row row : table()) {
            if (!row.method().equals("PAGE")) {
                tabled.add(row.method() + " " + row.path().replaceAll("\\?.*", "")
                        .replace("/work/{work}", "/work/{entry}")
                        .replaceAll("\\{(sla|ticket|calendar|customer|outage|group|rule|survey|result|none)}", "{id}")
                        .replace("/reports/2026-11", "/reports/{month}")
                        .replace("/versions/1", "/versions/{number}").replace("/diff/1", "/diff/{to}")
                        .replace("/clocks/resolution/", "/clocks/{metric}/")
                        .replace("/users/{id}", "/users/{username}")
                        .replace("/deliveries/{id}/", "/deliveries/{deliveryId}/"));
            }
        }
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(tabled);
        Set<String> unknown = new TreeSet<>(tabled);
        unknown.removeAll(documented);
        assertEquals(Set.of(), missing, "operations without a row in docs/permissions.md");
        assertEquals(Set.of(), unknown, "rows for operations the API does not have");
    }

    @Test
    void theServicesRefuseAndHideOnTheirOwnWithoutTheApisRoleChecks() {
        World w = world();
        String customerA = w.credentials().get("customer A");
        String customerB = w.credentials().get("customer B");
        String ticket = w.ids().get("{ticket}");
        assertEquals("denied", probe("ticket-priority&id=" + ticket, customerA),
                "a customer user cannot change a priority, whoever calls the service");
        assertEquals("denied", probe("ticket-agreement&id=" + ticket, customerA), "nor assign a ticket's agreement");
        assertEquals("denied", probe("users", customerA), "nor read the users");
        assertEquals("denied", probe("create-user", w.credentials().get("manager")), "a manager creates no users");
        assertEquals("denied", probe("ticket-import", customerA), "nor import tickets");
        assertEquals("hidden", probe("ticket&id=" + ticket, customerB), "another organisation's ticket does not exist");
        assertEquals("hidden", probe("agreement&id=" + w.ids().get("{sla}"), customerB));
        assertEquals("hidden", probe("calendar&id=" + w.ids().get("{calendar}"), customerB));
        assertEquals("allowed", probe("calendar&id=" + w.ids().get("{calendar}"), customerA));
        assertTrue(!probe("calendars", customerB).contains(w.ids().get("{calendar}")),
                "another organisation's calendar is not listed");
        assertEquals("allowed", probe("ticket&id=" + ticket, customerA));
        assertEquals("allowed", probe("users", ADMIN));
    }

    private static String probe(String call, String credentials) {
        HttpResponse<String> answer = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "it-probe?call=" + call))
                .header("Authorization", credentials).GET().build());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
