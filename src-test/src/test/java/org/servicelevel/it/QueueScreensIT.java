package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.expect;
import static org.servicelevel.it.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The work queue in a real browser: an agent finds a ticket at risk on the home page, follows it to
 * its page and watches its countdown move without a reload; the ticket list's queue filters and
 * order; a priority change without a reason is refused next to the reason, and a cancellation is
 * asked about first.
 */
@ExtendWith(ArquillianExtension.class)
class QueueScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A customer with an active SLA on a 24/7 calendar: priority 2 resolves in 4 h, priority 3 in 16 h. */
    private record Customer(String code, String name, String sla) {
    }

    private static Customer customer(String calendar) {
        String code = unique("Q");
        String name = "Queue " + code + " Ltd";
        expect(201, Api.call("POST", "api/customers", ADMIN, JSON, "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}"));
        String sla = unique("SLA-Q");
        var created = expect(201, Api.call("POST", "api/agreements", ADMIN, JSON, """
                {"number":"%s","type":"SLA","title":"Round the clock","customer":"%s","validFrom":"2026-01-01",
                 "terms":{"services":[{"code":"OPS","name":"Operations","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Critical","response":"PT15M","resolution":"PT2H"},
                                {"number":2,"name":"High","response":"PT30M","resolution":"PT4H"},
                                {"number":3,"name":"Normal","response":"PT2H","resolution":"PT16H"}],
                  "defaultPriority":3}}""".formatted(sla, code, calendar)));
        expect(200, Api.call("POST", "api/agreements/" + Api.object(created.body()).getJsonNumber("id").longValue()
                + "/activate", ADMIN, null, null, "If-Match", Fixtures.etag(created)));
        return new Customer(code, name, sla);
    }

    /** A ticket registered now; its number. */
    private static String ticket(Customer c, String title, int priority) {
        return Api.object(expect(201, Api.call("POST", "api/tickets", ADMIN, JSON, """
                {"customer":"%s","agreement":"%s","service":"OPS","title":"%s","priority":%d}"""
                .formatted(c.code(), c.sla(), title, priority))).body()).getString("number");
    }

    /**
     * A priority-2 ticket (4 h to resolve) registered 3 h 24 min ago and in progress since five
     * minutes later: its resolution clock has used 85 % of its target. Its id.
     */
    private static long atRisk(Customer c, String title) {
        Instant registered = Instant.now().minus(Duration.ofMinutes(204)).truncatedTo(ChronoUnit.SECONDS);
        JsonObject request = Json.createObjectBuilder().add("tickets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("customer", c.code()).add("agreement", c.sla()).add("service", "OPS")
                        .add("title", title).add("priority", 2).add("externalReference", unique("RISK-"))
                        .add("registeredAt", OffsetDateTime.ofInstant(registered, ZoneOffset.UTC).toString())
                        .add("events", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("at", OffsetDateTime.ofInstant(registered.plusSeconds(300), ZoneOffset.UTC).toString())
                                .add("type", "STATUS").add("to", "IN_PROGRESS").add("actor", "anna"))))).build();
        JsonObject report = Api.object(expect(200, Api.call("POST", "api/tickets/import", ADMIN, JSON,
                request.toString())).body());
        assertEquals(1, report.getInt("created"), report.toString());
        return report.getJsonArray("results").getJsonObject(0).getJsonNumber("ticketId").longValue();
    }

    private static String calendar() {
        String calendar = unique("Queue 24/7 ");
        expect(201, Api.call("POST", "api/calendars", ADMIN, JSON, """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2020-01-01","preset":"24/7"}""".formatted(calendar)));
        return calendar;
    }

    private static List<String> numbers(Browser browser) {
        browser.visible(By.id("tickets"));
        return browser.driver().findElements(By.cssSelector("#tickets tbody a.ticket-link")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> listed(Browser browser, String query) {
        browser.open("app/tickets.xhtml?" + query);
        return numbers(browser);
    }

    @Test
    void anAgentFindsATicketAtRiskOnTheHomePageAndWatchesItsCountdownMove() throws Exception {
        Customer customer = customer(calendar());
        String title = unique("Database slow ");
        long id = atRisk(customer, title);
        JsonObject api = Api.object(expect(200, Api.get("api/tickets/" + id, ADMIN)).body());
        String number = api.getString("number");
        JsonObject resolution = api.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("metric").equals("resolution")).findFirst().orElseThrow();
        long due = OffsetDateTime.parse(resolution.getString("due")).toInstant().toEpochMilli();

        try (Browser browser = Browser.start()) {
            browser.signIn(Fixtures.user("agent", null));
            browser.open("app/index.xhtml");
            browser.visible(By.id("username"));
            WebElement link = browser.visible(By.xpath("//*[@id='atRisk']//a[normalize-space()='" + number + "']"));
            String row = link.findElement(By.xpath("./ancestor::tr")).getText();
            assertTrue(row.contains(title) && row.contains(customer.name()), row);
            WebElement clock = link.findElement(By.xpath("./ancestor::tr//span[contains(@class,'sla-clock')]"));
            assertTrue(clock.getAttribute("class").contains("sla-level-risk"), clock.getAttribute("class"));
            assertTrue(Long.parseLong(browser.visible(By.id("count-RUNNING")).getText()) >= 1);
            browser.screenshot("dashboard");
            link.click();

            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticketNumber"), number));
            WebElement row2 = browser.visible(By.xpath("//*[@id='clocks']//tr[td[1][normalize-space()='Resolution']]"));
            WebElement bar = row2.findElement(By.cssSelector("progress.sla-bar"));
            int used = Integer.parseInt(bar.getAttribute("value"));
            assertTrue(used >= 85 && used < 90, "about 85 % of 4 h used: " + used);
            assertTrue(bar.getAttribute("class").contains("sla-bar-risk"), "amber at risk: " + bar.getAttribute("class"));
            By countdown = By.xpath("//*[@id='clocks']//tr[td[1][normalize-space()='Resolution']]"
                    + "//span[contains(@class,'sla-countdown')]");
            WebElement counter = browser.visible(countdown);
            assertEquals("countdown", counter.getAttribute("data-mode"));
            assertEquals(due, Long.parseLong(counter.getAttribute("data-due")), "the server's due instant");
            browser.script("window.queueMarker = 'still the same page';");
            String before = counter.getText();
            assertTrue(before.matches("due in 00:3\\d:\\d\\d"), before);
            browser.waiting().until(d -> !d.findElement(countdown).getText().equals(before));
            String after = browser.driver().findElement(countdown).getText();
            assertTrue(after.compareTo(before) < 0, "counts down: " + before + " then " + after);
            assertEquals("still the same page", browser.script("return window.queueMarker;"), "no reload");
            browser.script("document.getElementById('clocks').scrollIntoView({block: 'center'});");
            browser.screenshot("ticket");
        }
    }

    @Test
    void theListFiltersByCustomerDueTimeAndRiskAndSortsByDue() throws Exception {
        String calendar = calendar();
        Customer first = customer(calendar);
        Customer second = customer(calendar);
        long risky = atRisk(first, unique("Mail queue stuck "));
        String riskyNumber = Api.object(expect(200, Api.get("api/tickets/" + risky, ADMIN)).body()).getString("number");
        String later = ticket(first, unique("New laptop "), 3);
        String other = ticket(second, unique("VPN drops "), 2);

        try (Browser browser = Browser.start()) {
            browser.signIn(Fixtures.user("agent", null));
            browser.open("app/tickets.xhtml");
            browser.choose("filter:customer", first.name() + " (" + first.code() + ")");
            browser.click(By.id("filter:apply"));
            browser.waiting().until(ExpectedConditions.urlContains("customer=" + first.code()));
            assertEquals(List.of(later, riskyNumber), numbers(browser), "newest first");

            assertEquals(List.of(riskyNumber, later), listed(browser, "customer=" + first.code() + "&sort=due"),
                    "nearest due first: 36 min, then 16 h");
            assertEquals(List.of(riskyNumber), listed(browser, "customer=" + first.code() + "&due=1h"));
            assertEquals(List.of(later, riskyNumber), listed(browser, "customer=" + first.code() + "&due=1d"));
            assertEquals(List.of(riskyNumber), listed(browser, "customer=" + first.code() + "&atRisk=true"));
            assertEquals(List.of(), listed(browser, "customer=" + second.code() + "&atRisk=true"));
            assertEquals(List.of(other), listed(browser, "customer=" + second.code() + "&due=1w&open=true"));
            assertTrue(listed(browser, "atRisk=true&sort=due").contains(riskyNumber), "the home page's link");
            assertEquals(List.of(later, riskyNumber), listed(browser, "customer=" + first.code()
                    + "&open=true&resolution=RUNNING"), "the home page's link of running clocks, newest first");
            assertTrue(browser.visible(By.id("queueFilter")).getText().contains("Running"));
            assertEquals(List.of(), listed(browser, "customer=" + first.code() + "&open=true&resolution=BREACHED"));
            listed(browser, "customer=" + first.code() + "&sort=due");
            browser.screenshot("tickets");
        }
    }

    @Test
    void aPriorityChangeWithoutAReasonIsRefusedNextToTheReasonAndACancellationIsConfirmed() throws Exception {
        Customer customer = customer(calendar());
        String number = ticket(customer, unique("Scanner offline "), 3);
        long id = ticketId(number);

        try (Browser browser = Browser.start()) {
            browser.signIn(Fixtures.user("agent", null));
            browser.open("app/ticket.xhtml?id=" + id);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticketNumber"), number));
            browser.choose("changeForm:newPriority", "1 · Critical");
            browser.click(By.id("changeForm:save"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("changeForm:priorityReasonMessage"), "Say why the priority changes."));
            assertEquals(3, Api.object(expect(200, Api.get("api/tickets/" + id, ADMIN)).body()).getInt("priority"),
                    "nothing changed");

            By cancel = By.xpath("//form[@id='transitionForm']//button[normalize-space()='Cancel']");
            assertTrue(browser.visible(cancel).getAttribute("class").contains("ui-button-danger"), "a dangerous action");
            browser.click(cancel);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("transitionForm:confirmCancel"),
                    "Cancel it?"));
            browser.click(By.id("transitionForm:confirmNo"));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("transitionForm:confirmCancel")));
            assertEquals("NEW", Api.object(expect(200, Api.get("api/tickets/" + id, ADMIN)).body()).getString("status"),
                    "kept when the user thinks again");
            browser.click(cancel);
            browser.click(By.id("transitionForm:confirmYes"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Cancelled"));
        }
    }

    private static long ticketId(String number) {
        return Api.object(expect(200, Api.get("api/tickets?text=" + number, ADMIN)).body()).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }
}
