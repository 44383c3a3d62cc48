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

/** The screens in a real headless Chromium: login, the home page, and logout. */
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

    private void signIn() {
        browser.get(Api.BASE + "login.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys(Api.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }
}
