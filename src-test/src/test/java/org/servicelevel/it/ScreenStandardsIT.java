package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What every screen owes its users whatever the page: the words of their language (no English text
 * of the bundle left on a Russian or Polish page), a light first page whose scripts and styles arrive
 * compressed and are then taken from the browser's cache, nothing cut off at 1024 px, and a
 * customer's user kept to their own organisation's tickets, agreements and calendars however the
 * address is typed.
 */
@ExtendWith(ArquillianExtension.class)
class ScreenStandardsIT {

    private static final Path BUNDLES = Path.of("..", "web", "src", "main", "resources", "org", "servicelevel", "web");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Seeded data the main pages show: a customer, its calendar, its active SLA, a ticket and a survey. */
    private record Seeded(String customer, String calendar, long calendarId, Fixtures.Agreement sla, long ticket,
                          long survey) {

        static Seeded create() {
            String customer = Fixtures.customer();
            String calendar = Fixtures.calendar();
            Fixtures.Agreement sla = sla(customer, calendar);
            return new Seeded(customer, calendar, Fixtures.calendarId(calendar), sla, Fixtures.ticket(customer, sla),
                    survey(sla));
        }

        /**
         * An active SLA whose title, service and priorities are named in no bundle's language (priorities
         * named "High" or "Normal" would be data that reads like an untranslated text).
         */
        private static Fixtures.Agreement sla(String customer, String calendar) {
            String number = Fixtures.unique("SLA-");
            var created = Api.object(Fixtures.expect(201, Api.call("POST", "api/agreements", Fixtures.ADMIN,
                    "application/json", """
                    {"number":"%s","type":"SLA","title":"Q-%s","customer":"%s","validFrom":"2026-01-01",
                     "reviewDate":"2099-06-30",
                     "terms":{"currency":"EUR","monthlyFee":1000,
                      "services":[{"code":"WS","name":"WS-1","calendar":"%s"}],
                      "priorities":[{"number":1,"name":"P1","response":"PT15M","resolution":"PT2H","maxOverdueShare":20},
                                    {"number":2,"name":"P2","resolution":"PT4H","maxOverdueShare":20}],
                      "defaultPriority":2,
                      "metrics":[{"kind":"RESOLUTION_TIME","priority":1,"weight":0.6},{"kind":"OVERDUE_SHARE","priority":2,"weight":0.4}],
                      "penaltyBands":[{"from":0.8,"to":1,"penaltyPercent":0},{"from":0,"to":0.8,"penaltyPercent":10}]}}"""
                    .formatted(number, number, customer, calendar))).body());
            long id = created.getJsonNumber("id").longValue();
            String path = "api/agreements/" + id;
            Fixtures.expect(200, Api.call("POST", path + "/activate", Fixtures.ADMIN, null, null, "If-Match",
                    Fixtures.etag(Api.get(path, Fixtures.ADMIN))));
            return new Fixtures.Agreement(id, number);
        }

        /** A campaign whose question and answers are data in no bundle's language, so no page shows them as English. */
        private static long survey(Fixtures.Agreement sla) {
            return Api.object(Fixtures.expect(201, Api.call("POST", "api/agreements/" + sla.id() + "/surveys",
                    Fixtures.ADMIN, "application/json", """
                    {"title":"Q-%s","dueDate":"2026-06-20","questions":[{"text":"Q1?",
                     "answers":["A+","A","B","C"],"positive":["A+","A"]}]}""".formatted(sla.number()))).body())
                    .getJsonNumber("id").longValue();
        }

        /** The main pages, by the name their screenshot takes. */
        Map<String, String> pages() {
            Map<String, String> pages = new LinkedHashMap<>(ownPages());
            pages.putAll(staffPages());
            return pages;
        }

        /**
         * The pages that list records of every organisation, as this customer's user sees them: only the
         * seeded records, so no other test's English data (an agreement titled "Round the clock") is
         * taken for an untranslated text.
         */
        Map<String, String> ownPages() {
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("home", "app/index.xhtml");
            pages.put("tickets", "app/tickets.xhtml");
            pages.put("calendars", "app/calendars.xhtml");
            pages.put("agreements", "app/agreements.xhtml");
            pages.put("month-close", "app/month-close.xhtml");
            pages.put("compliance", "app/compliance.xhtml?agreement=" + sla.id() + "&from=2026-11-01&to=2026-11-30");
            return pages;
        }

        /** The pages of one seeded record or of a search for it, and the forms, as support staff see them. */
        Map<String, String> staffPages() {
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("ticket", "app/ticket.xhtml?id=" + ticket);
            pages.put("new-ticket", "app/new-ticket.xhtml");
            pages.put("calendar", "app/calendar.xhtml?id=" + calendarId);
            pages.put("calendar-edit", "app/calendar-edit.xhtml?id=" + calendarId);
            pages.put("agreement", "app/agreement.xhtml?id=" + sla.id());
            pages.put("agreement-new", "app/agreement-new.xhtml");
            pages.put("agreement-versions", "app/agreement-versions.xhtml?id=" + sla.id());
            pages.put("survey", "app/survey.xhtml?id=" + survey);
            pages.put("surveys", "app/surveys.xhtml?agreement=" + sla.id());
            pages.put("customers", "app/customers.xhtml?q=" + customer);
            pages.put("customer", "app/customer.xhtml?id=" + Fixtures.customerId(customer));
            pages.put("support-groups", "app/support-groups.xhtml?q=" + customer);
            pages.put("selection-rule", "app/selection-rule.xhtml");
            return pages;
        }
    }

