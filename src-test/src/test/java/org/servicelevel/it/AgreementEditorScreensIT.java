package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The agreement editor in a real Chromium: a manager creates an agreement on the new-agreement page,
 * enters its terms in the editor (targets in hours and minutes) and activates it, and a ticket under
 * it shows its clocks; a changed target from a later day becomes a new version whose difference the
 * versions view marks; invalid terms are refused next to their inputs; terminating asks first; a
 * Russian page words the consistency findings and the notes of versions in Russian.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementEditorScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerCreatesAnAgreementEntersItsTermsActivatesItAndATicketUnderItRunsItsClocks() throws Exception {
        String customer = Fixtures.customer();
        String calendar = Fixtures.calendar();
        String number = Fixtures.unique("SLA-ED-");
        browser.signIn(Fixtures.user("manager", null));

        browser.open("app/agreements.xhtml");
        browser.click(By.id("newAgreement"));
        browser.visible(By.id("newAgreement:number")).sendKeys(number);
        browser.driver().findElement(By.id("newAgreement:agreementTitle")).sendKeys("Edited workplace support");
        browser.choose("newAgreement:customer", customer + " · " + customer + " Ltd");
        type("newAgreement:validFrom_input", "2026-01-01");
        type("newAgreement:reviewDate_input", "2099-06-30");
        browser.choose("newAgreement:timeZone", "Europe/Berlin");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("newAgreement:timeZone_panel")));
        browser.screenshot("agreement-new");
        browser.click(By.id("newAgreement:create"));

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editorTitle"), number));
        assertTrue(text("messages").contains("The draft " + number + " is created"), text("messages"));
        browser.click(By.id("editor:tabs:addService"));
        type("editor:tabs:services:0:code", "WS");
        type("editor:tabs:services:0:name", "Workplace");
        browser.choose("editor:tabs:services:0:calendar", calendar);

        tab("Priorities and targets");
        browser.click(By.id("editor:tabs:addPriority"));
        type("editor:tabs:priorities:0:name", "Critical");
        type("editor:tabs:priorities:0:responseHours", "0");
        type("editor:tabs:priorities:0:responseMinutes", "30");
        type("editor:tabs:priorities:0:resolutionHours", "4");
        type("editor:tabs:priorities:0:resolutionMinutes", "15");
        type("editor:tabs:priorities:0:maxOverdue", "20");
        browser.screenshot("agreement-editor-priorities");

        tab("Fee and prices");
        type("editor:tabs:monthlyFee", "1500");
        type("editor:tabs:currency", "EUR");
        type("editor:tabs:agreementVolume", "200");
        browser.screenshot("agreement-editor");
        browser.click(By.id("editor:save"));

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreementNumber"), number));
        assertTrue(text("messages").contains("The terms of " + number + " are saved."), text("messages"));
        assertEquals("1500.00 EUR", text("monthlyFee"));
        assertEquals("200", text("agreementVolume"));
        String priorities = text("priorities");
        assertTrue(priorities.contains("Critical") && priorities.contains("30 min") && priorities.contains("4 h 15 min")
                && priorities.contains("20 %"), priorities);
        assertTrue(text("services").contains(calendar), text("services"));

        browser.click(By.id("activateForm:activate"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Active"));
        long id = idInAddress();

        long ticket = Fixtures.ticket(customer, new Fixtures.Agreement(id, number));
        browser.open("app/ticket.xhtml?id=" + ticket);
        String clocks = browser.visible(By.cssSelector("[id$='clocks']")).getText();
        assertTrue(clocks.contains("30 min") && clocks.contains("4 h 15 min"), clocks);
        browser.screenshot("agreement-editor-ticket-clocks");
    }

    @Test
    void aTargetChangedFromALaterDayIsANewVersionAndTheVersionsViewMarksTheDifference() throws Exception {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        LocalDate from = LocalDate.now(ZoneId.of("Europe/Berlin")).plusMonths(2).withDayOfMonth(1);
        browser.signIn(Fixtures.user("manager", null));

        browser.open("app/agreement.xhtml?id=" + sla.id());
        type("newVersionForm:newVersionFrom_input", from.toString());
        browser.click(By.id("newVersionForm:changeTerms"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editorTitle"),
                "New version of " + sla.number()));
        assertEquals(from.toString(), browser.driver().findElement(By.id("editor:effectiveFrom_input"))
                .getAttribute("value"));
        type("editor:changeNote", "Faster resolution of critical tickets");
        tab("Priorities and targets");
        assertEquals("2", browser.driver().findElement(By.id("editor:tabs:priorities:0:resolutionHours"))
                .getAttribute("value"));
        type("editor:tabs:priorities:0:resolutionHours", "1");
        type("editor:tabs:priorities:0:resolutionMinutes", "30");
        browser.click(By.id("editor:save"));

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "The new version of " + sla.number() + " is proposed"));
        browser.click(By.id("compareVersions"));
        WebElement changed = browser.visible(By.xpath(
                "//tr[contains(@class,'diff-changed')][td[normalize-space()='priority 1 · Resolution']]"));
        assertEquals("2 h", changed.findElement(By.cssSelector(".value-left")).getText());
        assertEquals("1 h 30 min", changed.findElement(By.cssSelector(".value-right")).getText());
        String sameResponse = browser.driver().findElement(By.xpath(
                "//tr[td[normalize-space()='priority 1 · Response']]")).getAttribute("class");
        assertTrue(sameResponse.contains("diff-same"), sameResponse);
        assertEquals("Lines that differ: 1.", text("compare:changeCount"));
        browser.screenshot("agreement-versions");
    }

    @Test
    void invalidTermsAreRefusedNextToTheirInputsAndTerminatingAsksFirst() throws Exception {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        browser.signIn(Fixtures.user("manager", null));

        browser.open("app/agreement-edit.xhtml?id=" + sla.id());
        tab("Quality and penalties");
        hasClass("editor:tabs:weightSum", "weights-complete");
        type("editor:tabs:metrics:1:weight", "30");
        hasClass("editor:tabs:weightSum", "weights-incomplete");
        assertTrue(text("editor:tabs:weightSum").contains("The weights total 90 %."), text("editor:tabs:weightSum"));

        // The bands run 80-100 % and 0-80 %; the lower one now ends at 70 %, leaving a gap.
        type("editor:tabs:penaltyBands:1:to", "70");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("editor:tabs:penaltyBands:0:bandCheck"), "leaves a gap"));

        tab("Priorities and targets");
        type("editor:tabs:priorities:1:resolutionHours", "0");
        browser.click(By.id("editor:save"));

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "The terms were not saved"));
        WebElement resolution = browser.visible(By.xpath("(//tr[.//input[@id='editor:tabs:priorities:1:resolutionHours']])[last()]"
                + "//*[contains(@class,'field-error')]"));
        assertTrue(resolution.getText().contains("Give a resolution target above zero"), resolution.getText());
        tab("Quality and penalties");
        assertTrue(text("editor:tabs:metricsError").contains("The weights of the metrics must total 100 %."),
                text("editor:tabs:metricsError"));
        assertTrue(text("editor:tabs:penaltyBands:0:bandCheck").contains("leaves a gap"),
                text("editor:tabs:penaltyBands:0:bandCheck"));
        assertTrue(!text("messages").contains("j_idt") && !resolution.getText().contains("j_idt"), text("messages"));
        browser.screenshot("agreement-editor-errors");

        tab("Priorities and targets");
        type("editor:tabs:priorities:1:resolutionHours", "-3");
        browser.click(By.id("editor:save"));
        WebElement negative = browser.visible(By.xpath("(//tr[.//input[@id='editor:tabs:priorities:1:resolutionHours']])[last()]"
                + "//*[contains(@class,'ui-message-error')]"));
        assertTrue(negative.getText().contains("Enter whole hours from 0 and minutes from 0 to 59."), negative.getText());
        JsonObject unchanged = Api.object(Api.get("api/agreements/" + sla.id(), Fixtures.ADMIN).body());
        assertEquals(1, unchanged.getJsonArray("versions").size(), unchanged.toString());

        // Valid terms now, but someone else changes the agreement first: nothing is saved over it and
        // the form keeps what was typed.
        type("editor:tabs:priorities:1:resolutionHours", "5");
        tab("Quality and penalties");
        type("editor:tabs:metrics:1:weight", "40");
        type("editor:tabs:penaltyBands:1:to", "80");
        hasClass("editor:tabs:weightSum", "weights-complete");
        Fixtures.schedulePriorities(sla, LocalDate.now(ZoneId.of("Europe/Berlin")).plusMonths(3).withDayOfMonth(1),
                "PT3H");
        browser.click(By.id("editor:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Someone else changed this agreement while you were editing it"));
        tab("Priorities and targets");
        assertEquals("5", browser.driver().findElement(By.id("editor:tabs:priorities:1:resolutionHours"))
                .getAttribute("value"));
        JsonObject theirs = Api.object(Api.get("api/agreements/" + sla.id(), Fixtures.ADMIN).body());
        assertEquals(2, theirs.getJsonArray("versions").size(), theirs.toString());

        browser.open("app/agreement.xhtml?id=" + sla.id());
        type("terminateForm:reason", "The customer moved its support elsewhere");
        browser.click(By.id("terminateForm:terminate"));
        WebElement dialog = browser.visible(By.id("terminateForm:terminateConfirm"));
        assertTrue(dialog.getText().contains("can never be activated again"), dialog.getText());
        assertTrue(browser.driver().findElement(By.id("terminateForm:terminateYes")).getAttribute("class")
                .contains("ui-button-danger"));
        browser.waiting().until(d -> "1".equals(String.valueOf(browser.script(
                "return getComputedStyle(arguments[0]).opacity", dialog))));
        browser.screenshot("agreement-terminate-confirm");
        browser.click(By.id("terminateForm:terminateNo"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("terminateForm:terminateConfirm")));
        assertEquals("Active", text("status"));

        browser.click(By.id("terminateForm:terminate"));
        browser.click(By.id("terminateForm:terminateYes"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Terminated"));
    }

    @Test
    void theEditorSpeaksTheViewersLanguageInItsChecks() throws Exception {
        Fixtures.Agreement sla = Fixtures.activeSla(Fixtures.customer(), Fixtures.calendar());
        browser.close();
        browser = Browser.start("ru");
        browser.signIn(Fixtures.user("manager", null));

        browser.open("app/agreement-edit.xhtml?id=" + sla.id());
        tab("Качество и штрафы");
        type("editor:tabs:metrics:1:weight", "30");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:tabs:weightSum"),
                "Сумма весов: 90 %."));
        browser.click(By.id("editor:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Условия не сохранены"));
        tab("Качество и штрафы");
        assertEquals("Сумма весов метрик должна быть 100 %.", text("editor:tabs:metricsError"));
        browser.screenshot("agreement-editor-ru");
    }

    @Test
    void theAgreementPageShowsFindingsAndVersionNotesInTheViewersLanguage() throws Exception {
        String calendar = Fixtures.calendar();
        Fixtures.Agreement sla = Fixtures.activeSla(Fixtures.customer(), calendar);
        Fixtures.Agreement ola = Fixtures.activeOla(sla, calendar, "PT3H");
        browser.close();
        browser = Browser.start("ru");
        browser.signIn(Fixtures.user("manager", null));

        browser.open("app/agreement.xhtml?id=" + ola.id());
        String findings = text("consistencyForm:findings");
        assertTrue(findings.contains("Норматив " + ola.number() + " L2, приоритет 1, решение (3 h по календарю '"
                + calendar + "') может закончиться на") && !findings.contains("can end"), findings);
        String versions = text("versions");
        assertTrue(versions.contains("первая версия") && !versions.contains("first version"), versions);
        browser.screenshot("agreement-findings-ru");

        browser.open("app/agreement.xhtml?id=" + sla.id());
        String slaFindings = text("consistencyForm:findings");
        assertTrue(slaFindings.contains("Ни одно OLA или UC не обеспечивает норматив " + sla.number() + " WS, приоритет 2")
                && !slaFindings.contains("underpins"), slaFindings);
    }

    private void type(String id, String value) {
        WebElement input = browser.visible(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
    }

    /** Waits until the element has the CSS class; an ajax update may replace it while it is read. */
    private void hasClass(String id, String styleClass) {
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeContains(By.id(id), "class", styleClass));
    }

    private String text(String id) {
        return browser.visible(By.id(id)).getText();
    }

    private void tab(String title) {
        browser.click(By.xpath("//ul[contains(@class,'ui-tabs-nav')]//a[normalize-space()='" + title + "']"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'ui-state-active')]//a[normalize-space()='" + title + "']")));
    }

    private long idInAddress() {
        String url = browser.driver().getCurrentUrl();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(url);
        assertTrue(id.find(), url);
        return Long.parseLong(id.group(1));
    }
}
