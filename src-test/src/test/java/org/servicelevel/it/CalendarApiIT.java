package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calendar API as an integration uses it: rules, working-time answers, versions, errors, files. */
@ExtendWith(ArquillianExtension.class)
class CalendarApiIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String officeCalendar(String name) {
        return """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2026-01-01",
                 "weeklyHours":[
                   {"day":"MONDAY","from":"09:00","to":"13:00"},{"day":"MONDAY","from":"14:00","to":"18:00"},
                   {"day":"TUESDAY","from":"09:00","to":"13:00"},{"day":"TUESDAY","from":"14:00","to":"18:00"},
                   {"day":"WEDNESDAY","from":"09:00","to":"13:00"},{"day":"WEDNESDAY","from":"14:00","to":"18:00"},
                   {"day":"THURSDAY","from":"09:00","to":"13:00"},{"day":"THURSDAY","from":"14:00","to":"18:00"},
                   {"day":"FRIDAY","from":"09:00","to":"13:00"},{"day":"FRIDAY","from":"14:00","to":"18:00"}],
                 "holidays":[{"date":"2026-12-25","name":"Christmas Day"}],
                 "overrides":[{"date":"2026-12-24","name":"Christmas Eve","hours":[{"from":"09:00","to":"12:00"}]},
                              {"date":"2026-12-19","name":"Transferred working Saturday",
                               "hours":[{"from":"10:00","to":"14:00"}]}]}
                """.formatted(name);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long create(String body) {
        HttpResponse<String> created = Api.call("POST", "api/calendars", ADMIN, JSON, body);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    @Test
    void createsACalendarAndComputesDueDatesAndElapsedWorkingTime() {
        HttpResponse<String> created = Api.call("POST", "api/calendars", ADMIN, JSON, officeCalendar(unique("Office")));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/calendars/" + id));
        assertEquals("\"" + json(created).getJsonNumber("version").longValue() + "\"",
                created.headers().firstValue("ETag").orElseThrow());

        // Wednesday 17:00 + 3 h: 1 h that evening, then 2 h of the shortened Christmas Eve.
        JsonObject due = json(Api.get("api/calendars/" + id + "/due?start=2026-12-23T17:00&duration=PT3H", ADMIN));
        assertEquals("2026-12-24T11:00:00+01:00", due.getString("due"));
        assertEquals("2026-12-24T11:00:00", due.getString("dueLocal"));
        assertEquals("Europe/Berlin", due.getString("timeZone"));
        // The same start given as an offset date-time.
        JsonObject dueOffset = json(Api.get("api/calendars/" + id + "/due?start=2026-12-23T16:00:00Z&duration=PT3H", ADMIN));
        assertEquals("2026-12-24T11:00:00+01:00", dueOffset.getString("due"));
        // Zero duration from a closed instant: the next opening (Christmas Day is a holiday; then the weekend).
        JsonObject next = json(Api.get("api/calendars/" + id + "/due?start=2026-12-24T12:30&duration=PT0S", ADMIN));
        assertEquals("2026-12-28T09:00:00+01:00", next.getString("due"));
        // Running out exactly at a closing time gives the closing time.
        JsonObject atClose = json(Api.get("api/calendars/" + id + "/due?start=2026-12-21T09:00&duration=PT4H", ADMIN));
        assertEquals("2026-12-21T13:00:00+01:00", atClose.getString("due"));

        // 19 Dec (Saturday, working 4 h) to 28 Dec: 4 + 8 + 8 + 8 + 3 = 31 h.
        JsonObject elapsed = json(Api.get("api/calendars/" + id + "/elapsed?start=2026-12-19T00:00&end=2026-12-28T00:00",
                ADMIN));
        assertEquals("PT31H", elapsed.getString("duration"));
        assertEquals(31 * 3600, elapsed.getJsonNumber("seconds").longValue());
        assertEquals(1, elapsed.getJsonArray("calendarVersions").getInt(0));
    }

    @Test
    void changesTakeEffectFromADateNeedTheETagAndNeverRewriteThePast() {
        long id = create("{\"name\":\"" + unique("Round the clock") + "\",\"timeZone\":\"UTC\",\"preset\":\"24/7\","
                + "\"effectiveFrom\":\"2026-01-01\"}");
        String path = "api/calendars/" + id;
        String weekendOnly = "{\"name\":\"" + unique("Weekend") + "\",\"effectiveFrom\":\"2099-01-01\","
                + "\"weeklyHours\":[{\"day\":\"SATURDAY\",\"from\":\"00:00\",\"to\":\"24:00\"}]}";

        assertEquals(428, Api.call("PUT", path, ADMIN, JSON, weekendOnly).statusCode());
        HttpResponse<String> stale = Api.call("PUT", path, ADMIN, JSON, weekendOnly, "If-Match", "\"99\"");
        assertEquals(412, stale.statusCode());
        assertTrue(stale.body().contains("changed by someone else"), stale.body());

        String etag = Api.get(path, ADMIN).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> past = Api.call("PUT", path, ADMIN, JSON,
                weekendOnly.replace("2099-01-01", "2026-01-02"), "If-Match", etag);
        assertEquals(400, past.statusCode());
        assertTrue(past.body().contains("\"field\":\"effectiveFrom\""), past.body());

        HttpResponse<String> revised = Api.call("PUT", path, ADMIN, JSON, weekendOnly, "If-Match", etag);
        assertEquals(200, revised.statusCode(), revised.body());
        assertTrue(!etag.equals(revised.headers().firstValue("ETag").orElseThrow()), "the ETag changes");
        assertEquals(2, json(revised).getJsonArray("versions").size());
        assertEquals(1, json(revised).getInt("versionInForce"));

        // 31 Dec 2098 (24/7, version 1) + 1 Jan 2099 (Thursday, closed) + 2 (Friday) + 3 (Saturday, version 2).
        JsonObject elapsed = json(Api.get(path + "/elapsed?start=2098-12-31T00:00&end=2099-01-04T00:00", ADMIN));
        assertEquals("PT48H", elapsed.getString("duration"));
        assertEquals("[1,2]", elapsed.getJsonArray("calendarVersions").toString());
        try (var audit = Json.createReader(new StringReader(Api.get(path + "/audit", ADMIN).body()))) {
            assertEquals(2, audit.readArray().size(), "created and revised are audited");
        }
    }

    @Test
    void badInputGetsProblemDetailsNamingTheField() {
        HttpResponse<String> invalid = Api.call("POST", "api/calendars", ADMIN, JSON, """
                {"name":"","timeZone":"Mars/Olympus_Mons","weeklyHours":[{"day":"FUNDAY","from":"9","to":"25:00"}],
                 "holidays":[{"date":"2026-02-30"}]}""");
        assertEquals(400, invalid.statusCode());
        assertEquals("application/problem+json", invalid.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        for (String field : new String[] {"name", "timeZone", "weeklyHours[0].day", "weeklyHours[0].from",
                "weeklyHours[0].to", "holidays[0].date"}) {
            assertTrue(invalid.body().contains("\"field\":\"" + field + "\""), field + " in " + invalid.body());
        }
        HttpResponse<String> overlap = Api.call("POST", "api/calendars", ADMIN, JSON, """
                {"name":"Overlap","timeZone":"Europe/Berlin","weeklyHours":[
                 {"day":"MONDAY","from":"09:00","to":"13:00"},{"day":"MONDAY","from":"12:00","to":"18:00"}]}""");
        assertEquals(400, overlap.statusCode());
        assertTrue(overlap.body().contains("\"field\":\"weeklyHours\""), overlap.body());
        assertTrue(overlap.body().contains("MONDAY"), overlap.body());

        long id = create("{\"name\":\"" + unique("Plain") + "\",\"timeZone\":\"Europe/Berlin\",\"preset\":\"24/7\"}");
        HttpResponse<String> reversed = Api.get("api/calendars/" + id
                + "/elapsed?start=2026-03-02T10:00&end=2026-03-02T09:00", ADMIN);
        assertEquals(400, reversed.statusCode());
        assertTrue(reversed.body().contains("\"field\":\"end\""), reversed.body());
        HttpResponse<String> duration = Api.get("api/calendars/" + id + "/due?start=2026-03-02T10:00&duration=4h", ADMIN);
        assertEquals(400, duration.statusCode());
        assertTrue(duration.body().contains("\"field\":\"duration\""), duration.body());
        HttpResponse<String> start = Api.get("api/calendars/" + id + "/due?start=yesterday&duration=PT1H", ADMIN);
        assertEquals(400, start.statusCode());
        assertTrue(start.body().contains("\"field\":\"start\""), start.body());
        assertEquals(404, Api.get("api/calendars/987654321", ADMIN).statusCode());

        long closed = create("{\"name\":\"" + unique("Never open") + "\",\"timeZone\":\"UTC\",\"weeklyHours\":[]}");
        HttpResponse<String> exhausted = Api.get("api/calendars/" + closed + "/due?start=2026-03-02T10:00&duration=PT1H",
                ADMIN);
        assertEquals(400, exhausted.statusCode(), exhausted.body());
        assertTrue(exhausted.body().contains("no working time"), exhausted.body());
    }

    @Test
    void aCustomersUserReadsOnlyTheCalendarsTheirOrganisationsAgreementsCountOn() {
        String customer = Fixtures.customer();
        String own = Fixtures.calendar();
        Fixtures.activeSla(customer, own);
        String other = Fixtures.calendar();
        Fixtures.activeSla(Fixtures.customer(), other);
        String unused = Fixtures.calendar();
        String asCustomer = Fixtures.user("customer", customer);

        String listed = Api.get("api/calendars", asCustomer).body();
        assertTrue(listed.contains(own), listed);
        assertTrue(!listed.contains(other) && !listed.contains(unused), listed);
        assertEquals(200, Api.get("api/calendars/" + Fixtures.calendarId(own), asCustomer).statusCode());
        for (String hidden : new String[] {other, unused}) {
            long id = Fixtures.calendarId(hidden);
            HttpResponse<String> answer = Api.get("api/calendars/" + id, asCustomer);
            assertEquals(404, answer.statusCode(), answer.body());
            assertEquals(Api.get("api/calendars/987654321", asCustomer).body().replace("987654321", Long.toString(id)),
                    answer.body(), "the same answer as for a calendar that does not exist");
            assertEquals(404, Api.get("api/calendars/" + id + "/due?start=2026-03-02T10:00&duration=PT1H", asCustomer)
                    .statusCode());
        }
        String staff = Api.get("api/calendars", Fixtures.user("agent", null)).body();
        assertTrue(staff.contains(own) && staff.contains(other) && staff.contains(unused), "staff see every calendar");
    }

    @Test
    void onlyManagersAndAdministratorsChangeCalendars() {
        String agent = "it-agent-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> user = Api.call("POST", "api/users", ADMIN, JSON, """
                {"username":"%s","displayName":"Agent","password":"agent-pass-1","roles":["agent"]}""".formatted(agent));
        assertEquals(201, user.statusCode(), user.body());
        String asAgent = Api.basic(agent, "agent-pass-1");

        long id = create("{\"name\":\"" + unique("Shared") + "\",\"timeZone\":\"Europe/Berlin\",\"preset\":\"24/7\"}");
        assertEquals(200, Api.get("api/calendars/" + id, asAgent).statusCode());
        assertEquals(200, Api.get("api/calendars/" + id + "/due?start=2026-03-02T10:00&duration=PT1H", asAgent).statusCode());
        assertEquals(403, Api.call("POST", "api/calendars", asAgent, JSON,
                "{\"name\":\"nope\",\"timeZone\":\"UTC\",\"preset\":\"24/7\"}").statusCode());
        assertEquals(403, Api.call("DELETE", "api/calendars/" + id, asAgent, null, null, "If-Match", "\"1\"").statusCode());
        assertEquals(403, Api.get("api/users", asAgent).statusCode());
    }

    @Test
    void holidaysComeInAndGoOutAsICalendarAndCalendarsCopyWithTheirHistory() {
        long id = create(officeCalendar(unique("Holidays")));
        String path = "api/calendars/" + id;
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:new-year@test", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20270101",
                "DTEND;VALUE=DATE:20270102", "SUMMARY:New Year", "RRULE:FREQ=YEARLY", "END:VEVENT",
                "BEGIN:VEVENT", "UID:boxing@test", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20271226",
                "DTEND;VALUE=DATE:20271228", "SUMMARY:Boxing days", "END:VEVENT", "END:VCALENDAR", "");
        String etag = Api.get(path, ADMIN).headers().firstValue("ETag").orElseThrow();
        assertEquals(428, Api.call("POST", path + "/holidays?effectiveFrom=2099-01-01", ADMIN, "text/calendar", ics)
                .statusCode());
        HttpResponse<String> imported = Api.call("POST", path + "/holidays?effectiveFrom=2027-01-01", ADMIN,
                "text/calendar", ics, "If-Match", etag);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(2, json(imported).getJsonArray("versions").size());

        HttpResponse<String> exported = Api.call("GET", path + "/holidays?version=2", ADMIN, null, null,
                "Accept", "text/calendar");
        assertEquals(200, exported.statusCode(), exported.body());
        for (String date : new String[] {"20270101", "20280101", "20360101", "20271226",
                "20271227", "20261225"}) {
            assertTrue(exported.body().contains("DTSTART;VALUE=DATE:" + date), date + " in " + exported.body());
        }
        // New Year's Day 2027 is now a holiday (Friday): the due date moves past the weekend.
        JsonObject due = json(Api.get(path + "/due?start=2026-12-31T17:00&duration=PT2H", ADMIN));
        assertEquals("2027-01-04T10:00:00+01:00", due.getString("due"));

        HttpResponse<String> bad = Api.call("POST", path + "/holidays", ADMIN, "text/calendar", "not a calendar",
                "If-Match", Api.get(path, ADMIN).headers().firstValue("ETag").orElseThrow());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"ics\""), bad.body());

        HttpResponse<String> copy = Api.call("POST", path + "/copy", ADMIN, JSON,
                "{\"name\":\"" + unique("Copy") + "\"}");
        assertEquals(201, copy.statusCode(), copy.body());
        assertEquals(2, json(copy).getJsonArray("versions").size());
        long copyId = json(copy).getJsonNumber("id").longValue();
        assertEquals("2027-01-04T10:00:00+01:00", json(Api.get("api/calendars/" + copyId
                + "/due?start=2026-12-31T17:00&duration=PT2H", ADMIN)).getString("due"));

        String copyEtag = Api.get("api/calendars/" + copyId, ADMIN).headers().firstValue("ETag").orElseThrow();
        assertEquals(204, Api.call("DELETE", "api/calendars/" + copyId, ADMIN, null, null, "If-Match", copyEtag)
                .statusCode());
        assertEquals(404, Api.get("api/calendars/" + copyId, ADMIN).statusCode());
    }
}
