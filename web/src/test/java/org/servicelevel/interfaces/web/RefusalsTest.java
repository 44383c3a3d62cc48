package org.servicelevel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The screens' refusals in Russian and Polish, and a catalogue that stays true to the services' sentences. */
class RefusalsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale PL = Locale.forLanguageTag("pl");

    private final Refusals refusals = Refusals.catalogue();

    @Test
    void aSentenceWithoutValuesIsAnsweredInTheLanguage() {
        assertEquals("Укажите предлагаемые условия", refusals.in("Give the proposed terms", RU));
        assertEquals("Podaj proponowane warunki", refusals.in("Give the proposed terms", PL));
    }

    @Test
    void theValuesOfASentenceAreCarriedIntoTheTranslation() {
        assertEquals("Услуга NET-2 указана дважды", refusals.in("Service NET-2 is listed twice", RU));
        assertEquals("Usługa NET-2 występuje dwukrotnie", refusals.in("Service NET-2 is listed twice", PL));
        assertEquals("Соглашение SLA-ACME-2026 не охватывает услугу MAIL; оно охватывает [NET, VPN]",
                refusals.in("Agreement SLA-ACME-2026 does not cover service MAIL; it covers [NET, VPN]", RU));
        assertEquals("Ścieżka 'Sieć' ma krok 3 dwukrotnie", refusals.in("Path 'Sieć' has step 3 twice", PL));
    }

    @Test
    void theMostSpecificSentenceWins() {
        assertEquals("Соглашение SLA-1 действует с 2026-01-01 по 2026-12-31; 2027-01 вне этого срока",
                refusals.in("Agreement SLA-1 runs from 2026-01-01 to 2026-12-31; 2027-01 is outside it", RU));
        assertEquals("Umowa SLA-1 obowiązuje od 2026-01-01; 2025-12 jest poza tym okresem",
                refusals.in("Agreement SLA-1 runs from 2026-01-01; 2025-12 is outside it", PL));
    }

    @Test
    void aQuotedReasonThatIsARefusalItselfIsTranslatedToo() {
        assertEquals("Месяц 2026-11 соглашения SLA-1 нельзя закрыть: "
                        + "В условиях соглашения не указана валюта: счёт за месяц рассчитать невозможно",
                refusals.in("The month 2026-11 of SLA-1 cannot be closed: "
                        + "The agreement's terms name no currency: the month's invoice cannot be computed", RU));
    }

    @Test
    void theRefusalsOfCustomerTicketFieldsAndOfICalendarDaysAreTranslated() {
        assertEquals("Заявки назначает служба поддержки; не указывайте assignee и supportGroup",
                refusals.in("The service desk assigns tickets; leave assignee and supportGroup out", RU));
        assertEquals("Jesteś zgłaszającym w zgłoszeniach, które rejestrujesz; pomiń requester",
                refusals.in("You are the requester of the tickets you register; leave requester out", PL));
        assertEquals("DTEND события — не дата и не дата со временем в известном часовом поясе (TZID)",
                refusals.in("The DTEND of an event is no date or date-time in a known time zone (TZID)", RU));
        assertEquals("DTSTART 20270230 nie jest dniem kalendarza",
                refusals.in("DTSTART 20270230 is not a day of the calendar", PL));
    }

    @Test
    void anUnknownSentenceIsAnsweredUnchanged() {
        assertEquals("Something the catalogue has never heard of", refusals.in("Something the catalogue has never heard of", RU));
        assertEquals("Give the proposed terms, please", refusals.in("Give the proposed terms, please", PL));
    }

    @Test
    void englishAndOtherLanguagesAreAnsweredUnchanged() {
        assertEquals("Service NET-2 is listed twice", refusals.in("Service NET-2 is listed twice", Locale.ENGLISH));
        assertEquals("Service NET-2 is listed twice", refusals.in("Service NET-2 is listed twice", Locale.GERMAN));
        assertEquals("Service NET-2 is listed twice", refusals.in("Service NET-2 is listed twice", null));
    }

    @Test
    void everyLineHasTheEnglishSentenceAndBothTranslationsWithTheSamePlaceholders() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String line : catalogueLines()) {
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || Stream.of(columns).anyMatch(String::isBlank)) {
                wrong.add("not three columns: " + line);
                continue;
            }
            TreeSet<String> english = placeholders(columns[0]);
            if (!english.equals(placeholders(columns[1])) || !english.equals(placeholders(columns[2]))) {
                wrong.add("placeholders differ: " + line);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySentenceOfTheCatalogueIsStillWordedSoByTheServices() throws IOException {
        SourceLiterals sources = serviceStringLiterals();
        List<String> reworded = new ArrayList<>();
        for (String line : catalogueLines()) {
            String english = line.split("\t", -1)[0];
            for (String piece : Refusals.PLACEHOLDER.split(english, -1)) {
                if (piece.chars().anyMatch(Character::isLetter) && !sources.word(piece)) {
                    reworded.add("'" + piece + "' of: " + english);
                }
            }
        }
        assertEquals(List.of(), reworded, "sentences of refusals.tsv the ejb module no longer words so");
    }

    private static TreeSet<String> placeholders(String text) {
        Matcher matcher = Refusals.PLACEHOLDER.matcher(text);
        TreeSet<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static List<String> catalogueLines() throws IOException {
        try (InputStream in = RefusalsTest.class.getResourceAsStream(Refusals.CATALOGUE)) {
            assertTrue(in != null, "the catalogue is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }

    /**
     * The string literals of the ejb module's main sources joined in order, so that a sentence written as
     * {@code "..." + "..."} over several lines reads as one.
     */
    private static SourceLiterals serviceStringLiterals() throws IOException {
        Path root = Path.of(System.getProperty("basedir", ".")).resolve("../ejb/src/main/java").normalize();
        assertTrue(Files.isDirectory(root), "the ejb module's sources are at " + root);
        StringBuilder joined = new StringBuilder();
        BitSet bounds = new BitSet();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String literal : literals(Files.readString(file))) {
                    bounds.set(joined.length());
                    joined.append(literal);
                    bounds.set(joined.length());
                }
                joined.append('\n');
            }
        }
        return new SourceLiterals(joined.toString(), bounds);
    }

    /**
     * The services' string literals one after the other, and where each begins and ends. A sentence the
     * services build with a choice in the middle ({@code "No agreement" + (customer == null ? "" : " of
     * customer " + code) + " covers ..."}) is worded by up to three literals, each piece whole where it
     * meets the next.
     */
    private record SourceLiterals(String joined, BitSet bounds) {

        private static final int MOST_LITERALS = 3;

        boolean word(String piece) {
            return joined.contains(piece) || worded(piece, true, MOST_LITERALS);
        }

        private boolean worded(String rest, boolean first, int literalsLeft) {
            for (int start = first ? 0 : bounds.nextSetBit(0); start >= 0 && start < joined.length();
                 start = first ? start + 1 : bounds.nextSetBit(start + 1)) {
                int common = 0;
                while (common < rest.length() && start + common < joined.length()
                        && joined.charAt(start + common) == rest.charAt(common)) {
                    common++;
                }
                if (common == rest.length()) {
                    return true;
                }
                for (int end = common; end > 0 && literalsLeft > 1; end--) {
                    if (bounds.get(start + end) && worded(rest.substring(end), false, literalsLeft - 1)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The contents of the source's string literals in order; char literals and comments skipped. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = Math.max(source.indexOf('\n', i), i + 1);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (c == '\'' || c == '"') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < source.length() && source.charAt(i) != c) {
                    if (source.charAt(i) == '\\' && i + 1 < source.length()) {
                        i++;
                    }
                    literal.append(source.charAt(i));
                    i++;
                }
                if (c == '"') {
                    literals.add(literal.toString());
                }
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }
}
