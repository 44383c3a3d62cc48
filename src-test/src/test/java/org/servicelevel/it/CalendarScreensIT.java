package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.expect;
import static org.servicelevel.it.Fixtures.unique;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The calendar screens as a manager works with them: a calendar built in the weekly grid and the year
 * view, counted by the due-date calculator; a copy and a new version from an effective date; the
 * calculator forgetting its answer on wrong input; and customers' users seeing only the calendars of
 * their own organisation.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private void type(String id, String text) {
        WebElement field = browser.visible(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private static By day(String date) {
        return By.cssSelector("a.day[title^='" + date + "']");
    }

    /** Sets a day of the year view through its dialog: kind 1 holiday, 2 own hours (the dialog offers 09:00-18:00). */
    private void setDay(String date, int kind, String name) {
        browser.click(day(date));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("dayDate"), date));
        browser.click(By.cssSelector("label[for='editor:dayKind:" + kind + "']"));
        type("editor:dayName", name);
        browser.click(By.id("editor:applyDay"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:dayDialog")));
        browser.waiting().until(ExpectedConditions.attributeContains(day(date), "class",
                kind == 1 ? "day-holiday" : "day-hours"));
    }

    /**
     * Picks a year of the year view. A click that lands while the menu's panel is still opening after
     * the form was rendered again is refused as not interactable; the menu is then asked once more.
     */
    private void chooseYear(String year) {
        try {
            browser.choose("editor:yearSelect", year);
        } catch (ElementNotInteractableException opening) {
            browser.choose("editor:yearSelect", year);
        }
    }

    private void compute(String start, String hours) {
        type("calculator:start_input", start);
        browser.driver().findElement(By.id("calculator:start_input")).sendKeys(Keys.TAB);
        type("calculator:hours_input", hours);
        browser.driver().findElement(By.id("calculator:hours_input")).sendKeys(Keys.TAB);
        browser.click(By.id("calculator:compute"));
    }

    @Test
    void aManagerBuildsACalendarInTheGridAndTheYearViewAndTheCalculatorCountsWithIt() throws Exception {
        browser.signIn(Fixtures.user("manager", null));
        browser.open("app/calendars.xhtml");
        browser.click(By.id("newCalendar"));
        String name = unique("Moscow office ");
        type("editor:name", name);
        browser.visible(By.id("editor:zone_input")).sendKeys("Europe/Mosc");
        browser.click(By.cssSelector("li.ui-autocomplete-item[data-item-value='Europe/Moscow']"));

        browser.click(By.id("editor:days:0:add"));
        type("editor:days:0:intervals:0:from", "09:00");
        type("editor:days:0:intervals:0:to", "18:00");
        browser.click(By.id("editor:copyMonday"));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("editor:days:4:intervals:0:to"), "value", "18:00"));
        // A night shift typed as one interval is refused next to it, with the way to enter it.
        type("editor:days:2:intervals:0:from", "18:00");
        type("editor:days:2:intervals:0:to", "09:00");
        browser.click(By.id("editor:save"));
        String error = browser.visible(By.id("editor:days:2:intervals:0:error")).getText();
        assertTrue(error.contains("The end is before the start") && error.contains("two intervals"), error);
        assertTrue(browser.visible(By.id("overnightHint")).getText().contains("22:00–24:00"));
        browser.script("document.getElementById('editorTitle').scrollIntoView()");
        browser.screenshot("calendar-editor");
        type("editor:days:2:intervals:0:from", "09:00");
        type("editor:days:2:intervals:0:to", "18:00");

        chooseYear("2027");
        browser.visible(day("2027-03-08"));
        assertEquals("March", browser.driver().findElements(By.cssSelector(".month h3")).get(2).getText());
        setDay("2027-03-08", 1, "Women's Day");
        setDay("2027-03-09", 1, "Company holiday");
        setDay("2027-03-06", 2, "Transferred working Saturday");
        String entries = browser.visible(By.id("editor:entries")).getText();
        assertTrue(entries.contains("Women's Day") && entries.contains("Company holiday")
                && entries.contains("2027-03-06") && entries.contains("09:00–18:00"), entries);
        browser.script("arguments[0].scrollIntoView()", browser.driver().findElement(By.id("editor:yearSelect")));
        browser.screenshot("calendar-year");

        browser.click(By.id("editor:save"));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("calendarName"), name));
        assertTrue(browser.visible(By.id("messages")).getText().contains("Calendar " + name + " was created."));
        assertTrue(browser.driver().findElement(By.id("holidays")).getText().contains("Women's Day"));

        // Friday 5 March 2027 16:00 in Moscow + 14 working hours: 2 h that Friday, 9 h on the transferred
        // Saturday, Monday 8 and Tuesday 9 are holidays, then 3 h on Wednesday: 10 March 12:00.
        compute("2027-03-05 16:00", "14");
        String expected = ZonedDateTime.of(2027, 3, 10, 12, 0, 0, 0, ZoneId.of("Europe/Moscow"))
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.MEDIUM).withLocale(Locale.ENGLISH));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("due"), expected));
        browser.screenshot("calendar-calculator");
    }

    @Test
    void aCalendarIsCopiedAndGetsANewVersionFromAnEffectiveDate() throws Exception {
        String original = Fixtures.calendar();
        long originalId = Fixtures.calendarId(original);
        browser.signIn(Fixtures.user("manager", null));
        browser.open("app/calendar.xhtml?id=" + originalId);
        browser.click(By.id("copy"));
        assertEquals(original + " (copy)", browser.visible(By.id("editor:name")).getAttribute("value"));
        String copy = unique("Copied hours ");
        type("editor:name", copy);
        browser.screenshot("calendar-copy");
        browser.click(By.id("editor:save"));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("calendarName"), copy));
        assertEquals("Europe/Berlin", Api.member(Api.get("api/calendars/" + Fixtures.calendarId(copy), ADMIN).body(),
                "timeZone"));

        browser.click(By.id("edit"));
        assertEquals("Europe/Berlin", browser.visible(By.id("zoneShown")).getText());
        assertTrue(browser.visible(By.id("effectiveFromHint")).getText().contains("keep the version they were measured with"));
        type("editor:days:0:intervals:0:to", "17:00");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        type("editor:effectiveFrom_input", today.minusDays(2).toString());
        browser.click(By.id("editor:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:effectiveFromMessage"),
                "A change can take effect from today (" + today + " in the time zone of the calendar) or later."));

        // Holidays from an iCalendar file join the rules being edited and are saved with them.
        Path ics = Files.createTempFile("holidays", ".ics");
        Files.writeString(ics, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//it//holidays//EN",
                "BEGIN:VEVENT", "UID:labour-2030@it", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20300501",
                "SUMMARY:Labour Day", "END:VEVENT", "END:VCALENDAR", ""));
        browser.driver().findElement(By.id("editor:ics_input")).sendKeys(ics.toAbsolutePath().toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:icsMessage"),
                "1 of the 1 holidays of the file"));
        Files.delete(ics);
        chooseYear("2030");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:entries"), "Labour Day"));

        LocalDate from = today.plusDays(10);
        type("editor:effectiveFrom_input", from.toString());
        browser.driver().findElement(By.id("editor:effectiveFrom_input")).sendKeys(Keys.ESCAPE);
        browser.screenshot("calendar-edit");
        browser.click(By.id("editor:save"));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("calendarName"), copy));
        String versions = browser.visible(By.id("versions")).getText();
        assertTrue(versions.contains(from.toString()), versions);
        assertEquals(2, browser.driver().findElements(By.cssSelector("[id='versions_data'] tr")).size(), versions);
        String version = Api.get("api/calendars/" + Fixtures.calendarId(copy) + "/versions/2", ADMIN).body();
        assertTrue(version.contains("\"to\":\"17:00\"") && version.contains("Labour Day"), version);
    }

    @Test
    void theEditorSpeaksThePageLanguage() throws Exception {
        try (Browser russian = Browser.start("ru")) {
            russian.signIn(Fixtures.user("manager", null));
            russian.open("app/calendar-edit.xhtml");
            assertEquals("Понедельник", russian.visible(By.cssSelector(".week-grid th")).getText());
            assertEquals("Январь", russian.driver().findElement(By.cssSelector(".month h3")).getText());
            assertEquals("пн", russian.driver().findElement(By.cssSelector(".month .weekday")).getText());
            russian.click(By.id("editor:save"));
            russian.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:nameMessage"),
                    "Укажите название календаря."));
            russian.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:zoneMessage"),
                    "Выберите часовой пояс из списка"));
            russian.script("document.getElementById('editorTitle').scrollIntoView()");
            russian.screenshot("calendar-editor-ru");
        }
    }

    @Test
    void theCalculatorForgetsItsAnswerWhenTheInputIsWrong() throws Exception {
        long id = Fixtures.calendarId(Fixtures.calendar());
        browser.signInAsAdmin();
        browser.open("app/calendar.xhtml?id=" + id);
        compute("2027-03-01 09:00", "2");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("due"), "11:00"));

        compute("2027-03-01 09:00", "");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("calculator:hoursMessage"),
                "Give a number of working hours"));
        assertTrue(browser.driver().findElements(By.id("due")).isEmpty(), "the old answer is gone");

        compute("2027-03-01 10:00", "2");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("due"), "12:00"));
        type("calculator:start_input", "");
        browser.click(By.id("calculator:compute"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("calculator:startMessage"),
                "Give the start as a date and time"));
        assertTrue(browser.driver().findElements(By.id("due")).isEmpty(), "the old answer is gone");
        browser.screenshot("calendar-calculator-invalid");
    }

    @Test
    void aCustomersUserSeesOnlyTheCalendarsOfTheirOrganisation() throws Exception {
        String customerA = Fixtures.customer();
        String calendarA = Fixtures.calendar();
        Fixtures.activeSla(customerA, calendarA);
        String customerB = Fixtures.customer();
        String calendarB = Fixtures.calendar();
        Fixtures.activeSla(customerB, calendarB);
        long idB = Fixtures.calendarId(calendarB);
        String userA = Fixtures.user("customer", customerA);

        browser.signIn(userA);
        browser.open("app/calendars.xhtml");
        String list = browser.visible(By.id("calendars")).getText();
        assertTrue(list.contains(calendarA), list);
        assertFalse(list.contains(calendarB), list);
        assertTrue(browser.driver().findElements(By.id("newCalendar")).isEmpty(), "customers create no calendars");
        browser.screenshot("calendars-customer");

        browser.open("app/calendar.xhtml?id=" + idB);
        assertFalse(browser.driver().getPageSource().contains(calendarB));
        assertEquals(404, Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "app/calendar.xhtml?id=" + idB))
                .header("Authorization", userA).header("Accept", "text/html").GET().build()).statusCode());
        assertEquals(404, Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "app/calendar.xhtml?id=987654321"))
                .header("Authorization", userA).header("Accept", "text/html").GET().build()).statusCode(),
                "the same answer as for a calendar that does not exist");
        assertEquals(403, Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "app/calendar-edit.xhtml"))
                .header("Authorization", userA).header("Accept", "text/html").GET().build()).statusCode());
        expect(404, Api.get("api/calendars/" + idB, userA));
        assertFalse(Api.get("api/calendars", userA).body().contains(calendarB));
        assertTrue(Api.get("api/calendars", ADMIN).body().contains(calendarB), "staff see every calendar");
    }
}