    @Test
    void russianAndPolishPagesShowNoEnglishTextOfTheBundle() throws Exception {
        Seeded seeded = Seeded.create();
        String customerUser = Fixtures.user("customer", seeded.customer());
        Map<String, String> english = bundle("messages.properties");
        for (String language : List.of("ru", "pl")) {
            Map<String, String> translated = bundle("messages_" + language + ".properties");
            Map<String, String> phrases = englishOnly(english, translated);
            List<String> found = new ArrayList<>();
            try (Browser browser = Browser.start(language)) {
                browser.open("login.xhtml");
                browser.visible(By.id("login:username"));
                assertEquals(language, browser.script("return document.documentElement.lang;"));
                found.addAll(english("login", texts(browser), phrases));
                browser.signIn(customerUser);
                found.addAll(english(language, browser, seeded.ownPages(), phrases));
                browser.signInAsAdmin();
                found.addAll(english(language, browser, seeded.staffPages(), phrases));
            }
            assertTrue(found.isEmpty(), "English text on " + language + " pages:\n" + String.join("\n", found));
        }
    }

    @Test
    void theFirstPageArrivesCompressedAndItsResourcesComeFromTheCacheAfterwards() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open("login.xhtml");
            browser.visible(By.id("login:username"));
            List<Map<String, Object>> first = resources(browser);
            long transferred = sum(first, "transferSize");
            long decoded = sum(first, "decodedBodySize");
            System.out.printf("First page: %d resources, %d bytes transferred, %d bytes unpacked%n", first.size(),
                    transferred, decoded);
            assertFalse(first.isEmpty(), "the first page loads scripts and style sheets");
            for (Map<String, Object> resource : first) {
                String name = (String) resource.get("name");
                if (name.contains(".js") || name.contains(".css")) {
                    assertTrue(number(resource, "encodedBodySize") < number(resource, "decodedBodySize"),
                            "sent compressed: " + resource);
                }
            }
            assertTrue(transferred * 3 < decoded, "transferred " + transferred + " of " + decoded);

