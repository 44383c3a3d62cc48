package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.expect;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The directory screens in a real headless Chromium: customers, support groups and selection rules,
 * from the list to a new record and a change, refusals beside their fields, a change someone else
 * saved meanwhile, and what other roles see.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryScreensIT {

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

    @Test
    void aManagerCreatesACustomerEditsItAndFindsItWithRefusalsBesideTheirFields() throws Exception {
        String taken = Fixtures.customer();
        String code = Fixtures.unique("DIR");
        browser.signIn(Fixtures.user("manager", null));
        browser.click(By.id("navCustomers"));
        browser.click(By.id("newCustomer"));

        // Checked in the form: a malformed code and e-mail, each beside its input.
        type("customerForm:code", "x");
        type("customerForm:name", "Directory Test Ltd");
        type("customerForm:coordinatorEmail", "not-an-address");
        browser.click(By.id("customerForm:save"));
        shows("customerForm:codeMessage", "A code has 2 to 40 letters, digits, - or _, e.g. ACME.");
        shows("customerForm:coordinatorEmailMessage", "Enter an e-mail address such as name@example.com.");
        assertTrue(browser.driver().findElement(By.id("customerForm:code")).getAttribute("class").contains("ui-state-error"));

        // Refused by the service: a code another customer has, shown beside the code, not as a raw message.
        type("customerForm:code", taken);
        type("customerForm:coordinatorEmail", "anna@example.com");
        browser.click(By.id("customerForm:save"));
        shows("customerForm:codeMessage", "Another customer already has this code.");
        assertFalse(browser.driver().findElement(By.id("messages")).getText().contains("j_idt"));
        assertEquals("Directory Test Ltd", browser.driver().findElement(By.id("customerForm:name")).getAttribute("value"),
                "the entries stay");

        type("customerForm:code", code);
        type("customerForm:coordinatorName", "Anna Berg");
        type("customerForm:coordinatorPhone", "+49 30 1234");
        browser.click(By.id("customerForm:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Customer " + code + " created."));
        assertEquals("Directory Test Ltd", browser.visible(By.id("customerTitle")).getText());
        assertEquals("false", String.valueOf(browser.driver().findElement(By.id("customerForm:code")).isEnabled()),
                "a code never changes");

        type("customerForm:name", "Directory Renamed Ltd");
        browser.click(By.id("customerForm:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Customer " + code + " saved."));
        assertEquals("Directory Renamed Ltd", Api.member(expect(200, Api.get("api/customers/"
                + Fixtures.customerId(code), ADMIN)).body(), "name"));

        browser.click(By.id("navCustomers"));
        type("search:q", "renamed " + code.toLowerCase(java.util.Locale.ROOT));
        browser.click(By.id("search:find"));
        browser.waiting().until(ExpectedConditions.urlContains("q="));
        String table = browser.visible(By.id("customers")).getText();
        assertTrue(table.contains(code) && table.contains("Directory Renamed Ltd") && table.contains("anna@example.com"),
                table);
        assertFalse(table.contains(taken), "the search narrows the list");
        browser.screenshot("customers");
    }

    @Test
    void aSupportGroupIsCreatedWithALeadAndMembersChosenFromTheStaff() throws Exception {
        String anna = username(Fixtures.user("agent", null));
        String boris = username(Fixtures.user("agent", null));
        String code = Fixtures.unique("G-DIR");
        browser.signInAsAdmin();
        browser.click(By.id("navSupportGroups"));
        browser.click(By.id("newGroup"));

        type("groupForm:code", code);
        type("groupForm:name", "Directory second line");
        type("groupForm:lineLevel", "12");
        browser.click(By.id("groupForm:save"));
        shows("groupForm:lineLevelMessage", "A support line needs a level from 1 (first line) to 9; other groups have none.");

        type("groupForm:lineLevel", "2");
        pick("groupForm:lead", anna, anna);
        member(anna);
        member(boris);
        browser.click(By.id("groupForm:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Support group " + code + " created."));
        assertEquals("Directory second line", browser.visible(By.id("groupTitle")).getText());

        browser.click(By.id("navSupportGroups"));
        type("search:q", code);
        browser.click(By.id("search:find"));
        browser.waiting().until(ExpectedConditions.urlContains("q="));
        WebElement row = browser.visible(By.xpath("//tbody[@id='groups_data']/tr[contains(., '" + code + "')]"));
        assertTrue(row.getText().contains("Support line") && row.getText().contains("line 2")
                && row.getText().contains(anna) && row.getText().contains(boris), row.getText());
        browser.screenshot("support-groups");
    }

    @Test
    void aSelectionRuleIsCreatedFromNamesListedAndTriedOnATicketsFacts() throws Exception {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        String name = Fixtures.unique("Directory rule ");
        browser.signInAsAdmin();
        browser.click(By.id("navSelectionRules"));
        browser.click(By.id("newRule"));

        type("ruleForm:name", name);
        pick("ruleForm:customer", customer, customer + " Ltd (" + customer + ")");
        pick("ruleForm:agreement", sla.number(), sla.number() + " · Workplace support · " + customer);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='ruleForm:priority_input']/option[.='2 · High']")));
        browser.choose("ruleForm:priority", "2 · High");
        browser.click(By.id("ruleForm:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Rule " + name + " created."));
        WebElement row = browser.visible(By.xpath("//tbody[@id='rules_data']/tr[contains(., '" + name + "')]"));
        assertTrue(row.getText().contains(customer) && row.getText().contains(sla.number()), row.getText());

        pick("tryForm:customer", customer, customer + " Ltd (" + customer + ")");
        browser.click(By.id("tryForm:try"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcomeSummary"),
                "Agreement " + sla.number()));
        assertTrue(browser.driver().findElement(By.id("outcomeSummary")).getText().contains("service WS, priority 2 · High"));
        assertEquals(name, browser.driver().findElement(By.id("outcomeRule")).getText());
        browser.screenshot("selection-rules");
    }

    @Test
    void theRulesTryOutSaysHowEachRuleWasDecidedInTheReadersLanguage() throws Exception {
        String customer = Fixtures.customer();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, Fixtures.calendar());
        Fixtures.selectionRule(customer, sla);
        browser.close();
        browser = Browser.start("ru");
        browser.signInAsAdmin();
        browser.click(By.id("navSelectionRules"));
        pick("tryForm:customer", customer, customer + " Ltd (" + customer + ")");
        browser.click(By.id("tryForm:try"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcomeSummary"),
                "Соглашение " + sla.number()));
        assertEquals("задан правилом", browser.driver().findElement(By.id("outcomePriorityReason")).getText());
        List<String> lines = browser.driver().findElements(By.cssSelector("#trace li")).stream()
                .map(WebElement::getText).toList();
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("правило 'rule ") && line.endsWith("': да, "
                + sla.number() + " версии 1, услуга WS, приоритет 2 (задан правилом)")), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("rule '") || line.contains(": no, ")
                || line.contains(": matches, but ") || line.contains(": yes, ")), lines.toString());
    }

    @Test
    void aChangeSavedMeanwhileThroughTheApiIsShownWithoutLosingTheEntries() throws Exception {
        String code = Fixtures.customer();
        String path = "api/customers/" + Fixtures.customerId(code);
        browser.signIn(Fixtures.user("manager", null));
        browser.open("app/customer.xhtml?id=" + Fixtures.customerId(code));
        type("customerForm:name", "Mine Ltd");

        expect(200, Api.call("PUT", path, ADMIN, JSON, "{\"name\":\"Theirs Ltd\"}", "If-Match",
                Fixtures.etag(Api.get(path, ADMIN))));
        browser.click(By.id("customerForm:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Someone else changed this customer"));
        assertEquals("Mine Ltd", browser.driver().findElement(By.id("customerForm:name")).getAttribute("value"));
        assertEquals("Theirs Ltd", browser.visible(By.id("theirName")).getText());
        assertEquals("Theirs Ltd", Api.member(Api.get(path, ADMIN).body(), "name"), "nothing was overwritten");

        browser.click(By.id("customerForm:overwrite"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Customer " + code + " saved."));
        assertEquals("Mine Ltd", Api.member(Api.get(path, ADMIN).body(), "name"));
    }

    @Test
    void aRefusedFieldIsExplainedInTheReadersLanguage() throws Exception {
        String taken = Fixtures.customer();
        browser.close();
        browser = Browser.start("ru");
        browser.signIn(Fixtures.user("manager", null));
        browser.open("app/customer.xhtml");
        type("customerForm:code", taken);
        browser.click(By.id("customerForm:save"));
        shows("customerForm:nameMessage", "Введите название заказчика.");
        type("customerForm:name", "Русский заказчик");
        browser.click(By.id("customerForm:save"));
        shows("customerForm:codeMessage", "Этот код уже занят другим заказчиком.");
        assertEquals("Русский заказчик", browser.driver().findElement(By.id("customerForm:name")).getAttribute("value"));
    }

    @Test
    void otherRolesReadWithoutEditingAndCustomersDoNotSeeTheProvidersDirectory() throws Exception {
        String code = Fixtures.customer();
        browser.signIn(Fixtures.user("agent", null));
        browser.click(By.id("navCustomers"));
        browser.visible(By.id("customers"));
        assertTrue(browser.driver().findElements(By.id("newCustomer")).isEmpty(), "agents create no customers");
        browser.open("app/customer.xhtml?id=" + Fixtures.customerId(code));
        assertFalse(browser.visible(By.id("customerForm:name")).isEnabled());
        assertTrue(browser.driver().findElements(By.id("customerForm:save")).isEmpty());
        browser.click(By.id("navSelectionRules"));
        browser.visible(By.id("tryForm:try"));
        assertTrue(browser.driver().findElements(By.id("newRule")).isEmpty(), "agents try the rules, but change none");

        browser.click(By.id("logoutForm:logout"));
        browser.visible(By.id("login:username"));
        browser.signIn(Fixtures.user("customer", code));
        assertTrue(browser.driver().findElements(By.id("navSupportGroups")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("navSelectionRules")).isEmpty());
        assertEquals(403, Api.get("app/support-groups.xhtml", Fixtures.user("customer", code)).statusCode());
    }

    /** Waits until the element (a message beside an input) shows exactly {@code text}, after the page came back. */
    private void shows(String id, String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        assertEquals(text, browser.driver().findElement(By.id(id)).getText());
    }

    /**
     * Picks an item of a PrimeFaces menu with a filter, narrowed first by {@code filter} (other tests'
     * records make it long), once the menu's panel has finished opening; a click on an item the
     * filter is still laying out is tried again.
     */
    private void pick(String menu, String filter, String label) {
        By panel = By.id(menu + "_panel");
        By item = By.cssSelector("#" + menu.replace(":", "\\:") + "_items li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            try {
                if (!browser.driver().findElement(panel).isDisplayed()) {
                    browser.click(By.id(menu));
                }
                WebElement input = browser.visible(By.id(menu + "_filter"));
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                input.sendKeys(filter);
                browser.waiting().until(d -> Boolean.TRUE.equals(browser.script(
                        "return !jQuery(arguments[0]).is(':animated');", d.findElement(panel))));
                WebElement option = browser.waiting().until(d -> {
                    WebElement found = d.findElement(item);
                    return found.isDisplayed() && found.getSize().getHeight() > 0 ? found : null;
                });
                option.click();
                browser.waiting().until(ExpectedConditions.textToBe(By.id(menu + "_label"), label));
                break;
            } catch (ElementNotInteractableException | StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.script("return PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Replaces the text of an input. */
    private void type(String id, String text) {
        WebElement input = browser.visible(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Ticks a person in the members' menu, found by its filter, and closes the menu. */
    private void member(String username) {
        browser.click(By.id("groupForm:members"));
        WebElement filter = browser.visible(By.cssSelector("[id='groupForm:members_panel'] input.ui-selectcheckboxmenu-filter"));
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        filter.sendKeys(username);
        browser.click(By.xpath("//*[@id='groupForm:members_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[.//label[normalize-space()='" + username + "']]//div[contains(@class,'ui-chkbox-box')]"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("groupForm:members"), username));
        filter.sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("groupForm:members_panel")));
    }

    private static String username(String credentials) {
        return new String(Base64.getDecoder().decode(credentials.substring("Basic ".length())), StandardCharsets.UTF_8)
                .split(":", 2)[0];
    }
}
