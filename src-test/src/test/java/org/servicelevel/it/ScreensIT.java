package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens in a real headless Chromium: login, the home page and logout, calendars,
 * agreements from the list to activation, tickets from the list to a status move and a comment, and
 * the month's close from running the report to approving its result.
 */
@ExtendWith(ArquillianExtension.class)
class ScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private Browser session;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        session = Browser.start();
        browser = session.driver();
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void protectedPageSendsToLoginAndBackAfterSigningIn() {
        browser.get(Api.BASE + "app/index.xhtml");
        WebDriverWait wait = Browser.waiting(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertTrue(browser.getTitle().startsWith("Sign in"), browser.getTitle());

        browser.findElement(By.id("login:username")).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys("wrong password");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Wrong username"));

        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys(Api.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertEquals("admin", browser.findElement(By.id("username")).getText());
        assertTrue(browser.findElement(By.id("roles")).getText().contains("admin"));

        browser.findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        browser.get(Api.BASE + "app/index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    @Test
    void calendarsAreListedShownAndComputeADueDate() {
        String name = "Screen calendar " + java.util.UUID.randomUUID().toString().substring(0, 8);
        var created = Api.call("POST", "api/calendars", Api.basic("admin", Api.ADMIN_PASSWORD), "application/json", """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2026-01-01",
                 "weeklyHours":[{"day":"MONDAY","from":"09:00","to":"17:00"},{"day":"TUESDAY","from":"09:00","to":"17:00"}],
                 "holidays":[{"date":"2026-12-29","name":"Company holiday"}]}""".formatted(name));
        assertEquals(201, created.statusCode(), created.body());

        signIn();
        browser.get(Api.BASE + "app/calendars.xhtml");
        WebDriverWait wait = Browser.waiting(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(name))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendarName"), name));
        assertTrue(browser.findElement(By.id("holidays")).getText().contains("Company holiday"));

        // Monday 28 December 16:00 + 3 working hours: 1 h that day, the 29th is a holiday, then Monday 4 January.
        WebElement start = browser.findElement(By.id("calculator:start_input"));
        start.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-12-28 16:00", Keys.TAB);
        WebElement hours = browser.findElement(By.id("calculator:hours_input"));
        hours.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.TAB);
        browser.findElement(By.id("calculator:compute")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("due")));
        String due = browser.findElement(By.id("due")).getText();
        assertTrue(due.contains("2027") && due.contains("11:00"), due);
    }

    @Test
    void anAgreementIsListedShownAndActivatedWithItsLoadedVersion() {
        String admin = Api.basic("admin", Api.ADMIN_PASSWORD);
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String calendar = "Screen agreement hours " + suffix;
        var createdCalendar = Api.call("POST", "api/calendars", admin, "application/json", """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2026-01-01",
                 "weeklyHours":[{"day":"MONDAY","from":"09:00","to":"18:00"},{"day":"TUESDAY","from":"09:00","to":"18:00"},
                                {"day":"WEDNESDAY","from":"09:00","to":"18:00"},{"day":"THURSDAY","from":"09:00","to":"18:00"},
                                {"day":"FRIDAY","from":"09:00","to":"18:00"}]}""".formatted(calendar));
        assertEquals(201, createdCalendar.statusCode(), createdCalendar.body());
        String customer = "SCR" + suffix;
        var createdCustomer = Api.call("POST", "api/customers", admin, "application/json",
                "{\"code\":\"" + customer + "\",\"name\":\"Screen Test Ltd\"}");
        assertEquals(201, createdCustomer.statusCode(), createdCustomer.body());
        String number = "SLA-SCREEN-" + suffix;
        var createdSla = Api.call("POST", "api/agreements", admin, "application/json", """
                {"number":"%s","type":"SLA","title":"Screen workplace support","customer":"%s","validFrom":"2026-01-01",
                 "reviewDate":"2099-06-30",
                 "terms":{"currency":"EUR","monthlyFee":1000,
                  "services":[{"code":"WS","name":"Workplace","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Critical","response":"PT30M","resolution":"PT4H","maxOverdueShare":20,
                                 "requestKinds":["outage"]},
                                {"number":2,"name":"Normal","resolution":"PT16H","maxOverdueShare":20}],
                  "metrics":[{"kind":"RESOLUTION_TIME","priority":1,"weight":0.6},{"kind":"OVERDUE_SHARE","priority":2,"weight":0.4}],
                  "penaltyBands":[{"from":0.8,"to":1,"penaltyPercent":0},{"from":0,"to":0.8,"penaltyPercent":10}],
                  "graceMonths":2}}""".formatted(number, customer, calendar));
        assertEquals(201, createdSla.statusCode(), createdSla.body());
        String path = "api/agreements/" + Api.object(createdSla.body()).getJsonNumber("id").longValue();

        signIn();
        WebDriverWait wait = Browser.waiting(browser, Duration.ofSeconds(20));
        browser.findElement(By.id("navAgreements")).click();
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(number)));
        String row = link.findElement(By.xpath("./ancestor::tr")).getText();
        assertTrue(row.contains("Draft") && row.contains("Screen Test Ltd (" + customer + ")")
                && row.contains("2099-06-30"), row);
        link.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreementNumber"), number));
        assertEquals("Draft", browser.findElement(By.id("status")).getText());
        assertEquals("no", browser.findElement(By.id("monitoredToday")).getText());
        String priorities = browser.findElement(By.id("priorities")).getText();
        assertTrue(priorities.contains("Critical") && priorities.contains("30 min") && priorities.contains("4 h")
                && priorities.contains("16 h") && priorities.contains("20 %"), priorities);
        assertTrue(browser.findElement(By.id("services")).getText().contains(calendar));
        String consistency = browser.findElement(By.id("consistency")).getText();
        assertTrue(consistency.contains("Last checked") && consistency.contains("No findings"), consistency);

        browser.findElement(By.id("activateForm:activate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Active"));
        assertEquals("yes", browser.findElement(By.id("monitoredToday")).getText());
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Agreement " + number + " is active."));
        assertTrue(browser.findElements(By.id("activateForm:activate")).isEmpty(), "a draft is activated only once");
        var overApi = Api.get(path, admin);
        assertEquals("ACTIVE", Api.member(overApi.body(), "status"), overApi.body());

        // Someone else starts the review meanwhile: the page acted on an older version and must say so.
        String etag = overApi.headers().firstValue("ETag").orElseThrow();
        var reviewed = Api.call("POST", path + "/start-review", admin, null, null, "If-Match", etag);
        assertEquals(200, reviewed.statusCode(), reviewed.body());
        browser.findElement(By.id("startReviewForm:startReview")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Someone else changed"));
        assertEquals("UNDER_REVIEW", Api.member(Api.get(path, admin).body(), "status"));

        // The list filtered by status, chosen in the filter form.
        browser.findElement(By.id("navAgreements")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filter:status")));
        choose("filter:status", "Active");
        browser.findElement(By.id("filter:apply")).click();
        wait.until(ExpectedConditions.urlContains("status=ACTIVE"));
        assertTrue(browser.findElements(By.linkText(number)).isEmpty(), "the agreement is under review now");
        browser.get(Api.BASE + "app/agreements.xhtml?type=SLA&status=UNDER_REVIEW");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(number)));
    }

    @Test
    void aTicketIsListedShownMovedAndCommentedOn() {
        String admin = Api.basic("admin", Api.ADMIN_PASSWORD);
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String customer = "TS" + suffix;
        String sla = "SLA-TSCR-" + suffix;
        roundTheClockSla(admin, customer, "Ticket Screens Ltd", sla, "Screen tickets 24/7 " + suffix);
        String title = "Printer jams on floor 3 " + suffix;
        var createdTicket = Api.call("POST", "api/tickets", admin, "application/json", """
                {"customer":"%s","agreement":"%s","service":"OPS","title":"%s","description":"Every second page jams.",
                 "priority":2}""".formatted(customer, sla, title));
        assertEquals(201, createdTicket.statusCode(), createdTicket.body());
        var ticket = Api.object(createdTicket.body());
        String number = ticket.getString("number");
        String path = "api/tickets/" + ticket.getJsonNumber("id").longValue();
        var resolution = ticket.getJsonArray("clocks").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> c.getString("metric").equals("resolution")).findFirst().orElseThrow();
        String due = java.time.OffsetDateTime.parse(resolution.getString("due"))
                .atZoneSameInstant(java.time.ZoneId.of("Europe/Berlin"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

        signIn();
        WebDriverWait wait = Browser.waiting(browser, Duration.ofSeconds(20));
        browser.findElement(By.id("navTickets")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filter:text"))).sendKeys(suffix);
        browser.findElement(By.id("filter:apply")).click();
        wait.until(ExpectedConditions.urlContains("text=" + suffix));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(number)));
        String row = link.findElement(By.xpath("./ancestor::tr")).getText();
        assertTrue(row.contains(title) && row.contains("Ticket Screens Ltd (" + customer + ")") && row.contains("OPS")
                && row.contains("2 · High") && row.contains("New"), row);
        assertTrue(row.matches("(?s).*Running.*due in 0(3:5\\d|4:00):\\d\\d.*"), "four hours on a 24/7 calendar: " + row);
        assertEquals(1, browser.findElements(By.cssSelector("#tickets tbody tr")).size(), "only the ticket with the text");
        link.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticketNumber"), number));
        assertEquals(title, browser.findElement(By.id("ticketTitle")).getText());
        assertEquals("New", browser.findElement(By.id("status")).getText());
        assertEquals("Ticket Screens Ltd (" + customer + ")", browser.findElement(By.id("customer")).getText());
        assertEquals(sla + ", version 1", browser.findElement(By.id("agreement")).getText());
        assertTrue(browser.findElement(By.id("agreement")).getAttribute("href").contains("version=1"));
        WebElement resolutionRow = browser.findElement(By.xpath("//*[@id='clocks']//tr[td[1][normalize-space()='Resolution']]"));
        String clock = resolutionRow.getText();
        assertTrue(clock.contains("Running") && clock.contains("4 h") && clock.contains(due), due + " in " + clock);

        browser.findElement(By.id("transitionForm:note")).sendKeys("Looking at the printer");
        browser.findElement(By.xpath("//form[@id='transitionForm']//button[normalize-space()='Start work']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "In progress"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Ticket " + number + " is now"));
        String moved = browser.findElement(By.xpath("//*[@id='history']//tr[td[normalize-space()='Looking at the printer']]"))
                .getText();
        assertTrue(moved.contains("admin") && moved.contains("Status") && moved.contains("New → In progress"), moved);
        assertEquals("IN_PROGRESS", Api.member(Api.get(path, admin).body(), "status"));

        browser.findElement(By.id("commentForm:commentText")).sendKeys("Toner replaced, please print a test page.");
        browser.findElement(By.cssSelector("#commentForm\\:visibleToCustomer .ui-chkbox-box")).click();
        browser.findElement(By.id("commentForm:addComment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"),
                "Toner replaced, please print a test page."));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Your comment is added to ticket " + number));
        var comments = Api.array(Api.get(path + "/comments", admin).body()).getValuesAs(jakarta.json.JsonObject.class);
        assertEquals(1, comments.size(), comments.toString());
        assertTrue(comments.get(0).getBoolean("visibleToCustomer"), "the box was ticked");

        // Someone else raises the priority meanwhile: the page's move is based on an older version and is refused.
        var current = Api.get(path, admin);
        var raised = Api.call("PUT", path, admin, "application/json", "{\"priority\":1,\"priorityReason\":\"urgent\"}",
                "If-Match", current.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, raised.statusCode(), raised.body());
        browser.findElement(By.xpath("//form[@id='transitionForm']//button[normalize-space()='Resolve']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Someone else changed"));
        assertEquals("IN_PROGRESS", Api.member(Api.get(path, admin).body(), "status"));

        // Reloaded, the page shows the new priority; support staff assign the ticket to one of them.
        String dana = new String(java.util.Base64.getDecoder().decode(Fixtures.user("agent", null)
                .substring("Basic ".length())), java.nio.charset.StandardCharsets.UTF_8).split(":", 2)[0];
        browser.get(Api.BASE + "app/ticket.xhtml?id=" + ticket.getJsonNumber("id").longValue());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("priority"), "1 · Critical"));
        choose("changeForm:newAssignee", dana);
        browser.findElement(By.id("changeForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignee"), dana));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Ticket " + number + " is updated."));
        assertTrue(browser.findElement(By.id("history")).getText().contains("nobody in no group → " + dana + " in no group"),
                browser.findElement(By.id("history")).getText());
        assertEquals(dana, Api.member(Api.get(path, admin).body(), "assignee"));

        // The list by status: the ticket is in progress now, not new.
        browser.get(Api.BASE + "app/tickets.xhtml?status=IN_PROGRESS&text=" + suffix);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(number)));
        browser.get(Api.BASE + "app/tickets.xhtml?status=NEW&text=" + suffix);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tickets"), "No tickets match."));

        // Support staff register a ticket for the customer under its SLA; the service refuses a priority it lacks.
        browser.findElement(By.id("newTicket")).click();
        choose("newTicket:customer", "Ticket Screens Ltd (" + customer + ")");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#newTicket\\:service_input option[value='OPS']")));
        choose("newTicket:service", "OPS · Operations");
        browser.findElement(By.id("newTicket:title")).sendKeys("Scanner offline " + suffix);
        browser.findElement(By.id("newTicket:description")).sendKeys("Since the morning.");
        choose("newTicket:agreement", sla + " · Round the clock");
        browser.findElement(By.id("newTicket:priority")).sendKeys("9");
        browser.findElement(By.id("newTicket:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "has no priority 9"));
        browser.findElement(By.id("newTicket:priority")).clear();
        browser.findElement(By.id("newTicket:create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticketNumber")));
        assertTrue(browser.findElement(By.id("messages")).getText().matches("Ticket T-\\d+ is registered\\."),
                browser.findElement(By.id("messages")).getText());
        assertEquals("Scanner offline " + suffix, browser.findElement(By.id("ticketTitle")).getText());
        assertEquals("3 · Normal", browser.findElement(By.id("priority")).getText(), "the agreement's default");
        assertEquals("portal", browser.findElement(By.id("channel")).getText());
    }

    @Test
    void aTicketsHistoryShowsWhatTheSystemWroteInRussian() throws Exception {
        String admin = Api.basic("admin", Api.ADMIN_PASSWORD);
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String customer = "TH" + suffix;
        String sla = "SLA-THIS-" + suffix;
        roundTheClockSla(admin, customer, "History Screens Ltd", sla, "Screen history 24/7 " + suffix);
        var createdTicket = Api.call("POST", "api/tickets", admin, "application/json", """
                {"customer":"%s","agreement":"%s","service":"OPS","title":"Scanner offline %s",
                 "description":"The scanner on floor 2 is offline.","impact":"HIGH","urgency":"LOW"}"""
                .formatted(customer, sla, suffix));
        assertEquals(201, createdTicket.statusCode(), createdTicket.body());
        long id = Api.object(createdTicket.body()).getJsonNumber("id").longValue();

        session.close();
        session = Browser.start("ru");
        browser = session.driver();
        signIn();
        session.open("app/ticket.xhtml?id=" + id);
        WebDriverWait wait = Browser.waiting(browser, Duration.ofSeconds(20));
        String history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history"))).getText();
        assertTrue(history.contains("У " + sla + " v1 нет матрицы влияния и срочности; записано: влияние HIGH, срочность"
                + " LOW, приоритет 3 (по типу обращения или приоритет соглашения по умолчанию)"), history);
        assertFalse(history.contains("impact × urgency"), history);
    }

    @Test
    void aManagerRunsTheMonthlyReportFollowsTheJobAndApprovesTheDraft() {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        String manager = Fixtures.user("manager", null);
        signIn(manager);
        WebDriverWait wait = Browser.waiting(browser, Duration.ofSeconds(20));

        // A month before the agreement's service is refused at once, with the reason beside the form.
        browser.get(Api.BASE + "app/month-close.xhtml?agreement=" + sla.id() + "&month=2025-12");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("closeForm:runReport"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "2025-12 is outside it"));
        assertTrue(browser.findElements(By.id("jobState")).isEmpty(), "no job was started");

        browser.get(Api.BASE + "app/month-close.xhtml?agreement=" + sla.id() + "&month=2026-11");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("closeForm:runReport")));
        assertEquals("November 2026", browser.findElement(By.id("closeForm:month_label")).getText());
        assertTrue(browser.findElement(By.id("closeForm:agreement_label")).getText().startsWith(sla.number()));
        assertTrue(browser.findElement(By.id("results")).getText().contains("No results of this month yet."));

        browser.findElement(By.id("closeForm:runReport")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "The monthly report of November 2026 started as execution"));
        Browser.waiting(browser, Duration.ofSeconds(180))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobState"), "Completed"));
        String steps = browser.findElement(By.id("executionForm:steps")).getText();
        assertTrue(steps.contains("Collect the tickets") && steps.contains("Close the month"), steps);
        assertTrue(browser.findElements(By.id("executionForm:stop")).isEmpty(), "an ended job is not stopped");
        assertTrue(browser.findElements(By.id("executionForm:restart")).isEmpty(), "a completed job is not restarted");

        // the poll brought the draft in with the job's end
        String number = "R-2026-11-" + sla.number() + "-1";
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='resultsForm:resultTable_data']/tr[contains(., '" + number + "')]")));
        assertTrue(row.getText().contains("Draft") && row.getText().contains("1000.00 EUR"), row.getText());
        String pdf = row.findElement(By.cssSelector("a.download-pdf")).getAttribute("href");
        HttpResponse<String> file = Api.send(HttpRequest.newBuilder(URI.create(pdf))
                .header("Authorization", manager).GET().build());
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.body().startsWith("%PDF"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(number + ".pdf"));
        for (String format : List.of("xlsx", "csv", "json")) {
            String href = row.findElement(By.cssSelector("a.download-" + format)).getAttribute("href");
            assertEquals(200, Api.send(HttpRequest.newBuilder(URI.create(href)).header("Authorization", manager)
                    .GET().build()).statusCode(), href);
        }

        // Someone runs the month again meanwhile: the draft the page shows is replaced, so approving it is refused.
        long again = Api.object(Fixtures.expect(202, Api.call("POST", "api/reports/monthly", manager, Fixtures.JSON,
                "{\"agreement\":" + sla.id() + ",\"month\":\"2026-11\"}")).body()).getJsonNumber("id").longValue();
        Browser.waiting(browser, Duration.ofSeconds(180)).until(d -> !List.of("STARTING", "STARTED")
                .contains(Api.member(Api.get("api/jobs/" + again, manager).body(), "state")));
        approve(number);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Someone else changed the result"));

        browser.get(Api.BASE + "app/month-close.xhtml?agreement=" + sla.id() + "&month=2026-11");
        approve(number);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Result " + number + " is approved."));
        row = browser.findElement(By.xpath("//tbody[@id='resultsForm:resultTable_data']/tr[contains(., '" + number + "')]"));
        assertTrue(row.getText().contains("Approved"), row.getText());
        assertTrue(row.findElements(By.cssSelector("button")).isEmpty(), "an approved result is approved once");

        // The customer's user reads the approved result, and runs nothing.
        browser.findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        signIn(Fixtures.user("customer", customer));
        assertTrue(browser.findElement(By.id("navMonthClose")).isDisplayed());
        browser.get(Api.BASE + "app/month-close.xhtml?month=2026-11");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("closeForm:show")));
        assertEquals("All agreements", browser.findElement(By.id("closeForm:agreement_label")).getText());
        assertTrue(browser.findElements(By.id("closeForm:runReport")).isEmpty(), "customers run no jobs");
        row = browser.findElement(By.xpath("//tbody[@id='resultsForm:resultTable_data']/tr[contains(., '" + number + "')]"));
        assertTrue(row.getText().contains("Approved"), row.getText());
    }

    /** Clicks Approve on the result's row and confirms it in the dialog. */
    private void approve(String number) {
        WebDriverWait wait = Browser.waiting(browser, Duration.ofSeconds(20));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='resultsForm:resultTable_data']/tr[contains(., '" + number + "')]")));
        row.findElement(By.cssSelector("button[id$=':approve']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("resultsForm:confirmYes"))).click();
    }

    /**
     * A new customer with an active SLA on service OPS over a new 24/7 calendar in Berlin: priorities 1 to 3
     * (Critical, High, Normal), 3 by default, no impact × urgency matrix.
     */
    private static void roundTheClockSla(String admin, String customer, String customerName, String sla,
                                         String calendar) {
        var createdCalendar = Api.call("POST", "api/calendars", admin, "application/json", """
                {"name":"%s","timeZone":"Europe/Berlin","effectiveFrom":"2020-01-01","preset":"24/7"}""".formatted(calendar));
        assertEquals(201, createdCalendar.statusCode(), createdCalendar.body());
        var createdCustomer = Api.call("POST", "api/customers", admin, "application/json",
                "{\"code\":\"" + customer + "\",\"name\":\"" + customerName + "\"}");
        assertEquals(201, createdCustomer.statusCode(), createdCustomer.body());
        var createdSla = Api.call("POST", "api/agreements", admin, "application/json", """
                {"number":"%s","type":"SLA","title":"Round the clock","customer":"%s","validFrom":"2026-01-01",
                 "terms":{"services":[{"code":"OPS","name":"Operations","calendar":"%s"}],
                  "priorities":[{"number":1,"name":"Critical","response":"PT15M","resolution":"PT2H"},
                                {"number":2,"name":"High","response":"PT30M","resolution":"PT4H"},
                                {"number":3,"name":"Normal","response":"PT2H","resolution":"PT16H"}],
                  "defaultPriority":3}}""".formatted(sla, customer, calendar));
        assertEquals(201, createdSla.statusCode(), createdSla.body());
        var activated = Api.call("POST", "api/agreements/" + Api.object(createdSla.body()).getJsonNumber("id").longValue()
                + "/activate", admin, null, null, "If-Match", createdSla.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, activated.statusCode(), activated.body());
    }

    private void choose(String menu, String label) {
        session.choose(menu, label);
    }

    private void signIn() {
        session.signInAsAdmin();
    }

    private void signIn(String credentials) {
        session.signIn(credentials);
    }
}
