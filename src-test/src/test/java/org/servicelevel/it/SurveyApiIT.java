package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.etag;
import static org.servicelevel.it.Fixtures.expect;
import static org.servicelevel.it.Fixtures.fields;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Survey campaigns over the API: a campaign's questions, answers entered one respondent at a time and
 * as CSV (a sheet with a wrong cell stores nothing), the report's shares in total and by role,
 * completion with the warning about survey metrics no question matches, the read-only completed
 * campaign, the last campaign completed on or before a day, and what customers' users see.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyApiIT {

    private static final String SPEED = "How fast was your request resolved?";
    private static final String INFORMED = "Were you kept informed about progress?";
    private static final String COMPETENT = "Was the engineer competent and courteous?";
    private static final String CSV = "text/csv";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** An active SLA of {@code customer} whose quality table has survey metrics for INFORMED and COMPETENT. */
    private static Fixtures.Agreement slaWithSurveyMetrics(String customer) {
        String number = Fixtures.unique("SLA-");
        JsonObject created = Api.object(expect(201, Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"SLA","title":"Workplace support","customer":"%s","validFrom":"2026-01-01",
                 "reviewDate":"2099-06-30",
                 "terms":{"currency":"EUR","monthlyFee":1000,
                  "services":[{"code":"WS","name":"Workplace","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Critical","resolution":"PT2H","maxOverdueShare":20}],
                  "metrics":[{"kind":"RESOLUTION_TIME","priority":1,"weight":0.6},
                             {"kind":"SURVEY","question":"%s","threshold":70,"weight":0.2},
                             {"kind":"SURVEY","question":"%s","threshold":80,"weight":0.2}],
                  "penaltyBands":[{"from":0.8,"to":1,"penaltyPercent":0},{"from":0,"to":0.8,"penaltyPercent":10}]}}"""
                .formatted(number, customer, Fixtures.calendar(), INFORMED.toUpperCase(), COMPETENT))).body());
        long id = created.getJsonNumber("id").longValue();
        String path = "api/agreements/" + id;
        expect(200, Api.call("POST", path + "/activate", ADMIN, null, null, "If-Match", etag(Api.get(path, ADMIN))));
        return new Fixtures.Agreement(id, number);
    }

    private static String campaignJson(String title, LocalDate due, boolean withRecommendation) {
        return """
                {"title":"%s","dueDate":"%s","questions":[
                 {"text":"%s","answers":["faster than I expected","as I expected","slower than I expected"],
                  "positive":["faster than I expected","as I expected"]},
                 {"text":"%s","answers":["yes","mostly yes","mostly no","no"],"positive":["yes","mostly yes"]}%s]}"""
                .formatted(title, due, SPEED, INFORMED, withRecommendation
                        ? ",{\"text\":\"Would you recommend us?\",\"answers\":[\"yes\",\"no\"],\"positive\":[\"yes\"]}" : "");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    private static JsonObject question(JsonObject report, int number) {
        return report.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getInt("number") == number).findFirst().orElseThrow();
    }

    /** The count and share of each answer, e.g. "yes 1 50.00", in the scale's order. */
    private static List<String> shares(JsonObject answers) {
        return answers.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("answer") + " " + o.getInt("count") + " "
                        + (o.containsKey("share") ? o.getJsonNumber("share").bigDecimalValue().toPlainString() : "-"))
                .toList();
    }

    private static JsonObject role(JsonObject question, String role) {
        return question.getJsonArray("byRole").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("role").equals(role)).findFirst().orElseThrow().getJsonObject("answers");
    }

    @Test
    void aCampaignTakesAnswersOverRestAndCsvReportsSharesByRoleAndIsReadOnlyOnceCompleted() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = slaWithSurveyMetrics(customer);
        String manager = Fixtures.user("manager", null);
        String agent = Fixtures.user("agent", null);
        String integration = Fixtures.user("integration", null);
        String customerA = Fixtures.user("customer", customer);
        LocalDate completedOn = today().minusDays(20);

        HttpResponse<String> created = expect(201, Api.call("POST", "api/agreements/" + sla.id() + "/surveys", manager,
                JSON, campaignJson("First half", completedOn, false)));
        long id = Api.object(created.body()).getJsonNumber("id").longValue();
        String path = "api/surveys/" + id;
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/surveys/" + id));
        assertEquals(etag(created), etag(expect(200, Api.get(path, customerA))), "GET answers the same ETag");

        // the questions change while nobody has answered
        HttpResponse<String> revised = expect(200, Api.call("PUT", path, manager, JSON,
                campaignJson("First half of the year", completedOn, true), "If-Match", etag(created)));
        assertNotEquals(etag(created), etag(revised));
        assertEquals(3, Api.object(revised.body()).getJsonArray("questions").size());

        // one respondent over REST; answering again replaces the answer
        HttpResponse<String> anna = expect(200, Api.call("POST", path + "/responses", agent, JSON, """
                {"respondent":"Anna Smith","role":"manager","answers":[{"question":1,"answer":"Faster than I expected"},
                 {"question":2,"answer":"yes"}]}"""));
        assertTrue(Api.object(anna.body()).getBoolean("newRespondent"));
        assertNotEquals(etag(revised), etag(anna), "an answer is a change of the campaign");
        JsonObject again = Api.object(expect(200, Api.call("POST", path + "/responses", agent, JSON, """
                {"respondent":"anna smith","answers":[{"question":2,"answer":"mostly no"}]}""")).body());
        assertEquals(1, again.getInt("replaced"));
        assertEquals("manager", again.getString("role"));
        String beforeImport = etag(expect(200, Api.get(path, ADMIN)));

        // a sheet with wrong cells is refused whole, each cell named by line and column
        HttpResponse<String> refused = expect(400, Api.call("POST", path + "/responses/import", integration, CSV, """
                respondent,role,1,%s,Would you recommend us?
                Boris Ivanov,specialist,as I expected,mostly yes,yes
                "Smith, Clara",,slower than I expected,no,no
                Dan Brown,manager,sometimes,yes,
                """.formatted(INFORMED)));
        assertEquals(List.of("line 3, column 2 (role)", "line 4, column 3 (1)"), fields(refused));
        assertTrue(Api.object(refused.body()).getJsonArray("errors").getJsonObject(1).getString("message")
                .contains("faster than I expected"), refused.body());
        JsonObject unchanged = Api.object(expect(200, Api.get(path, ADMIN)).body());
        assertEquals(1, unchanged.getJsonArray("respondents").size(), "nothing of the refused sheet was stored");
        assertEquals(beforeImport, etag(Api.get(path, ADMIN)));

        JsonObject imported = Api.object(expect(200, Api.call("POST", path + "/responses/import", integration, CSV, """
                respondent;role;1;%s;3\r
                Boris Ivanov;specialist;as I expected;mostly yes;yes\r
                "Smith; Clara";Specialist;slower than I expected;no;no\r
                Dan Brown;manager;;YES;yes\r
                """.formatted(INFORMED))).body());
        assertEquals(3, imported.getInt("lines"));
        assertEquals(3, imported.getInt("newRespondents"));
        assertEquals(8, imported.getInt("answers"));

        // the report, as the customer's user reads it: exact counts, shares rounded half-up
        JsonObject report = Api.object(expect(200, Api.get(path + "/report", customerA)).body());
        assertEquals(4, report.getInt("respondents"));
        JsonObject speed = question(report, 1);
        assertEquals(List.of("faster than I expected 1 33.33", "as I expected 1 33.33", "slower than I expected 1 33.33"),
                shares(speed.getJsonObject("total")));
        assertEquals(3, speed.getJsonObject("total").getInt("answers"));
        assertEquals(2, speed.getJsonObject("total").getInt("positive"));
        assertEquals(new BigDecimal("66.67"), speed.getJsonObject("total").getJsonNumber("positiveShare").bigDecimalValue());
        assertEquals(List.of("faster than I expected 1 100.00", "as I expected 0 0.00", "slower than I expected 0 0.00"),
                shares(role(speed, "manager")));
        assertEquals(List.of("faster than I expected 0 0.00", "as I expected 1 50.00", "slower than I expected 1 50.00"),
                shares(role(speed, "specialist")), "Specialist counts with specialist");
        JsonObject informed = question(report, 2);
        assertEquals(List.of("yes 1 25.00", "mostly yes 1 25.00", "mostly no 1 25.00", "no 1 25.00"),
                shares(informed.getJsonObject("total")));
        assertEquals(new BigDecimal("50.00"), role(informed, "manager").getJsonNumber("positiveShare").bigDecimalValue());

        // completing: only managers and administrators, on the version read, on a day that has begun
        String current = etag(expect(200, Api.get(path, ADMIN)));
        expect(403, Api.call("POST", path + "/complete", agent, JSON, "{\"on\":\"" + completedOn + "\"}",
                "If-Match", current));
        expect(412, Api.call("POST", path + "/complete", manager, JSON, "{\"on\":\"" + completedOn + "\"}",
                "If-Match", etag(created)));
        assertEquals(List.of("on"), fields(expect(400, Api.call("POST", path + "/complete", manager, JSON,
                "{\"on\":\"" + today().plusDays(2) + "\"}", "If-Match", current))));
        HttpResponse<String> completed = expect(200, Api.call("POST", path + "/complete", manager, JSON,
                "{\"on\":\"" + completedOn + "\"}", "If-Match", current));
        JsonObject done = Api.object(completed.body());
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals(completedOn.toString(), done.getString("completedOn"));
        JsonArray warnings = done.getJsonArray("warnings");
        assertEquals(1, warnings.size(), done.toString());
        assertTrue(warnings.getString(0).contains(COMPETENT), warnings.toString());

        // read-only once completed
        String problem = "application/problem+json";
        HttpResponse<String> late = expect(409, Api.call("POST", path + "/responses", agent, JSON,
                "{\"respondent\":\"Eve\",\"role\":\"manager\",\"answers\":[{\"question\":1,\"answer\":\"as I expected\"}]}"));
        assertEquals(problem, late.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        expect(409, Api.call("POST", path + "/responses/import", agent, CSV, "respondent,role,1\nEve,manager,as I expected\n"));
        expect(409, Api.call("PUT", path, manager, JSON, campaignJson("Renamed", completedOn, true),
                "If-Match", etag(completed)));
        expect(409, Api.call("POST", path + "/complete", manager, JSON, "{\"on\":\"" + completedOn + "\"}",
                "If-Match", etag(completed)));
        assertEquals(4, Api.object(expect(200, Api.get(path + "/report", ADMIN)).body()).getInt("respondents"));

        List<String> actions = Api.array(expect(200, Api.get(path + "/audit", manager)).body())
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList();
        assertEquals(List.of("created", "revised", "answers recorded", "answers recorded", "answers imported",
                "completed"), actions);
    }

    @Test
    void theMonthReadsTheLastCampaignCompletedOnOrBeforeItsLastDay() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = slaWithSurveyMetrics(customer);
        String base = "api/agreements/" + sla.id() + "/surveys";
        LocalDate first = today().minusDays(60);
        LocalDate second = today().minusDays(10);
        long firstId = completedCampaign(base, "Earlier", first, List.of("yes", "mostly no", "no"));
        long secondId = completedCampaign(base, "Later", second, List.of("yes", "yes", "mostly yes", "no"));
        // a campaign still open does not count, however late its due date
        expect(201, Api.call("POST", base, ADMIN, JSON, campaignJson("Open", today(), false)));

        JsonObject before = Api.object(expect(200, Api.get(base + "/last-completed?on=" + first.minusDays(1), ADMIN)).body());
        assertFalse(before.containsKey("campaign"), before.toString());

        JsonObject onFirst = Api.object(expect(200, Api.get(base + "/last-completed?on=" + first, ADMIN)).body())
                .getJsonObject("campaign");
        assertEquals(firstId, onFirst.getJsonNumber("id").longValue());
        JsonObject between = Api.object(expect(200, Api.get(base + "/last-completed?on=" + second.minusDays(1),
                ADMIN)).body()).getJsonObject("campaign");
        assertEquals(firstId, between.getJsonNumber("id").longValue());
        JsonObject informed = between.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("question").equals(INFORMED)).findFirst().orElseThrow();
        assertEquals(1, informed.getInt("positive"));
        assertEquals(3, informed.getInt("total"));
        assertEquals(new BigDecimal("33.33"), informed.getJsonNumber("share").bigDecimalValue());

        JsonObject later = Api.object(expect(200, Api.get(base + "/last-completed?on=" + today(), ADMIN)).body())
                .getJsonObject("campaign");
        assertEquals(secondId, later.getJsonNumber("id").longValue());
        assertEquals(second.toString(), later.getString("completedOn"));
        JsonObject informedLater = later.getJsonArray("questions").getJsonObject(1);
        assertEquals(List.of(3, 4), List.of(informedLater.getInt("positive"), informedLater.getInt("total")));

        assertEquals(List.of("on"), fields(expect(400, Api.get(base + "/last-completed?on=30.06.2026", ADMIN))));
        assertEquals(List.of("Open", "Later", "Earlier"), Api.array(expect(200, Api.get(base, ADMIN)).body())
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("title")).toList());
    }

    /** A campaign answered on question 2 with {@code informed} (one respondent each) and completed on {@code on}. */
    private static long completedCampaign(String base, String title, LocalDate on, List<String> informed) {
        long id = Api.object(expect(201, Api.call("POST", base, ADMIN, JSON, campaignJson(title, on, false))).body())
                .getJsonNumber("id").longValue();
        StringBuilder csv = new StringBuilder("respondent,role,1,2\n");
        for (int i = 0; i < informed.size(); i++) {
            csv.append("Respondent ").append(i).append(",manager,as I expected,").append(informed.get(i)).append('\n');
        }
        String path = "api/surveys/" + id;
        expect(200, Api.call("POST", path + "/responses/import", ADMIN, CSV, csv.toString()));
        expect(200, Api.call("POST", path + "/complete", ADMIN, JSON, "{\"on\":\"" + on + "\"}", "If-Match",
                etag(Api.get(path, ADMIN))));
        return id;
    }

    @Test
    void customersSeeTheirOwnOrganisationsCampaignsOnlyAndEnterNoAnswers() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = slaWithSurveyMetrics(customer);
        long id = Fixtures.survey(sla);
        String own = Fixtures.user("customer", customer);
        String other = Fixtures.user("customer", Fixtures.customer());
        String path = "api/surveys/" + id;
        String base = "api/agreements/" + sla.id() + "/surveys";

        expect(200, Api.get(path, own));
        expect(200, Api.get(path + "/report", own));
        assertEquals(1, Api.array(expect(200, Api.get(base, own)).body()).size());
        expect(403, Api.call("POST", path + "/responses", own, JSON,
                "{\"respondent\":\"Me\",\"role\":\"manager\",\"answers\":[{\"question\":1,\"answer\":\"yes\"}]}"));

        HttpResponse<String> page = expect(200, Api.call("GET", "app/survey.xhtml?id=" + id, own, null, null,
                "Accept", "text/html"));
        assertTrue(page.body().contains("Were you kept informed?"), "the page shows the question");
        assertFalse(page.body().contains("answerForm"), "a customer's user gets no answer form");
        expect(404, Api.call("GET", "app/survey.xhtml?id=" + id, other, null, null, "Accept", "text/html"));
        assertTrue(expect(200, Api.call("GET", "app/survey.xhtml?id=" + id, Fixtures.user("agent", null), null, null,
                "Accept", "text/html")).body().contains("answerForm"), "staff enter answers on the page");

        for (String hidden : List.of(path, path + "/report", base, base + "/last-completed?on=" + today())) {
            HttpResponse<String> answer = expect(404, Api.get(hidden, other));
            assertFalse(answer.body().contains("Were you kept informed?"), answer.body());
        }
    }

    @Test
    void staffEnterARespondentsAnswersOnTheCampaignPage() throws Exception {
        String customer = Fixtures.customer();
        long id = Fixtures.survey(slaWithSurveyMetrics(customer));
        String agent = Fixtures.user("agent", null);
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).cookieHandler(new java.net.CookieManager()).build();
        java.net.URI page = java.net.URI.create(Api.BASE + "app/survey.xhtml?id=" + id);
        String html = browser.send(java.net.http.HttpRequest.newBuilder(page).header("Authorization", agent).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        java.util.regex.Matcher answer = java.util.regex.Pattern.compile("name=\"(answerForm:[^\"]*answer_input)\"")
                .matcher(html);
        assertTrue(state.find() && answer.find(), html);
        java.util.function.Function<String, String> enc = v -> java.net.URLEncoder.encode(v,
                java.nio.charset.StandardCharsets.UTF_8);
        String form = "answerForm=answerForm&answerForm%3Arespondent=" + enc.apply("Erik Olsen")
                + "&answerForm%3Arole=" + enc.apply("director") + "&" + enc.apply(answer.group(1)) + "="
                + enc.apply("mostly yes") + "&answerForm%3Arecord=&jakarta.faces.ViewState=" + enc.apply(state.group(1));
        HttpResponse<String> posted = browser.send(java.net.http.HttpRequest.newBuilder(page)
                .header("Authorization", agent).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, posted.statusCode(), posted.body());
        JsonObject respondent = Api.object(expect(200, Api.get("api/surveys/" + id, ADMIN)).body())
                .getJsonArray("respondents").getJsonObject(0);
        assertEquals("Erik Olsen", respondent.getString("name"));
        assertEquals("director", respondent.getString("role"));
        assertEquals("mostly yes", respondent.getJsonArray("answers").getJsonObject(0).getString("answer"));
    }

    @Test
    void everyBadFieldIsNamed() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = slaWithSurveyMetrics(customer);
        String base = "api/agreements/" + sla.id() + "/surveys";

        assertEquals(List.of("title", "questions[0].text", "questions[0].answers", "questions[0].positive[0]",
                "questions[1].answers[1]", "questions[2]"), fields(expect(400, Api.call("POST", base, ADMIN, JSON, """
                {"title":" ","dueDate":"2026-06-20","questions":[{"text":"","answers":["a"],"positive":["b"]},
                 {"text":"Second","answers":["a","A "],"positive":["a"]},null]}"""))));
        assertEquals(List.of("dueDate"), fields(expect(400, Api.call("POST", base, ADMIN, JSON,
                "{\"title\":\"T\",\"dueDate\":\"20.06.2026\",\"questions\":[]}"))));
        assertEquals(List.of("dueDate"), fields(expect(400, Api.call("POST", base, ADMIN, JSON,
                "{\"title\":\"T\",\"dueDate\":\"2500-06-20\",\"questions\":[]}"))));
        assertEquals(List.of("colour"), fields(expect(400, Api.call("POST", base, ADMIN, JSON,
                "{\"title\":\"T\",\"dueDate\":\"2026-06-20\",\"colour\":\"red\"}"))));
        assertEquals(0, Api.array(expect(200, Api.get(base, ADMIN)).body()).size(), "nothing was created");

        String path = "api/surveys/" + Fixtures.survey(sla);
        assertEquals(List.of("respondent", "answers[0].question", "answers[1].answer", "answers[2].question"),
                fields(expect(400, Api.call("POST", path + "/responses", ADMIN, JSON, """
                {"respondent":"","answers":[{"question":9,"answer":"yes"},{"question":1,"answer":"perhaps"},
                 {"question":1,"answer":"no"}]}"""))));
        assertEquals(List.of("role"), fields(expect(400, Api.call("POST", path + "/responses", ADMIN, JSON,
                "{\"respondent\":\"Anna\",\"answers\":[]}"))));
        assertEquals(List.of("role"), fields(expect(400, Api.call("POST", path + "/responses", ADMIN, JSON,
                "{\"respondent\":\"Anna\",\"role\":\"boss\\u0007\"}"))));
        assertEquals(List.of("answers[0].question"), fields(expect(400, Api.call("POST", path + "/responses", ADMIN,
                JSON, "{\"respondent\":\"Anna\",\"role\":\"manager\",\"answers\":[{\"question\":\"one\",\"answer\":\"yes\"}]}"))));
        assertEquals(List.of("line 2"), fields(expect(400, Api.call("POST", path + "/responses/import", ADMIN, CSV,
                "respondent,role,1\n\"Anna,manager,yes\n"))));
        assertEquals(List.of("line 1, column 1 (name)", "line 1"), fields(expect(400, Api.call("POST",
                path + "/responses/import", ADMIN, CSV,
                "name,role,1\nAnna,manager,yes\n"))));
        assertEquals(List.of("If-Match"), fields(expect(428, Api.call("POST", path + "/complete", ADMIN, JSON,
                "{\"on\":\"2026-06-20\"}"))));
        assertEquals(0, Api.object(expect(200, Api.get(path, ADMIN)).body()).getJsonArray("respondents").size());
    }
}
