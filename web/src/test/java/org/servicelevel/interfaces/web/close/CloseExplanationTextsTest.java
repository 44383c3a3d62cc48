package org.servicelevel.interfaces.web.close;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.Metric;
import org.servicelevel.domain.model.report.CloseTerms.Priority;
import org.servicelevel.domain.model.report.CloseTerms.ServiceTarget;
import org.servicelevel.domain.model.report.ClosingMonth;
import org.servicelevel.domain.model.report.MetricOutcome;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthCloseCalculator;
import org.servicelevel.domain.model.report.MonthCloseInput;
import org.servicelevel.domain.model.report.PriorityFigures;
import org.servicelevel.domain.model.report.ServiceAvailability;
import org.servicelevel.domain.model.report.ServiceFacts;
import org.servicelevel.domain.model.report.ServiceFacts.AvailabilityTarget;
import org.servicelevel.domain.model.report.ServiceFacts.Outage;
import org.servicelevel.domain.model.report.SurveyResult;
import org.servicelevel.domain.model.report.TicketFacts;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The close's sentences on how each metric, each service's availability and the score were decided,
 * made by the close itself over months that take every branch, read in Russian and Polish on the
 * month's result page: each is translated whole, with its figures carried over.
 */
class CloseExplanationTextsTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** November 2026 in Moscow: 21 working days of 9 hours on the office calendar, 189 service hours. */
    private static final ClosingMonth NOVEMBER = new ClosingMonth(YearMonth.of(2026, 11), MOSCOW);
    private static final WorkCalendar OFFICE = WorkCalendar.of(CalendarRules.of(MOSCOW,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00")).build()));
    /** A calendar without working time: no service hours in any month. */
    private static final WorkCalendar CLOSED = WorkCalendar.of(CalendarRules.of(MOSCOW,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1)).build()));
    private static final String QUESTION = "Speed?";
    private static final List<Locale> READERS = List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("pl"));
    /** A word of Latin letters, as English has them. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Figures and signs that every language keeps as they are ("—" left out: Russian also writes it between words). */
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[:./]\\d+)*|[≤≥<>=%]");

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }

    private static TicketFacts resolved(String number, String service, int priority, Duration time) {
        return new TicketFacts(number, service, priority, TicketFacts.Outcome.RESOLVED, at("2026-11-02T09:00"),
                at("2026-11-03T12:00"), time, Duration.ofMinutes(10), "/api/tickets/" + number + "/clocks/resolution/timeline",
                List.of());
    }

    private static Outage outage(String from, String to) {
        return new Outage(at(from), at(to), "O-" + from);
    }

    /**
     * Priority 1 (4 h, at most 10 % overdue; service NET sets 2 h of its own), 2 (8 h, 20 %), 3 (16 h, no
     * limit on the overdue share) and 4 by agreement; bands [0, 0.5) 20 %, [0.5, 1] 0 %.
     */
    private static CloseTerms terms(List<Metric> metrics, List<Band> bands, int graceMonths) {
        return new CloseTerms(Currency.getInstance("RUB"), n("100000.00"), LocalDate.of(2026, 1, 15), graceMonths,
                List.of(new Priority(1, "Critical", false, Duration.ofHours(4), null, n("10")),
                        new Priority(2, "High", false, Duration.ofHours(8), null, n("20")),
                        new Priority(3, "Normal", false, Duration.ofHours(16), null, null),
                        Priority.byAgreement(4, "By agreement")),
                List.of(new ServiceTarget("NET", 1, null, Duration.ofHours(2))), metrics, bands, null, Map.of(), null,
                null, null);
    }

    private static List<Band> bands() {
        return List.of(new Band(n("0"), n("0.5"), n("20")), new Band(n("0.5"), n("1"), n("0")));
    }

    private static MonthClose close(CloseTerms terms, List<ServiceFacts> services, SurveyResult survey,
                                    List<TicketFacts> tickets) {
        return MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, terms, tickets, services, survey, null));
    }

    /** Every sentence the close made on how things were decided. */
    private static List<String> sentences(MonthClose close) {
        List<String> sentences = new ArrayList<>();
        close.quality().metrics().stream().map(MetricOutcome::explanation).forEach(sentences::add);
        close.report().services().stream().map(ServiceAvailability::explanation).forEach(sentences::add);
        for (PriorityFigures p : close.report().priorities()) {
            sentences.add(p.explainAverage());
            sentences.add(p.explainShare());
        }
        sentences.add(close.quality().explanation());
        return sentences;
    }

    /** Months that together take every branch of the close's explanations. */
    private static Set<String> everyKindOfSentence() {
        List<Metric> ticketMetrics = List.of(Metric.resolutionTime(1, n("0.2")), Metric.overdueShare(1, n("0.1")),
                Metric.resolutionTime(2, n("0.2")), Metric.overdueShare(2, n("0.1")), Metric.resolutionTime(3, n("0.1")),
                Metric.availability("NET", n("0.1")), Metric.availability("MAIL", n("0.1")),
                Metric.availability("DNS", n("0.1")));
        // priority 1 on time against the average of 4 h and NET's own 2 h; priority 2 late; priority 3 without tickets
        List<TicketFacts> tickets = List.of(resolved("T-1", "WS", 1, Duration.ofHours(3)),
                resolved("T-2", "NET", 1, Duration.ofHours(1)), resolved("T-3", "WS", 2, Duration.ofHours(10)));
        List<ServiceFacts> services = List.of(
                new ServiceFacts("WS", OFFICE, null, List.of(outage("2026-11-02T10:00", "2026-11-02T11:00"))),
                new ServiceFacts("NET", OFFICE, new AvailabilityTarget(n("99.5"), null), List.of()),
                new ServiceFacts("MAIL", OFFICE, new AvailabilityTarget(n("99.5"), Duration.ofHours(1)),
                        List.of(outage("2026-11-02T10:00", "2026-11-02T10:30"),
                                outage("2026-11-05T10:00", "2026-11-05T10:20"))),
                new ServiceFacts("DNS", OFFICE, new AvailabilityTarget(n("99.9"), null),
                        List.of(outage("2026-11-02T10:00", "2026-11-02T13:00"))),
                new ServiceFacts("LAB", CLOSED, null, List.of()),
                new ServiceFacts("VPN", CLOSED, new AvailabilityTarget(n("99"), null), List.of()));
        List<ServiceFacts> outagesTooLong = List.of(
                new ServiceFacts("NET", OFFICE, new AvailabilityTarget(n("90"), Duration.ofHours(1)),
                        List.of(outage("2026-11-02T10:00", "2026-11-02T12:00"))),
                new ServiceFacts("MAIL", OFFICE, new AvailabilityTarget(n("99.9"), Duration.ofHours(1)),
                        List.of(outage("2026-11-02T10:00", "2026-11-02T14:00"))),
                new ServiceFacts("DNS", OFFICE, new AvailabilityTarget(n("99.9"), Duration.ofHours(4)),
                        List.of(outage("2026-11-02T10:00", "2026-11-02T13:00"))));
        List<Metric> survey = List.of(Metric.survey(QUESTION, n("70"), ThresholdComparison.AT_LEAST, n("0.5")),
                Metric.availability("NET", n("0.5")));
        List<Metric> moreThan = List.of(Metric.survey(QUESTION, n("70"), ThresholdComparison.GREATER_THAN, n("1")));
        SurveyResult answered = new SurveyResult("H2 2026", LocalDate.of(2026, 11, 20),
                List.of(new SurveyResult.Question(QUESTION, 8, 10)));
        SurveyResult fewPositive = new SurveyResult("H2 2026", LocalDate.of(2026, 11, 20),
                List.of(new SurveyResult.Question(QUESTION, 7, 10)));
        SurveyResult unanswered = new SurveyResult("H2 2026", LocalDate.of(2026, 11, 20),
                List.of(new SurveyResult.Question(QUESTION, 0, 0)));
        SurveyResult otherQuestion = new SurveyResult("H2 2026", LocalDate.of(2026, 11, 20),
                List.of(new SurveyResult.Question("Kept informed?", 3, 4)));

        Set<String> sentences = new LinkedHashSet<>();
        sentences.addAll(sentences(close(terms(ticketMetrics, bands(), 0), services, null, tickets)));
        sentences.addAll(sentences(close(terms(ticketMetrics, List.of(), 12), outagesTooLong, null, tickets)));
        sentences.addAll(sentences(close(terms(List.of(), bands(), 0), services, null,
                List.of(resolved("T-4", "WS", 2, Duration.ofHours(5))))));
        sentences.addAll(sentences(close(terms(survey, bands(), 12), services, answered, List.of())));
        sentences.addAll(sentences(close(terms(survey, List.of(), 0), services, null, List.of())));
        sentences.addAll(sentences(close(terms(moreThan, bands(), 0), services, fewPositive, List.of())));
        sentences.addAll(sentences(close(terms(moreThan, bands(), 0), services, unanswered, List.of())));
        sentences.addAll(sentences(close(terms(moreThan, bands(), 0), services, otherQuestion, List.of())));
        return sentences;
    }

    @Test
    void theMonthsTakeEveryBranchOfTheExplanations() {
        String all = String.join("\n", everyKindOfSentence());
        for (String branch : List.of("No ticket of priority 3 was resolved", "Priority 4 is by agreement",
                "Priority 3 sets no limit", "≤ target (average of the tickets' service targets)", "≤ target 8:00:00",
                "> target 8:00:00", "≤ limit 10 %: met", "≤ limit 20 %: met", "> limit 20 %: not met", "No survey campaign",
                "did not ask the question", "Nobody answered", "which needs to be ≥ 70 %: met",
                "which needs to be > 70 %: not met", "in 1 stretch,", "in 2 stretches,", "in 0 stretches;",
                "nothing to measure\n", "nothing to measure: met (—)", "has no availability target",
                "≥ 99.5 %: met", "< 99.9 %: not met", "≤ 1:00:00: met", "≥ 90 %; longest outage 2:00:00 > 1:00:00",
                "< 99.9 %; longest outage 4:00:00 > 1:00:00", "< 99.9 %; longest outage 3:00:00 ≤ 4:00:00",
                "has no quality table", "has no penalty bands\n", "of the fee\n",
                "no penalty bands; month 11 of service is a grace month (of 12)",
                "of the fee; month 11 of service is a grace month (of 12)")) {
            assertTrue(all.contains(branch), "no sentence with '" + branch + "' in:\n" + all);
        }
    }

    @Test
    void everySentenceReadsWholeInRussianAndPolishWithItsFigures() {
        List<String> untranslated = new ArrayList<>();
        for (String english : everyKindOfSentence()) {
            for (Locale reader : READERS) {
                String translated = ResultPage.explained(english, reader);
                if (translated.equals(english) || !englishRun(english, translated).isEmpty()
                        || !figures(english).equals(figures(translated))) {
                    untranslated.add(reader + ": " + english + "\n    → " + translated
                            + englishRun(english, translated));
                }
            }
        }
        assertEquals(List.of(), untranslated);
    }

    @Test
    void theTextsOfTheResultPageAreTranslated() {
        Locale ru = READERS.get(0);
        MonthClose close = close(terms(List.of(Metric.resolutionTime(2, n("1"))), bands(), 0),
                List.of(new ServiceFacts("NET", OFFICE, null, List.of())), null,
                List.of(resolved("T-3", "WS", 2, Duration.ofHours(10))));
        assertEquals("Среднее время решения заявок приоритета 2 (решено: 1): 10:00:00 (точно 36000/1 с) > норматив"
                + " 8:00:00: не выполнено", ResultPage.metrics(close.quality(),
                ResourceBundle.getBundle("org.servicelevel.web.messages", ru), ru).get(0).explanation());
        assertEquals("Оценка 0 = сумма весов выполненных метрик (0 из 1); диапазон [0, 0.5) стоит 20 % абонентской"
                + " платы", ResultPage.scoreExplanation(close.quality(), ru));
        assertEquals(List.of("Usługa NET: godziny usługi 189:00:00, przestój 0:00:00, okresów przestoju: 0, dostępność"
                + " 100 % (dokładnie 680400/680400); usługa nie ma celu dostępności"),
                ResultPage.availability(close, READERS.get(1)));
    }

    /** The first run of three or more words of the English sentence left in the translation, or "". */
    private static String englishRun(String english, String translated) {
        Set<String> englishWords = new LinkedHashSet<>();
        WORD.matcher(english).results().map(MatchResult::group).filter(CloseExplanationTextsTest::word)
                .forEach(englishWords::add);
        List<String> run = new ArrayList<>();
        Matcher words = WORD.matcher(translated);
        while (words.find()) {
            if (englishWords.contains(words.group())) {
                run.add(words.group());
                if (run.size() >= 3) {
                    return " [English left: " + String.join(" ", run) + "]";
                }
            } else {
                run.clear();
            }
        }
        return "";
    }

    /** A word of the sentence's language: Latin letters, not a code (NET) nor a single letter. */
    private static boolean word(String token) {
        return token.length() > 1 && token.chars().allMatch(c -> c < 128) && !token.equals(token.toUpperCase(Locale.ROOT));
    }

    private static List<String> figures(String text) {
        return FIGURE.matcher(text).results().map(MatchResult::group).sorted().toList();
    }
}
