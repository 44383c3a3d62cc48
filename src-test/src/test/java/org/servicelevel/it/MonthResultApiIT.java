package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.etag;
import static org.servicelevel.it.Fixtures.expect;
import static org.servicelevel.it.Fixtures.fields;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The months' results over the API: the month's standing result as JSON with its ETag, every export
 * chosen by Accept and by ?format= (which wins) in the reader's language, a bad format named, approval
 * with If-Match (missing 428, stale 412), what customers' users see, and a re-run after the approval
 * listed as a correction. Results are stored through the service as the month's close stores them
 * ({@link MonthResultProbe}: November 2026, 1,000.00 EUR, with both tickets late 900.00).
 */
@ExtendWith(ArquillianExtension.class)
class MonthResultApiIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Stores a run of November 2026 with {@code late} of its two tickets late, as {@code manager}; the summary's parts. */
    private static List<String> store(Fixtures.Agreement sla, int late, String manager) {
        HttpResponse<String> answer = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE
                + "it-month-results?call=store&late=" + late + "&agreement=" + sla.id()))
                .header("Authorization", manager).GET().build());
        assertEquals(200, answer.statusCode(), answer.body());
        List<String> parts = List.of(answer.body().split(" "));
        assertEquals(7, parts.size(), answer.body());
        return parts;
    }

    private static String month(Fixtures.Agreement sla) {
        return "api/agreements/" + sla.id() + "/reports/2026-11";
    }

    private static HttpResponse<byte[]> file(String path, String credentials, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET()
                .header("Authorization", credentials);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Api.sendForBytes(request.build());
    }

    /** Asserts a 200 with the media type, the attachment's name and the first bytes; the bytes. */
    private static byte[] expectFile(HttpResponse<byte[]> answer, String mediaType, String fileName, byte[] start) {
        String body = new String(answer.body(), 0, Math.min(300, answer.body().length), StandardCharsets.UTF_8);
        assertEquals(200, answer.statusCode(), body);
        assertEquals(mediaType, answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""), body);
        assertEquals("attachment; filename=\"" + fileName + "\"",
                answer.headers().firstValue("Content-Disposition").orElse(""));
        assertArrayEquals(start, Arrays.copyOf(answer.body(), start.length), body);
        return answer.body();
    }

    private static boolean cyrillic(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).codePoints()
                .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    @Test
    void theMonthsResultAsJsonAndEveryExportByAcceptOrByFormat() {
        Fixtures.Agreement sla = Fixtures.activeSla(Fixtures.customer(), Fixtures.calendar());
        String manager = Fixtures.user("manager", null);
        String agent = Fixtures.user("agent", null);
        List<String> stored = store(sla, 2, manager);
        String id = stored.get(0);
        String number = "R-2026-11-" + sla.number() + "-1";

        HttpResponse<String> json = expect(200, Api.get(month(sla), agent));
        assertEquals("application/json", json.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals("\"" + stored.get(1) + "\"", etag(json), "a strong ETag: the result's version");
        assertTrue(json.headers().firstValue("Content-Location").orElse("").endsWith("/api/results/" + id));
        JsonObject view = Api.object(json.body());
        assertEquals(number, view.getJsonObject("summary").getString("number"));
        assertEquals("DRAFT", view.getJsonObject("summary").getString("state"));
        assertEquals("900.00", view.getJsonObject("summary").getJsonNumber("total").toString());
        assertEquals(number, view.getJsonObject("document").getJsonObject("header").getString("number"));
        assertEquals("900.00", view.getJsonObject("document").getJsonObject("invoice").getJsonNumber("total").toString());
        assertEquals(view, Api.object(expect(200, Api.get("api/results/" + id, agent)).body()),
                "the month's result is the result itself");
        assertEquals(etag(json), etag(Api.get("api/results/" + id, agent)));

        expectFile(file(month(sla), agent, "Accept", "text/csv"), "text/csv", number + ".csv", UTF8_BOM);
        expectFile(file(month(sla), agent, "Accept", XLSX), XLSX, number + ".xlsx", ZIP);
        expectFile(file(month(sla), agent, "Accept", "application/pdf"), "application/pdf", number + ".pdf", PDF);
        expectFile(file(month(sla), agent, "Accept", "text/html;q=0.9, application/pdf;q=0.5, */*;q=0.1"),
                "application/pdf", number + ".pdf", PDF);
        assertEquals(view, Api.object(expect(200, Api.get(month(sla) + "?format=json", agent)).body()));

        expectFile(file(month(sla) + "?format=csv", agent, "Accept", "application/json"), "text/csv", number + ".csv",
                UTF8_BOM);
        expectFile(file(month(sla) + "?format=xlsx", agent, "Accept", "application/pdf"), XLSX, number + ".xlsx", ZIP);
        expectFile(file(month(sla) + "?format=PDF", agent, "Accept", "application/json"), "application/pdf",
                number + ".pdf", PDF);
        String export = "api/results/" + id + "/export";
        expectFile(file(export + "?format=pdf", agent, "Accept", XLSX), "application/pdf", number + ".pdf", PDF);
        expectFile(file(export, agent, "Accept", XLSX), XLSX, number + ".xlsx", ZIP);
        byte[] document = expectFile(file(export + "?format=json", agent, "Accept", "text/csv"), "application/json",
                number + ".json", new byte[] {'{'});
        assertEquals(view.getJsonObject("document"), Api.object(new String(document, StandardCharsets.UTF_8)),
                "the JSON export is the stored document");

        assertFalse(cyrillic(file(month(sla) + "?format=csv", agent).body()), "English without a language asked");
        assertTrue(cyrillic(file(month(sla) + "?format=csv&lang=ru", agent).body()), "?lang=ru");
        assertTrue(cyrillic(file(month(sla) + "?format=csv", agent, "Accept-Language", "de-DE, ru;q=0.8").body()),
                "the best of Accept-Language that an export is written in");
        assertFalse(cyrillic(file(month(sla) + "?format=csv&lang=en", agent, "Accept-Language", "ru").body()),
                "?lang= wins over Accept-Language");
        assertFalse(cyrillic(file(month(sla) + "?format=csv&lang=de", agent).body()), "any other language is English");

        assertEquals(List.of("format"), fields(expect(400, Api.get(month(sla) + "?format=docx", agent))));
        assertEquals(List.of("format"), fields(expect(400, Api.get(export + "?format=html", agent))));
        assertEquals(List.of("month"), fields(expect(400, Api.get("api/agreements/" + sla.id() + "/reports/2026-13",
                agent))));
        assertEquals(List.of("Accept"), fields(expect(406, Api.call("GET", month(sla), agent, null, null,
                "Accept", "text/html"))));
        expect(404, Api.get("api/agreements/" + sla.id() + "/reports/2026-10", agent));
    }

    @Test
    void approvalNeedsTheCurrentETagCustomersSeeTheirApprovedResultsAndAReRunIsACorrection() {
        String customerA = Fixtures.customer();
        String customerB = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customerA, Fixtures.calendar());
        String manager = Fixtures.user("manager", null);
        String agent = Fixtures.user("agent", null);
        String userA = Fixtures.user("customer", customerA);
        String userB = Fixtures.user("customer", customerB);
        String first = "R-2026-11-" + sla.number() + "-1";
        String results = "api/results?agreement=" + sla.id() + "&month=2026-11";

        List<String> draft = store(sla, 0, manager);
        String id = draft.get(0);
        String approve = "api/results/" + id + "/approve";
        List<String> replaced = store(sla, 2, manager);
        assertEquals(List.of(id, "2"), List.of(replaced.get(0), replaced.get(4)), "the draft's second revision");

        expect(404, Api.get("api/results/" + id, userA));
        expect(404, Api.get(month(sla), userA));
        expect(404, Api.get("api/results/" + id + "/export?format=pdf", userA));
        assertEquals("[]", expect(200, Api.get(results, userA)).body(), "a draft is not shown to the customer");

        assertEquals(List.of("If-Match"), fields(expect(428, Api.call("POST", approve, manager, null, null))));
        assertEquals(List.of("If-Match"), fields(expect(412, Api.call("POST", approve, manager, null, null,
                "If-Match", "\"" + draft.get(1) + "\""))), "the revision the manager read was replaced since");
        String current = etag(expect(200, Api.get("api/results/" + id, manager)));
        expect(403, Api.call("POST", approve, agent, null, null, "If-Match", current));
        expect(403, Api.call("POST", approve, userA, null, null, "If-Match", current));
        HttpResponse<String> approved = expect(200, Api.call("POST", approve, manager, null, null, "If-Match", current));
        assertEquals("APPROVED", Api.member(approved.body(), "state"));
        assertEquals("\"" + Api.member(approved.body(), "version") + "\"", etag(approved));
        assertFalse(current.equals(etag(approved)), "the approval is a new version");
        expect(409, Api.call("POST", approve, manager, null, null, "If-Match", etag(approved)));

        assertEquals(first, Api.object(expect(200, Api.get("api/results/" + id, userA)).body())
                .getJsonObject("summary").getString("number"), "the customer reads the approved result");
        assertEquals(first, Api.object(expect(200, Api.get(month(sla), userA)).body())
                .getJsonObject("summary").getString("number"));
        expectFile(file("api/results/" + id + "/export?format=pdf&lang=pl", userA), "application/pdf", first + ".pdf",
                PDF);
        expect(404, Api.get("api/results/" + id, userB));
        expect(404, Api.get(month(sla), userB));
        expect(404, Api.get("api/results/" + id + "/export?format=csv", userB));
        assertEquals("[]", expect(200, Api.get(results, userB)).body(), "another organisation's results are not listed");

        List<String> correction = store(sla, 0, manager);
        String second = "R-2026-11-" + sla.number() + "-2";
        List<JsonObject> listed = Api.array(expect(200, Api.get(results, manager)).body())
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(first, second), listed.stream().map(r -> r.getString("number")).toList());
        JsonObject corrects = listed.get(1);
        assertEquals(Long.parseLong(correction.get(0)), corrects.getJsonNumber("id").longValue());
        assertEquals(first, corrects.getString("corrects"));
        assertEquals("DRAFT", corrects.getString("state"));
        assertEquals("100.00", corrects.getJsonNumber("totalDifference").toString(),
                "without the penalty the month costs 100.00 more");
        assertEquals("APPROVED", listed.get(0).getString("state"));
        assertEquals("900.00", listed.get(0).getJsonNumber("total").toString(), "the approved result is unchanged");
        assertEquals(second, Api.object(expect(200, Api.get(month(sla), manager)).body())
                .getJsonObject("summary").getString("number"), "staff read the month's latest result");
        assertEquals(first, Api.object(expect(200, Api.get(month(sla), userA)).body())
                .getJsonObject("summary").getString("number"), "the customer the approved one, not the draft correction");
        assertEquals(List.of(first), Api.array(expect(200, Api.get(results, userA)).body())
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("number")).toList());
        expect(404, Api.get("api/results/" + correction.get(0), userA));

        assertEquals(List.of("computed", "recomputed", "approved", "corrected"),
                Api.array(expect(200, Api.get("api/results/" + id + "/audit", manager)).body())
                        .getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList());
        expect(403, Api.get("api/results/" + id + "/audit", userA));
        expect(403, Api.get("api/results/" + id + "/audit", agent));
    }
}
