package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for the browser tests, in one language, with the steps every screen
 * test repeats: signing in, picking an item of a PrimeFaces menu, waiting, and saving a screenshot
 * under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    /** Where screenshots go: {@code src-test/target/screenshots}. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium asking for pages in English. */
    static Browser start() throws Exception {
        return start("en");
    }

    /** Starts Chromium asking for pages in {@code language} (its Accept-Language). */
    static Browser start(String language) throws Exception {
        return start(language, 1280, 1000);
    }

    /** Starts Chromium in {@code language} with a window of the given size. */
    static Browser start(String language, int width, int height) throws Exception {
        assertTrue(new File("/usr/bin/chromedriver").canExecute(),
                "The browser tests need Debian's chromium and chromium-driver packages");
        Path profile = Files.createTempDirectory("servicelevel-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=" + language, "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens {@code path} of the application (relative to its context root, e.g. {@code app/tickets.xhtml}). */
    void open(String path) {
        driver.get(Api.BASE + path);
    }

    WebDriverWait waiting() {
        return waiting(driver, Duration.ofSeconds(20));
    }

    /**
     * A wait that keeps trying while the page changes under it: besides a missing element, Chromium
     * answers a read of an element an Ajax update has just replaced with a plain driver error ("Node with
     * given id does not belong to the document") rather than a stale element.
     */
    static WebDriverWait waiting(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Waits until the element is visible and answers it. */
    WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element can be clicked and clicks it. */
    void click(By by) {
        waiting().until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void signInAsAdmin() {
        signIn("admin", Api.ADMIN_PASSWORD);
    }

    /** Signs in with the user of Basic {@code credentials} (as {@link Fixtures#user} gives them). */
    void signIn(String credentials) {
        String[] user = new String(Base64.getDecoder().decode(credentials.substring("Basic ".length())),
                StandardCharsets.UTF_8).split(":", 2);
        signIn(user[0], user[1]);
    }

    /** Signs in afresh: a session of an earlier sign-in is dropped first. */
    void signIn(String username, String password) {
        open("login.xhtml");
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        visible(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header.topbar")));
    }

    /**
     * Picks an item of a PrimeFaces menu and waits until the menu shows it. The item is scrolled into
     * the panel's view first (other tests' customers make the list long); a click that lands while
     * the menu's panel is still sliding open is lost or intercepted, so it is tried again.
     */
    void choose(String menu, String label) {
        By item = By.cssSelector("#" + menu.replace(":", "\\:") + "_items li[data-label='" + label + "']");
        for (int attempt = 1; attempt <= 3; attempt++) {
            List<WebElement> panel = driver.findElements(By.id(menu + "_panel"));
            if (panel.isEmpty() || !panel.get(0).isDisplayed()) {
                driver.findElement(By.id(menu)).click();
            }
            List<WebElement> filter = driver.findElements(By.id(menu + "_filter"));
            if (!filter.isEmpty() && filter.get(0).isDisplayed()) {
                // a long list (all the staff) is narrowed to the wanted entry first, as a user would type it
                filter.get(0).clear();
                filter.get(0).sendKeys(label);
            }
            WebElement option = waiting().until(ExpectedConditions.visibilityOfElementLocated(item));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(option)).click();
            } catch (ElementNotInteractableException | TimeoutException e) {
                // the panel was still opening or scrolling, or closed again before the entry could be
                // clicked (seen on a loaded machine); open it and try again
                continue;
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(By.id(menu + "_label"), label));
                return;
            } catch (TimeoutException e) {
                // the click was lost; open the menu and try again
            }
        }
        throw new AssertionError("The menu " + menu + " does not take '" + label + "'");
    }

    /** Runs a script in the page and answers its result. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves the page as {@code target/screenshots/<name>.png} and answers the file. */
    Path screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
