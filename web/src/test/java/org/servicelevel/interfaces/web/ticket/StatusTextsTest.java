package org.servicelevel.interfaces.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class StatusTextsTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.servicelevel.web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void aShippedStatusOrMoveIsShownInTheReadersLanguage() {
        assertEquals("В работе", StatusTexts.status("IN_PROGRESS", "In progress", bundle(Locale.forLanguageTag("ru"))));
        assertEquals("Anuluj", StatusTexts.move("NEW", "CANCELLED", "Cancel", bundle(Locale.forLanguageTag("pl"))));
        assertEquals("Start work", StatusTexts.move("NEW", "IN_PROGRESS", "Start work", bundle(Locale.ROOT)));
    }

    @Test
    void aRenamedOrAddedStatusKeepsTheModelsName() {
        ResourceBundle ru = bundle(Locale.forLanguageTag("ru"));
        assertEquals("Being fixed", StatusTexts.status("IN_PROGRESS", "Being fixed", ru));
        assertEquals("On hold", StatusTexts.status("ON_HOLD", "On hold", ru));
        assertEquals("Park it", StatusTexts.move("IN_PROGRESS", "ON_HOLD", "Park it", ru));
    }
}
