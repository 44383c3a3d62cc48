package org.servicelevel.interfaces.web.agreement;

import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.servicelevel.domain.model.agreement.TermsDiff;

/**
 * What a version changed in its terms, in the page's language: each part of a change's path
 * ({@code priorities[1].resolution}) by its name in the bundle ({@code terms.field.resolution}), its
 * key kept as the terms spell it, e.g. "Приоритеты [1] › Решение: PT2H → PT1H30M".
 */
final class ChangeWords {

    private static final Pattern FIELD = Pattern.compile("([{ ])([A-Za-z]+)=");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(\\[[^\\]]*])?");

    private ChangeWords() {
    }

    static String describe(List<TermsDiff.Change> changes, ResourceBundle texts) {
        if (changes.isEmpty()) {
            return texts.getString("terms.change.nothing");
        }
        return changes.stream().map(c -> path(c.path(), texts) + ": " + value(c.before(), texts) + " → "
                + value(c.after(), texts)).collect(Collectors.joining("; "));
    }

    private static String path(String path, ResourceBundle texts) {
        StringBuilder words = new StringBuilder();
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            String word = m.matches() ? label(m.group(1), texts) + (m.group(2) == null ? "" : " " + m.group(2)) : segment;
            words.append(words.isEmpty() ? "" : " › ").append(word);
        }
        return words.toString();
    }

    private static String label(String name, ResourceBundle texts) {
        return texts.containsKey("terms.field." + name) ? texts.getString("terms.field." + name) : name;
    }

    /** A value as the terms hold it; none where there was or is none, the default policy by its name. */
    private static String value(String value, ResourceBundle texts) {
        if (value == null) {
            return texts.getString("terms.change.none");
        }
        if ("default policy".equals(value)) {
            return texts.getString("terms.change.defaultPolicy");
        }
        // an added or removed part reads {number=1, name=Critical, ...}: its fields by their names too
        Matcher field = FIELD.matcher(value);
        StringBuilder words = new StringBuilder();
        while (field.find()) {
            field.appendReplacement(words, Matcher.quoteReplacement(field.group(1) + label(field.group(2), texts) + "="));
        }
        return field.appendTail(words).toString();
    }
}
