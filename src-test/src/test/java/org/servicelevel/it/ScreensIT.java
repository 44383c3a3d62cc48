package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens in a real headless Chromium: login, the home page and logout, calendars, and
 * agreements from the list to activation.
 */
@ExtendWith(ArquillianExtension.class)
class ScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        assertTrue(new File("/usr/bin/chromedriver").canExecute(),
                "The browser tests need Debian's chromium and chromium-driver packages");
        profile = Files.createTempDirectory("servicelevel-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void protectedPageSendsToLoginAndBackAfterSigningIn() {
        browser.get(Api.BASE + "app/index.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filter:status"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#filter\\:status_items li[data-label='Active']"))).click();
        browser.findElement(By.id("filter:apply")).click();
        wait.until(ExpectedConditions.urlContains("status=ACTIVE"));
        assertTrue(browser.findElements(By.linkText(number)).isEmpty(), "the agreement is under review now");
        browser.get(Api.BASE + "app/agreements.xhtml?type=SLA&status=UNDER_REVIEW");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(number)));
    }

    private void signIn() {
        browser.get(Api.BASE + "login.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys(Api.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }
}
