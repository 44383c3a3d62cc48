package org.servicelevel.domain.model.survey;

import java.util.regex.Pattern;

/**
 * How survey texts are compared: a question's text links it to the agreement's survey metrics, a
 * respondent is known by name, an answer by its label. Two texts are the same when they differ only in
 * case and in the white space around and between words, any white space (a no-break space, as
 * spreadsheets write one, too). A key is never longer than its text: letters are lowered one by one
 * ({@code İ} becomes {@code i}, not {@code i} and a combining dot), so a text that fits its column has a
 * key that fits its own.
 */
public final class SurveyTexts {

    private SurveyTexts() {
    }

    /** White space: Java's, Unicode's separators (a no-break space), the next-line character. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u0085\\u001C-\\u001F]+");

    /** The comparison key of {@code text}: lower case, single spaces, stripped; {@code null} stays {@code null}. */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String spaced = SPACES.matcher(text).replaceAll(" ");
        int start = spaced.startsWith(" ") ? 1 : 0;
        int end = spaced.endsWith(" ") && spaced.length() > start ? spaced.length() - 1 : spaced.length();
        StringBuilder key = new StringBuilder(end - start);
        // upper then lower: the two forms of a letter meet (final and medial sigma both become σ)
        spaced.substring(start, end).codePoints().map(c -> Character.toLowerCase(Character.toUpperCase(c)))
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** Whether {@code text} is empty or only white space in the sense above (a no-break space too). */
    public static boolean blank(String text) {
        return text == null || key(text).isEmpty();
    }

    /** Whether {@code a} and {@code b} are the same text in the sense above. */
    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }
}
