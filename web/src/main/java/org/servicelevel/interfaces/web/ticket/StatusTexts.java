package org.servicelevel.interfaces.web.ticket;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The names of statuses and status moves in the reader's language. The status model names them once
 * (administrators may rename them); a status or move that still has the name it was shipped with is
 * shown under that name's translation ({@code ticket.status.<CODE>}, {@code ticket.move.<FROM>.<TO>}),
 * a renamed or added one under the name the model gives it.
 */
final class StatusTexts {

    private static final ResourceBundle SHIPPED = ResourceBundle.getBundle("org.servicelevel.web.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private StatusTexts() {
    }

    /** The status {@code code} named {@code name} by the model, in the reader's words. */
    static String status(String code, String name, ResourceBundle texts) {
        return translated("ticket.status." + code, name, texts);
    }

    /** The move from {@code from} to {@code to} named {@code name} by the model, in the reader's words. */
    static String move(String from, String to, String name, ResourceBundle texts) {
        return translated("ticket.move." + from + "." + to, name, texts);
    }

    private static String translated(String key, String name, ResourceBundle texts) {
        if (name == null || !SHIPPED.containsKey(key) || !SHIPPED.getString(key).equals(name) || !texts.containsKey(key)) {
            return name;
        }
        return texts.getString(key);
    }
}