            browser.signInAsAdmin();
            browser.open("login.xhtml");
            browser.visible(By.id("login:username"));
            List<Map<String, Object>> again = resources(browser);
            for (Map<String, Object> resource : again) {
                assertEquals(0L, number(resource, "transferSize"), "taken from the cache: " + resource);
            }
        }
    }

    @Test
    void nothingIsCutOffAt1024Pixels() throws Exception {
        Seeded seeded = Seeded.create();
        try (Browser browser = Browser.start("en", 1024, 768)) {
            browser.signInAsAdmin();
            for (Map.Entry<String, String> page : seeded.pages().entrySet()) {
                browser.open(page.getValue());
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main.content h1")));
                Object widths = browser.script("return [document.documentElement.scrollWidth, "
                        + "document.documentElement.clientWidth];");
                List<?> pair = (List<?>) widths;
                long scroll = ((Number) pair.get(0)).longValue();
                long client = ((Number) pair.get(1)).longValue();
                assertTrue(scroll <= client, page.getKey() + " is " + scroll + " px wide in a " + client + " px window");
                browser.screenshot(page.getKey() + "-1024");
            }
        }
    }

    @Test
    void aCustomersUserOpensOnlyTheirOwnTicketsAgreementsAndCalendars() throws Exception {
        Seeded own = Seeded.create();
        Seeded other = Seeded.create();
        String customerUser = Fixtures.user("customer", own.customer());
        try (Browser browser = Browser.start()) {
            browser.signIn(customerUser);
            for (String path : List.of("app/ticket.xhtml?id=" + other.ticket(), "app/agreement.xhtml?id=" + other.sla().id(),
                    "app/calendar.xhtml?id=" + other.calendarId(), "app/survey.xhtml?id=" + other.survey())) {
                browser.open(path);
                String text = browser.visible(By.tagName("body")).getText();
                assertFalse(text.contains(other.sla().number()) || text.contains(other.calendar()),
                        path + " shows another organisation's data: " + text);
                assertTrue(browser.driver().findElements(By.cssSelector("main.content h1")).isEmpty()
                        || text.contains("Something went wrong"), path + " answers: " + text);
            }
            browser.open("app/ticket.xhtml?id=" + own.ticket());
            browser.visible(By.id("ticketNumber"));

            browser.open("app/agreements.xhtml");
            String agreements = browser.visible(By.cssSelector("main.content")).getText();
            assertTrue(agreements.contains(own.sla().number()), agreements);
            assertFalse(agreements.contains(other.sla().number()), agreements);

            browser.open("app/calendars.xhtml");
            String calendars = browser.visible(By.cssSelector("main.content")).getText();
            assertTrue(calendars.contains(own.calendar()), calendars);
            assertFalse(calendars.contains(other.calendar()), "another organisation's calendar is listed: " + calendars);
        }
    }

    private static Map<String, String> bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /** The English phrases on {@code pages}, each opened in turn and saved as a screenshot in {@code language}. */
    private static List<String> english(String language, Browser browser, Map<String, String> pages,
                                        Map<String, String> phrases) throws Exception {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.open(page.getValue());
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main.content h1")));
            found.addAll(english(page.getKey(), texts(browser), phrases));
            browser.screenshot(page.getKey() + "-" + language);
        }
        return found;
    }

    private static final Pattern ARGUMENT = Pattern.compile("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}");

    /**
     * The English phrases of the bundle that a translated page must not show, each with the key it comes
     * from: the literal parts of every English text that differs from its translation and that occur in no
     * translated text (names such as SLA or PDF stay as they are in every language).
     */
    static Map<String, String> englishOnly(Map<String, String> english, Map<String, String> translated) {
        String everyTranslation = String.join("\n", translated.values());
        Map<String, String> phrases = new LinkedHashMap<>();
        english.forEach((key, text) -> {
            if (text.equals(translated.get(key)) || key.startsWith("jakarta.faces.")) {
                return;
            }
            for (String part : ARGUMENT.matcher(text.replace("''", "'")).replaceAll("\u0000").split("\u0000")) {
                String phrase = part.strip().replaceAll("^[^A-Za-z]+|[^A-Za-z]+$", "");
                boolean words = phrase.matches("[A-Za-z][A-Za-z' ,.\\-/]*[A-Za-z]") && phrase.replaceAll("[^A-Za-z]", "").length() >= 3;
                if (words && !everyTranslation.contains(phrase)) {
                    phrases.putIfAbsent(phrase, key);
                }
            }
        });
        return phrases;
    }

    /**
     * The English phrases found in a page's texts: a phrase of several words anywhere in a text, a single
     * word only as a whole text (a customer called "Ticket Screens Ltd" is data, not an untranslated
     * "Ticket").
     */
    static List<String> english(String page, List<String> texts, Map<String, String> phrases) {
        Set<String> found = new TreeSet<>();
        for (String text : texts) {
            String bare = text.strip().replaceAll("^[\\s:;,.!?*()\\[\\]]+|[\\s:;,.!?*()\\[\\]]+$", "");
            phrases.forEach((phrase, key) -> {
                boolean severalWords = phrase.contains(" ");
                if (severalWords ? Pattern.compile("(?<![A-Za-z])" + Pattern.quote(phrase) + "(?![A-Za-z])")
                        .matcher(text).find() : bare.equals(phrase)) {
                    found.add(page + ": \"" + phrase + "\" (" + key + ") in \"" + text.strip() + "\"");
                }
            });
        }
        return new ArrayList<>(found);
    }

    /** Every text of the page, shown or not yet shown (dialogs, menus), with titles, placeholders and button values. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(Browser browser) {
        return (List<String>) browser.script("""
                const texts = [document.title];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const node = walker.currentNode;
                  // the items of a menu of records (agreements, customers, people) are data, not texts
                  if (node.textContent.trim() && !node.parentElement.closest('script, style, noscript, option, '
                      + '.ui-selectonemenu-items, .ui-selectcheckboxmenu-items, .ui-autocomplete-items')) {
                    texts.push(node.textContent);
                  }
                }
                document.querySelectorAll('[title], [placeholder], [aria-label], input[type=submit], input[type=button]')
                  .forEach(e => ['title', 'placeholder', 'aria-label', 'value'].forEach(a => {
                    if (e.getAttribute(a) && (a !== 'value' || e.type === 'submit' || e.type === 'button')) {
                      texts.push(e.getAttribute(a));
                    }
                  }));
                return texts;""");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> resources(Browser browser) {
        return (List<Map<String, Object>>) browser.script("""
                return performance.getEntriesByType('resource')
                  .filter(r => r.initiatorType === 'link' || r.initiatorType === 'script')
                  .map(r => ({name: r.name, transferSize: r.transferSize, encodedBodySize: r.encodedBodySize,
                              decodedBodySize: r.decodedBodySize}));""");
    }

    private static long sum(List<Map<String, Object>> resources, String size) {
        return resources.stream().mapToLong(r -> number(r, size)).sum();
    }

    private static long number(Map<String, Object> resource, String size) {
        return ((Number) resource.get(size)).longValue();
    }
}
