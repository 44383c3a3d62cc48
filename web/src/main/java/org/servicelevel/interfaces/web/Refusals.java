package org.servicelevel.interfaces.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application services' refusals in the reader's language. The services word their refusals in
 * English sentences (the API's problem documents carry them as they are); the screens look each sentence
 * up in a catalogue of those sentences ({@code refusals.tsv}, gettext-style: the English template is the
 * message id) and answer its Russian or Polish wording with the sentence's own values put back in. A
 * sentence the catalogue does not know, or a reader of English, gets the sentence unchanged.
 */
public final class Refusals {

    static final String CATALOGUE = "/org/servicelevel/web/refusals.tsv";
    static final List<String> LANGUAGES = List.of("ru", "pl");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static final class Loaded {
        static final Refusals CATALOGUE = read(Refusals.class.getResourceAsStream(Refusals.CATALOGUE));
    }

    private final List<Entry> entries;

    private Refusals(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(Entry::literalLength).reversed()).toList();
    }

    /** The product's catalogue, read once. */
    public static Refusals catalogue() {
        return Loaded.CATALOGUE;
    }

    /**
     * {@code message} in {@code locale}'s language: the most specific template (the one with the most
     * literal text) that matches the whole message gives the wording, its placeholders filled with the
     * parts of the message they stood for; those parts are looked up in turn when they are refusals
     * themselves (a reason quoted after a colon).
     */
    public String in(String message, Locale locale) {
        return in(message, locale, 2);
    }

    /** {@code message} in the language of {@code texts}, the bundle the page reads its own texts from. */
    public String inLanguageOf(String message, ResourceBundle texts) {
        return in(message, texts.getLocale());
    }

    private String in(String message, Locale locale, int depth) {
        if (message == null || locale == null || depth == 0) {
            return message;
        }
        int column = LANGUAGES.indexOf(locale.getLanguage());
        if (column < 0) {
            return message;
        }
        for (Entry entry : entries) {
            Matcher matcher = entry.pattern().matcher(message);
            if (matcher.matches()) {
                return PLACEHOLDER.matcher(entry.translations().get(column)).replaceAll(placeholder -> {
                    Integer group = entry.groups().get(Integer.parseInt(placeholder.group(1)));
                    String value = group == null ? placeholder.group() : in(matcher.group(group), locale, depth - 1);
                    return Matcher.quoteReplacement(value);
                });
            }
        }
        return message;
    }

    static Refusals read(InputStream catalogue) {
        if (catalogue == null) {
            throw new IllegalStateException("The catalogue " + CATALOGUE + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(catalogue, StandardCharsets.UTF_8))) {
            List<Entry> entries = new ArrayList<>();
            for (String line : reader.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 1 + LANGUAGES.size()) {
                    throw new IllegalStateException("A line of " + CATALOGUE + " has " + columns.length
                            + " columns, not " + (1 + LANGUAGES.size()) + ": " + line);
                }
                entries.add(Entry.of(columns[0], List.of(columns).subList(1, columns.length)));
            }
            return new Refusals(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template: its pattern, which group holds which placeholder, and its translations. */
    private record Entry(Pattern pattern, Map<Integer, Integer> groups, int literalLength, List<String> translations) {

        static Entry of(String template, List<String> translations) {
            StringBuilder regex = new StringBuilder();
            Map<Integer, Integer> groups = new HashMap<>();
            Matcher placeholder = PLACEHOLDER.matcher(template);
            int literal = 0;
            int from = 0;
            int group = 0;
            while (placeholder.find()) {
                regex.append(Pattern.quote(template.substring(from, placeholder.start()))).append("(.*?)");
                literal += placeholder.start() - from;
                groups.putIfAbsent(Integer.parseInt(placeholder.group(1)), ++group);
                from = placeholder.end();
            }
            regex.append(Pattern.quote(template.substring(from)));
            literal += template.length() - from;
            return new Entry(Pattern.compile(regex.toString(), Pattern.DOTALL), Map.copyOf(groups), literal,
                    List.copyOf(translations));
        }
    }
}
