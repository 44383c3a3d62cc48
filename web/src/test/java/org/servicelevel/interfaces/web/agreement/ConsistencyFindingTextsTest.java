package org.servicelevel.interfaces.web.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.ConsistencyCheck;
import org.servicelevel.domain.model.agreement.ConsistencyFinding;
import org.servicelevel.domain.model.agreement.PenaltyBand;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.TargetKind;
import org.servicelevel.domain.model.agreement.UnderpinningLink;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The consistency check's findings and the notes the services give versions, as the agreement page shows
 * them in Russian and Polish: the findings are produced by the check itself, so a sentence it starts to word
 * differently shows up here as one the catalogue does not know.
 */
class ConsistencyFindingTextsTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("pl"));
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}-]+");

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long OFFICE = 1;
    private static final long SHORT_OFFICE = 2;
    private static final long ALWAYS = 3;
    private static final long ONE_DAY_ONLY = 4;
    private static final Map<Long, WorkCalendar> ENGINES = Map.of(
            OFFICE, weekdays("09:00-18:00"),
            SHORT_OFFICE, weekdays("09:00-17:55"),
            ALWAYS, WorkCalendar.twentyFourSeven(BERLIN),
            ONE_DAY_ONLY, WorkCalendar.of(CalendarRules.of(BERLIN, CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.closed()).override(LocalDate.of(2026, 3, 3), "09:00-10:00").build())));
    private static final Map<Long, String> NAMES = Map.of(OFFICE, "Kal-9-18", SHORT_OFFICE, "Kal-9-1755",
            ALWAYS, "Kal-24-7", ONE_DAY_ONLY, "Kal-1");
    /** Monday 2026-03-02 00:00 in Berlin, and two weeks on. */
    private static final Instant FROM = LocalDate.of(2026, 3, 2).atStartOfDay(BERLIN).toInstant();
    private static final Instant TO = FROM.plus(Duration.ofDays(14));

    private final ConsistencyCheck check = new ConsistencyCheck(new ConsistencyCheck.Calendars() {
        @Override
        public WorkCalendar engine(long calendarId) {
            return ENGINES.get(calendarId);
        }

        @Override
        public String name(long calendarId) {
            return NAMES.get(calendarId);
        }
    }, FROM, TO);

    @Test
    void everyKindOfFindingIsShownInThePageLanguage() {
        List<ConsistencyFinding> findings = findings();
        assertEquals(EnumSet.allOf(ConsistencyFinding.Kind.class),
                findings.stream().map(ConsistencyFinding::kind).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(ConsistencyFinding.Kind.class))), "the findings cover every kind");
        assertEquals(List.of(), untranslated(findings.stream().map(ConsistencyFinding::message).toList()));
    }

    @Test
    void theNotesTheServicesGiveVersionsAreShownInThePageLanguage() {
        Agreement agreement = new Agreement("SLA-1", AgreementType.SLA, new Agreement.Header("SLA", new Organisation(
                "ACME", "ACME", FROM), null, null, null, BERLIN.getId(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), null, "max", null), terms(service("WS", OFFICE), 4), FROM, "max");
        agreement.activate(FROM);
        agreed(agreement, withResolutions(Map.of(2, "PT3H")), LocalDate.of(2026, 6, 1), null);
        agreed(agreement, withFee(terms(service("WS", OFFICE), 4), "13000.00"), LocalDate.of(2026, 4, 1), "new fee");
        String carriedOnce = agreement.versionOn(LocalDate.of(2026, 6, 1)).orElseThrow().changeNote();
        agreed(agreement, withFee(terms(service("WS", OFFICE), 4), "14000.00"), LocalDate.of(2026, 5, 1), null);
        String carriedTwice = agreement.versionOn(LocalDate.of(2026, 6, 1)).orElseThrow().changeNote();
        String first = agreement.versionOn(LocalDate.of(2026, 1, 1)).orElseThrow().changeNote();
        assertEquals(List.of("first version", "carries amendment 3 from 2026-04-01",
                        "carries amendment 3 from 2026-04-01; carries amendment 4 from 2026-05-01"),
                List.of(first, carriedOnce, carriedTwice), "the notes the agreement gave its versions");
        assertEquals(List.of(), untranslated(List.of(first, carriedOnce, carriedTwice)));

        ResourceBundle russian = texts(LANGUAGES.get(0));
        assertEquals("первая версия", AgreementRows.inReadersWords("first version", russian));
        assertEquals("включает изменение 3 с 2026-04-01; включает изменение 4 с 2026-05-01",
                AgreementRows.inReadersWords(carriedTwice, russian));
        assertEquals("new fee", AgreementRows.inReadersWords("new fee", russian), "a typed note stays as typed");
        assertEquals("new fee; включает изменение 4 с 2026-05-01",
                AgreementRows.inReadersWords("new fee; carries amendment 4 from 2026-05-01", russian));
    }

    private List<ConsistencyFinding> findings() {
        List<ConsistencyFinding> found = new ArrayList<>();
        AgreementTerms sla = terms(service("WS", OFFICE), 4);
        // looser than the SLA and service hours not covered, for a resolution and a response target
        found.addAll(check.underpinning("SLA-1", Optional.of(sla), List.of(new ConsistencyCheck.Party("OLA-1",
                terms(service("L2", SHORT_OFFICE), 4, link("WS", 1, TargetKind.RESOLUTION, "L2"),
                        link("WS", 2, TargetKind.RESPONSE, "L2"))))));
        // targets and SLAs that are not there
        found.addAll(check.underpinning("SLA-1", Optional.of(sla), List.of(new ConsistencyCheck.Party("OLA-2",
                terms(service("L2", OFFICE), 4, link("NET", 1, TargetKind.RESOLUTION, "L2"),
                        link("WS", 9, TargetKind.RESOLUTION, "L2"), link("WS", 3, TargetKind.RESPONSE, "L2"))))));
        found.addAll(check.underpinning("SLA-9", Optional.empty(), List.of(new ConsistencyCheck.Party("OLA-2",
                terms(service("L2", OFFICE), 4, new UnderpinningLink("SLA-9", "WS", 1, TargetKind.RESOLUTION,
                        "L2", 1, TargetKind.RESOLUTION, null, null, null))))));
        // a calendar without working time
        found.addAll(check.underpinning("SLA-1", Optional.of(sla), List.of(new ConsistencyCheck.Party("OLA-3",
                terms(service("L2", ONE_DAY_ONLY), 2, link("WS", 1, TargetKind.RESOLUTION, "L2"))))));
        // support paths: named steps, unnamed steps, a step without working time, a step claimed twice
        AgreementTerms slaIn1Hour = terms(service("WS", OFFICE), 1);
        ConsistencyCheck.Party desk = pathStep("OLA-D", "DESK", ALWAYS, "P-1", 1, "K-1");
        ConsistencyCheck.Party engineer = pathStep("OLA-E", "L2", OFFICE, "P-1", 2, "K-2");
        ConsistencyCheck.Party field = pathStep("UC-F", "FIELD", OFFICE, "P-1", 3, "K-3");
        found.addAll(check.underpinning("SLA-1", Optional.of(slaIn1Hour), List.of(desk, engineer, field)));
        found.addAll(check.underpinning("SLA-1", Optional.of(slaIn1Hour), List.of(
                pathStep("OLA-D", "DESK", OFFICE, "P-2", 1, null), pathStep("OLA-E", "L2", OFFICE, "P-2", 2, null))));
        found.addAll(check.underpinning("SLA-1", Optional.of(slaIn1Hour), List.of(
                pathStep("OLA-D", "DESK", ALWAYS, "P-3", 1, "K-1"), pathStep("OLA-E", "L2", ONE_DAY_ONLY, "P-3", 2, "K-2"))));
        ConsistencyCheck.Party secondDesk = pathStep("OLA-D2", "DESK", ALWAYS, "P-1", 1, "K-1");
        found.addAll(check.underpinning("SLA-1", Optional.of(slaIn1Hour), List.of(desk, secondDesk, engineer, field)));
        found.addAll(check.underpinning("SLA-1", Optional.of(slaIn1Hour), List.of(desk, secondDesk,
                pathStep("OLA-D3", "DESK", ALWAYS, "P-1", 1, "K-1"), engineer)));
        // targets nobody underpins, an underpinning agreement that ends first
        found.addAll(ConsistencyCheck.notUnderpinned("SLA-1", sla, List.of(new ConsistencyCheck.Party("OLA-1",
                terms(service("L2", OFFICE), 4, link("WS", 1, TargetKind.RESOLUTION, "L2"))))));
        found.add(ConsistencyCheck.endsFirst("SLA-1", Optional.of(LocalDate.of(2027, 12, 31)), "OLA-1",
                Optional.of(LocalDate.of(2026, 12, 31))).orElseThrow());
        found.add(ConsistencyCheck.endsFirst("SLA-1", Optional.empty(), "OLA-1",
                Optional.of(LocalDate.of(2026, 12, 31))).orElseThrow());
        // a child looser than its parent: a missing target, a later deadline, more overdue tickets, no working time
        AgreementTerms parent = terms(service("WS", ALWAYS), 4);
        AgreementTerms looser = terms(service("WS", ALWAYS), List.of(priority(1, null, "PT5H", 25)));
        found.addAll(check.inheritance("SLA-C", looser, looser, "SLA-P", parent));
        AgreementTerms stopped = terms(service("WS", ONE_DAY_ONLY), 2);
        found.addAll(check.inheritance("SLA-C", stopped, stopped, "SLA-P", parent));
        return found;
    }

    /** The texts of {@code english} that some language leaves as they are or with English in them. */
    private static List<String> untranslated(List<String> english) {
        List<String> wrong = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            ResourceBundle texts = texts(language);
            for (String sentence : english) {
                String shown = AgreementRows.inReadersWords(sentence, texts);
                if (shown.equals(sentence) || englishLeft(sentence, shown)) {
                    wrong.add(language + ": " + sentence + " -> " + shown);
                }
            }
        }
        return wrong;
    }

    /**
     * Whether {@code shown} still has English: three words of the English {@code sentence} in a row, or one
     * of its words in small letters (the values here are codes, names, dates and durations whose only word in
     * small letters is the unit "min").
     */
    private static boolean englishLeft(String sentence, String shown) {
        Set<String> english = Arrays.stream(WORDS.split(sentence)).filter(ConsistencyFindingTextsTest::isWord)
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        int run = 0;
        for (String word : WORDS.split(shown)) {
            boolean inEnglish = isWord(word) && english.contains(word.toLowerCase(Locale.ROOT));
            run = inEnglish ? run + 1 : 0;
            if (run == 3 || inEnglish && word.length() > 1 && word.equals(word.toLowerCase(Locale.ROOT))
                    && !word.equals("min")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isLetter);
    }

    private static ResourceBundle texts(Locale language) {
        ResourceBundle texts = ResourceBundle.getBundle("org.servicelevel.web.messages", language);
        assertEquals(language.getLanguage(), texts.getLocale().getLanguage(), "the bundle of " + language);
        return texts;
    }

    private static WorkCalendar weekdays(String hours) {
        return WorkCalendar.of(CalendarRules.of(BERLIN, CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                .weeklyHours(WeeklyHours.mondayToFriday(hours)).build()));
    }

    private static ServiceTerms service(String code, long calendar) {
        return new ServiceTerms(code, code, null, calendar, null, null, null, List.of());
    }

    private static PriorityTerms priority(int number, String response, String resolution, int maxOverdue) {
        return new PriorityTerms(number, "P" + number, response == null ? null : Duration.parse(response),
                Duration.parse(resolution), BigDecimal.valueOf(maxOverdue), false, List.of());
    }

    /** Terms with one service and three priorities, priority 1 resolved in {@code p1Hours} hours. */
    private static AgreementTerms terms(ServiceTerms service, int p1Hours, UnderpinningLink... links) {
        return terms(service, List.of(priority(1, "PT15M", "PT" + p1Hours + "H", 20), priority(2, "PT30M", "PT4H", 20),
                priority(3, null, "PT16H", 20)), links);
    }

    private static AgreementTerms terms(ServiceTerms service, List<PriorityTerms> priorities, UnderpinningLink... links) {
        return new AgreementTerms("EUR", new BigDecimal("12000.00"), null, List.of(service), priorities, null, List.of(),
                null, List.of(), List.of(QualityMetric.resolutionTime(1, new BigDecimal("0.5")),
                QualityMetric.overdueShare(1, new BigDecimal("0.5"))), List.of(),
                List.of(new PenaltyBand(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO)), 2, null, List.of(),
                Arrays.asList(links));
    }

    /** The fixture's terms with the priorities given resolved in the durations given. */
    private static AgreementTerms withResolutions(Map<Integer, String> resolutions) {
        List<PriorityTerms> priorities = new ArrayList<>(terms(service("WS", OFFICE), 4).priorities());
        resolutions.forEach((number, resolution) -> {
            PriorityTerms old = priorities.get(number - 1);
            priorities.set(number - 1, new PriorityTerms(number, old.name(), old.response().orElse(null),
                    Duration.parse(resolution), old.maxOverduePercent().orElseThrow(), false, List.of()));
        });
        return terms(service("WS", OFFICE), priorities);
    }

    private static AgreementTerms withFee(AgreementTerms t, String fee) {
        return new AgreementTerms(t.currency(), new BigDecimal(fee), null, t.services(), t.priorities(), null, List.of(),
                null, List.of(), t.metrics(), List.of(), t.penaltyBands(), t.graceMonths(), null, List.of(), t.underpins());
    }

    private static void agreed(Agreement agreement, AgreementTerms terms, LocalDate from, String note) {
        int version = agreement.revise(terms, from, FROM, "max", note).number();
        agreement.approveAmendment(version, "erik", false, false, FROM);
    }

    private static UnderpinningLink link(String slaService, int slaPriority, TargetKind target, String service) {
        return new UnderpinningLink("SLA-1", slaService, slaPriority, target, service, 1, target, null, null, null);
    }

    /** An OLA whose priority 1 response is a step of the support path to the SLA's priority 1 resolution. */
    private static ConsistencyCheck.Party pathStep(String number, String service, long calendar, String path, int step,
                                                   String name) {
        return new ConsistencyCheck.Party(number, terms(service(service, calendar), List.of(
                priority(1, "PT" + (step == 1 ? 15 : 60) + "M", "PT2H", 20)), new UnderpinningLink("SLA-1", "WS", 1,
                TargetKind.RESOLUTION, service, 1, TargetKind.RESPONSE, path, step, name)));
    }
}
