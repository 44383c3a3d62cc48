package org.servicelevel.domain;

/** How optional texts from users and integrations are kept: blank means absent. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space, or {@code null} when it is missing or blank. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
