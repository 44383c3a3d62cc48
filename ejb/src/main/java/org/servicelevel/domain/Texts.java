package org.servicelevel.domain;

/**
 * How texts from users, integrations and e-mails are kept: blank means absent, and a text is
 * printable. A name or any other one-line text holds no control characters at all; a multi-line
 * text (a description, a comment) may hold line breaks and tabs. Nowhere are there other control
 * characters, Unicode direction overrides (which make a text read differently from what it stores)
 * or broken surrogate pairs (which no database can store).
 */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space, or {@code null} when it is missing or blank. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * What is wrong with {@code text} as a one-line ({@code multiLine} false) or multi-line text, or
     * {@code null} when nothing is; {@code null} text is fine.
     */
    public static String problem(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return "Line breaks and tabs are not allowed in this one-line text";
                }
            } else if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                return "Control characters (U+" + String.format("%04X", (int) c) + ") are not allowed in a text";
            } else if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029) {
                return "Unicode direction overrides and line separators (U+" + String.format("%04X", (int) c)
                        + ") are not allowed in a text";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "The text is not valid Unicode (a broken surrogate pair)";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "The text is not valid Unicode (a broken surrogate pair)";
            }
        }
        return null;
    }

    /**
     * {@code text} stripped, or {@code null} when blank, after checking it as a one-line text.
     *
     * @throws InvalidFieldException naming {@code field} if it holds characters a name may not hold
     */
    public static String oneLine(String field, String text) {
        return checked(field, text, false);
    }

    /** Like {@link #oneLine}, for a text that may span lines. */
    public static String multiLine(String field, String text) {
        return checked(field, text, true);
    }

    private static String checked(String field, String text, boolean multiLine) {
        String problem = problem(text, multiLine);
        if (problem != null) {
            throw new InvalidFieldException(field, problem);
        }
        return strippedOrNull(text);
    }
}
