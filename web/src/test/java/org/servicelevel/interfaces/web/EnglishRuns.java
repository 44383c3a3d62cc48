package org.servicelevel.interfaces.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a translated text still carries English: three or more words of the English text one after
 * the other. Codes in capitals and e-mail addresses are values, not words, and break a run.
 */
public final class EnglishRuns {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern ADDRESS = Pattern.compile("\\S+@\\S+");

    private EnglishRuns() {
    }

    /** Whether three or more words of {@code english} are still there one after the other in {@code translated}. */
    public static boolean left(String translated, String english) {
        Set<List<String>> englishRuns = runsOfThree(english);
        return runsOfThree(translated).stream().anyMatch(englishRuns::contains);
    }

    private static Set<List<String>> runsOfThree(String text) {
        Set<List<String>> runs = new HashSet<>();
        List<String> run = new ArrayList<>();
        Matcher word = WORD.matcher(ADDRESS.matcher(text).replaceAll(" "));
        while (word.find()) {
            String w = word.group();
            if (w.equals(w.toUpperCase(Locale.ROOT))) {
                run.clear();
                continue;
            }
            run.add(w.toLowerCase(Locale.ROOT));
            if (run.size() >= 3) {
                runs.add(List.copyOf(run.subList(run.size() - 3, run.size())));
            }
        }
        return runs;
    }
}
