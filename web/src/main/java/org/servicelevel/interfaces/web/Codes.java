package org.servicelevel.interfaces.web;

import java.util.regex.Pattern;

/**
 * The short business codes users type (a customer's {@code ACME}, a group's {@code L2-NET}): 2 to 40
 * letters, digits, '-' or '_', stored in capitals. Forms check them as the domain does, so that a
 * code the service still refuses is one that is taken.
 */
public final class Codes {

    /** As the domain checks it after upper-casing. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{1,39}";

    private static final Pattern CODE = Pattern.compile(PATTERN);

    private Codes() {
    }

    public static boolean wellFormed(String code) {
        return code != null && CODE.matcher(code.strip()).matches();
    }

    /** The code as typed, without surrounding spaces ({@code null} for none). */
    public static String stripped(String code) {
        return code == null ? null : code.strip();
    }
}
