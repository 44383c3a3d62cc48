package org.servicelevel.interfaces.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/** The search box of a list: which rows a few typed words find. */
public final class Search {

    private Search() {
    }

    /**
     * Whether each word of {@code query} occurs in one of {@code texts}, without regard to case; a
     * blank query finds every row.
     */
    public static boolean matches(String query, String... texts) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String[] haystack = Arrays.stream(texts).filter(Objects::nonNull).map(t -> t.toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        return Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .allMatch(word -> Arrays.stream(haystack).anyMatch(text -> text.contains(word)));
    }
}
