package org.servicelevel.domain.model.survey;

import java.util.Locale;

/**
 * How survey texts are compared: a question's text links it to the agreement's survey metrics, a
 * respondent is known by name, an answer by its label. Two texts are the same when they differ only in
 * case and in the white space around and between words.
 */
public final class SurveyTexts {

    private SurveyTexts() {
    }

    /** The comparison key of {@code text}: lower case, single spaces, stripped; {@code null} stays {@code null}. */
    public static String key(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Whether {@code a} and {@code b} are the same text in the sense above. */
    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }
}
