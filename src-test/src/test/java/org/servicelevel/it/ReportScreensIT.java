package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.expect;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report screens in a real headless Chromium: SLA compliance of a period with its drill-down, a
 * month's result read, approved and hidden from other organisations, and survey campaigns started
 * from the agreement.
 */
@ExtendWith(ArquillianExtension.class)
class ReportScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private Browser session;

    @BeforeEach
    void startBrowser() throws Exception {
        session = Browser.start();
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    /** A ticket replayed: reference, priority, registration and resolution (UTC), and the resolution's working time. */
    private record Replayed(String reference, int priority, String registeredAt, String resolvedAt) {
    }

    /**
     * Imports the tickets under the SLA (service WS, Monday to Friday 09:00-18:00 Berlin) and answers
     * each reference's ticket number.
     */
    private static Map<String, String> replay(String customer, Fixtures.Agreement sla, List<Replayed> replayed) {
        JsonArrayBuilder tickets = Json.createArrayBuilder();
        for (Replayed r : replayed) {
            tickets.add(Json.createObjectBuilder().add("customer", customer).add("agreement", sla.number())
                    .add("service", "WS").add("title", "Replayed " + r.reference()).add("priority", r.priority())
                    .add("requestType", "incident").add("externalReference", r.reference())
                    .add("registeredAt", r.registeredAt())
                    .add("events", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("at", r.registeredAt().replace(":00:00Z", ":05:00Z"))
                                    .add("type", "STATUS").add("to", "IN_PROGRESS").add("actor", "anna"))
                            .add(Json.createObjectBuilder().add("at", r.resolvedAt()).add("type", "STATUS")
                                    .add("to", "RESOLVED").add("actor", "anna"))));
        }
        JsonObject report = Api.object(expect(200, Api.call("POST", "api/tickets/import", Fixtures.ADMIN, JSON,
                Json.createObjectBuilder().add("tickets", tickets).build().toString())).body());
        assertEquals(replayed.size(), report.getInt("created"), report.toString());
        Map<String, String> numbers = new LinkedHashMap<>();
        for (JsonObject result : report.getJsonArray("results").getValuesAs(JsonObject.class)) {
            numbers.put(result.getString("externalReference"), result.getString("number"));
        }
        return numbers;
    }

    /** The cells of the row of {@code label} in the table of a breakdown's section. */
    private List<String> row(String dimension, String label) {
        WebElement row = session.visible(By.xpath("//section[@id='section-" + dimension + "']//tbody/tr[td[1][normalize-space()='"
                + label + "']]"));
        return row.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList();
    }

    @Test
    void aManagerReadsComplianceOfAPeriodPerPriorityAndTheBreachedTicketsBehindABar() throws Exception {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        // October 2026 in Berlin is CEST (UTC+2) until the 25th: 09:00-18:00 local is 07:00-16:00 UTC.
        // Priority 1 resolves in 2 h, priority 2 in 4 h.
        Map<String, String> numbers = replay(customer, sla, List.of(
                new Replayed("P1-MET-A", 1, "2026-10-06T08:00:00Z", "2026-10-06T09:00:00Z"),   // 1 h
                new Replayed("P1-MET-B", 1, "2026-10-07T08:00:00Z", "2026-10-07T09:30:00Z"),   // 1.5 h
                new Replayed("P1-LATE-A", 1, "2026-10-08T08:00:00Z", "2026-10-08T11:00:00Z"),  // 3 h
                new Replayed("P1-LATE-B", 1, "2026-10-13T08:00:00Z", "2026-10-13T13:00:00Z"),  // 5 h
                new Replayed("P2-MET", 2, "2026-10-14T08:00:00Z", "2026-10-14T10:00:00Z"),     // 2 h
                new Replayed("P2-LATE", 2, "2026-10-15T07:00:00Z", "2026-10-15T13:00:00Z"),    // 6 h
                // resolved after the period: not counted in October
                new Replayed("P1-NOV", 1, "2026-11-03T09:00:00Z", "2026-11-03T14:00:00Z")));
        session.signIn(Fixtures.user("manager", null));

        session.open("app/compliance.xhtml?agreement=" + sla.id() + "&from=2026-10-01&to=2026-10-31");
        assertEquals("3", session.visible(By.id("totalMet")).getText());
        assertEquals("3", session.driver().findElement(By.id("totalBreached")).getText().strip());
        assertEquals(List.of("Priority 1", "2", "2", "4", "50.0 %"), row("PRIORITY", "Priority 1"));
        assertEquals(List.of("Priority 2", "1", "1", "2", "50.0 %"), row("PRIORITY", "Priority 2"));
        assertEquals(2, session.driver().findElements(By.cssSelector("#section-PRIORITY tbody tr")).size(),
                "the November ticket is not in October");
        assertEquals(List.of("WS", "3", "3", "6", "50.0 %"), row("SERVICE", "WS"));
        assertEquals(List.of("incident", "3", "3", "6", "50.0 %"), row("REQUEST_TYPE", "incident"));
        assertTrue(session.driver().findElement(By.cssSelector("#section-PRIORITY canvas")).isDisplayed(),
                "the priorities are drawn as a chart");

        // the breached count of priority 1 lists exactly its breached tickets
        session.visible(By.xpath("//section[@id='section-PRIORITY']//tbody/tr[td[1][normalize-space()='Priority 1']]"))
                .findElement(By.cssSelector("a[id$=':breached']")).click();
        session.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("drillTitle"),
                "Breached tickets: Priority 1"));
        List<WebElement> drilled = session.driver().findElements(By.cssSelector("#drillTickets_data tr"));
        Set<String> listed = drilled.stream().map(tr -> tr.findElement(By.cssSelector("a.ticket-link")).getText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(numbers.get("P1-LATE-A"), numbers.get("P1-LATE-B"))), listed);
        assertTrue(drilled.stream().allMatch(tr -> tr.getText().contains("Breached")), drilled.get(0).getText());
        assertTrue(drilled.get(0).getText().contains("3:00:00") && drilled.get(0).getText().contains("2:00:00"),
                drilled.get(0).getText());
        // resolved at 11:00 UTC on the 8th, shown in the agreement's zone, the one the period's days are read in
        String zone = Api.member(Api.get("api/agreements/" + sla.id(), Fixtures.ADMIN).body(), "timeZone");
        String resolved = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(java.time.Instant.parse("2026-10-08T11:00:00Z").atZone(java.time.ZoneId.of(zone))) + " " + zone;
        assertTrue(drilled.get(0).getText().contains(resolved), resolved + " in " + drilled.get(0).getText());
        assertTrue(drilled.get(0).findElement(By.cssSelector("a.ticket-link")).getAttribute("href")
                .contains("ticket.xhtml?id="));
        session.screenshot("compliance");

        // a click on the chart's bar of priority 2's met tickets lists them
        WebElement chart = session.driver().findElement(By.cssSelector("#section-PRIORITY canvas"));
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) session.script("var chart = Chart.getChart(arguments[0]);"
                + " var met = chart.getDatasetMeta(0).data[1]; var box = arguments[0].getBoundingClientRect();"
                + " return {x: met.x - box.width / 2, y: (met.y + met.base) / 2 - box.height / 2};", chart);
        new Actions(session.driver()).moveToElement(chart, ((Number) bar.get("x")).intValue(),
                ((Number) bar.get("y")).intValue()).click().perform();
        session.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("drillTitle"),
                "Met tickets: Priority 2"));
        assertEquals(List.of(numbers.get("P2-MET")), session.driver().findElements(By.cssSelector(
                "#drillTickets_data tr a.ticket-link")).stream().map(WebElement::getText).toList());

        // a period that ends before it starts is said so beside its last day, in the form
        WebElement from = session.driver().findElement(By.id("complianceForm:from_input"));
        WebElement to = session.driver().findElement(By.id("complianceForm:to_input"));
        session.script("arguments[0].value = '2026-10-31'; arguments[1].value = '2026-10-01';", from, to);
        session.driver().findElement(By.id("complianceForm:show")).click();
        session.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("complianceForm:toMessage"),
                "cannot end before its first day"));
    }

    /** Starts the monthly report of the agreement's month over the API and waits until the job has ended. */
    private void runMonth(Fixtures.Agreement sla, String month, String manager) {
        long job = Api.object(expect(202, Api.call("POST", "api/reports/monthly", manager, JSON,
                "{\"agreement\":" + sla.id() + ",\"month\":\"" + month + "\"}")).body()).getJsonNumber("id").longValue();
        new WebDriverWait(session.driver(), Duration.ofSeconds(180)).until(d -> "COMPLETED"
                .equals(Api.member(expect(200, Api.get("api/jobs/" + job, manager)).body(), "state")));
    }

    private static int pageStatus(String path, String credentials) {
        return Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Authorization", credentials)
                .header("Accept", "text/html").GET().build()).statusCode();
    }

    @Test
    void aManagerReadsAndApprovesAMonthsResultThatOnlyItsOwnCustomerReads() throws Exception {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        // November 2026 in Berlin is CET (UTC+1): 09:00-18:00 local is 08:00-17:00 UTC. Priority 1 (2 h):
        // 2 h on time and 3 h late, average 2:30:00 > 2 h: not met, score 0.4 in [0, 0.8): 10 % of 1000.00.
        replay(customer, sla, List.of(
                new Replayed("NOV-ON-TIME", 1, "2026-11-03T09:00:00Z", "2026-11-03T11:00:00Z"),
                new Replayed("NOV-LATE", 1, "2026-11-04T09:00:00Z", "2026-11-04T12:00:00Z")));
        String manager = Fixtures.user("manager", null);
        runMonth(sla, "2026-11", manager);
        runMonth(sla, "2026-10", manager);
        String number = "R-2026-11-" + sla.number() + "-1";

        session.signIn(manager);
        session.open("app/month-close.xhtml?agreement=" + sla.id() + "&month=2026-11");
        session.click(By.linkText(number));
        session.waiting().until(ExpectedConditions.textToBe(By.id("resultNumber"), number));
        String resultUrl = session.driver().getCurrentUrl();
        String path = resultUrl.substring(resultUrl.indexOf("app/month-result.xhtml"));
        assertTrue(session.driver().findElement(By.id("resultState")).getText().startsWith("Draft, revision 1"));
        assertEquals("900.00 EUR", session.driver().findElement(By.id("invoiceTotal")).getText());
        List<String> priority1 = session.driver().findElements(By.xpath("//*[@id='priorities']//tbody/tr[1]/td"))
                .stream().map(td -> td.getText().strip()).toList();
        assertEquals(List.of("1 · Critical", "2", "2", "2:30:00", "2:00:00", "not met"), priority1.subList(0, 6));
        String metric = session.driver().findElement(By.xpath("//*[@id='metrics']//tbody/tr[1]")).getText();
        assertTrue(metric.contains("Average resolution time, priority 1") && metric.contains("2:30:00")
                && metric.contains("not met") && metric.contains("Average resolution time of priority 1 over 2 resolved"
                + " tickets: 2:30:00"), metric);
        String invoice = session.driver().findElement(By.id("invoiceLines")).getText();
        assertTrue(invoice.contains("Monthly fee") && invoice.contains("1000.00 EUR")
                && invoice.contains("Quality penalty") && invoice.contains("-100.00 EUR"), invoice);
        assertEquals(2, session.driver().findElements(By.cssSelector("#tickets_data tr")).size());
        assertTrue(session.driver().findElement(By.cssSelector("a.download-pdf")).getAttribute("href")
                .contains("/app/month-results/download?id="));

        session.click(By.id("resultForm:approve"));
        session.click(By.id("resultForm:confirmYes"));
        session.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Result " + number + " is approved."));
        assertTrue(session.driver().findElement(By.id("resultState")).getText().startsWith("Approved by"));
        assertTrue(session.driver().findElements(By.id("resultForm:approve")).isEmpty(), "approved once");
        session.screenshot("month-result");

        // in Russian each metric, the score and the service's availability say how they were decided, in 1024 px
        try (Browser russian = Browser.start("ru", 1024, 768)) {
            russian.signIn(manager);
            russian.open(path);
            russian.visible(By.id("resultNumber"));
            String metrics = russian.driver().findElement(By.id("metrics")).getText();
            assertTrue(metrics.contains("Как это определено")
                    && metrics.contains("Среднее время решения заявок приоритета 1 (решено: 2): 2:30:00")
                    && metrics.contains("> норматив 2:00:00: не выполнено")
                    && metrics.contains("Ни одна заявка приоритета 2 не решена в этом месяце: выполнено (—)"), metrics);
            assertEquals("Оценка 0.4 = сумма весов выполненных метрик (1 из 2); диапазон [0, 0.8) стоит 10 % абонентской"
                    + " платы", russian.driver().findElement(By.id("scoreExplanation")).getText());
            String availability = russian.driver().findElement(By.id("availability")).getText();
            assertTrue(availability.contains("Доступность услуг") && availability.contains("Услуга WS: часов обслуживания")
                    && availability.contains("у услуги нет целевой доступности"), availability);
            List<?> widths = (List<?>) russian.script("return [document.documentElement.scrollWidth, "
                    + "document.documentElement.clientWidth];");
            assertTrue(((Number) widths.get(0)).longValue() <= ((Number) widths.get(1)).longValue(),
                    "the result page is " + widths.get(0) + " px wide in a " + widths.get(1) + " px window");
            russian.script("document.getElementById('quality').scrollIntoView()");
            russian.screenshot("month-result-ru");
        }

        // the customer's own users read the approved result, not the October draft; another organisation's nothing
        String ownUser = Fixtures.user("customer", customer);
        String otherUser = Fixtures.user("customer", Fixtures.customer());
        assertEquals(200, pageStatus(path, ownUser));
        assertEquals(404, pageStatus(path, otherUser));
        assertEquals(404, pageStatus("app/month-result.xhtml?agreement=" + sla.id() + "&month=2026-10", ownUser),
                "a draft is not the customer's to read");
        assertEquals(200, pageStatus("app/month-result.xhtml?agreement=" + sla.id() + "&month=2026-11", ownUser));
        session.driver().findElement(By.id("logoutForm:logout")).click();
        session.visible(By.id("login:username"));
        session.signIn(ownUser);
        session.open(path);
        assertEquals(number, session.visible(By.id("resultNumber")).getText());
        assertEquals("900.00 EUR", session.driver().findElement(By.id("invoiceTotal")).getText());
        assertTrue(session.driver().findElements(By.id("resultForm:approve")).isEmpty()
                && session.driver().findElements(By.id("resultForm:rerun")).isEmpty(), "customers run and approve nothing");
    }

    @Test
    void aManagerStartsASurveyCampaignOfTheAgreement() throws Exception {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        session.signIn(Fixtures.user("manager", null));
        session.open("app/agreement.xhtml?id=" + sla.id());
        session.click(By.id("surveysLink"));
        session.visible(By.id("campaignForm:create")).click();
        session.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaignForm:titleMessage"),
                "Give the campaign a title."));

        String title = Fixtures.unique("Survey ");
        session.driver().findElement(By.id("campaignForm:title")).sendKeys(title);
        session.script("arguments[0].value = '2026-12-20';",
                session.driver().findElement(By.id("campaignForm:dueDate_input")));
        session.driver().findElement(By.id("campaignForm:questions:0:text")).sendKeys("Were you kept informed?");
        // the scale and the positive answers are put in whole, line breaks and all
        WebElement answers = session.driver().findElement(By.id("campaignForm:questions:0:answers"));
        WebElement positive = session.driver().findElement(By.id("campaignForm:questions:0:positive"));
        session.script("arguments[0].value = arguments[1]; arguments[2].value = arguments[3];", answers,
                "yes\nmostly yes\nmostly no\nno", positive, "Yes\nmostly yes");
        assertEquals("yes\nmostly yes\nmostly no\nno", answers.getAttribute("value"));
        session.driver().findElement(By.id("campaignForm:create")).click();
        try {
            session.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "The campaign “" + title + "” is started."));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the campaign was not started: " + session.driver().findElement(By.tagName("main"))
                    .getText(), e);
        }
        WebElement link = session.visible(By.linkText(title));
        String row = link.findElement(By.xpath("./ancestor::tr")).getText();
        assertTrue(row.contains("2026-12-20") && row.contains("Open"), row);
        session.screenshot("surveys");

        JsonObject created = Api.array(expect(200, Api.get("api/agreements/" + sla.id() + "/surveys", Fixtures.ADMIN))
                .body()).getValuesAs(JsonObject.class).stream().filter(c -> c.getString("title").equals(title))
                .findFirst().orElseThrow();
        JsonObject report = Api.object(expect(200, Api.get("api/surveys/" + created.getJsonNumber("id") + "/report",
                Fixtures.ADMIN)).body());
        JsonObject question = report.getJsonArray("questions").getJsonObject(0);
        assertEquals("Were you kept informed?", question.getString("question"));
        List<String> scale = question.getJsonObject("total").getJsonArray("options").getValuesAs(JsonObject.class)
                .stream().map(o -> o.getString("answer") + (o.getBoolean("positive") ? " +" : "")).toList();
        assertEquals(List.of("yes +", "mostly yes +", "mostly no", "no"), scale);
        // the campaign's report draws each question's answer shares once someone answered
        expect(200, Api.call("POST", "api/surveys/" + created.getJsonNumber("id") + "/responses", Fixtures.ADMIN, JSON,
                "{\"respondent\":\"Carl Meyer\",\"role\":\"manager\",\"answers\":[{\"question\":1,\"answer\":\"mostly yes\"}]}"));
        link.click();
        session.waiting().until(ExpectedConditions.textToBe(By.id("surveyTitle"), title));
        assertTrue(session.visible(By.cssSelector("#report canvas")).isDisplayed());
    }
}
