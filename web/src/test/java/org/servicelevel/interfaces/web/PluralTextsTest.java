package org.servicelevel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A count in a text takes the plural form of its language: one, few and many in Russian and Polish. */
class PluralTextsTest {

    @ParameterizedTest
    @CsvSource({
            "en, 1, 'in 1 second,'",
            "en, 5, 'in 5 seconds,'",
            "ru, 1, 'через 1 секунду '",
            "ru, 3, 'через 3 секунды '",
            "ru, 11, 'через 11 секунд '",
            "ru, 21, 'через 21 секунду '",
            "ru, 24, 'через 24 секунды '",
            "pl, 1, 'za 1 sekundę '",
            "pl, 4, 'za 4 sekundy '",
            "pl, 5, 'za 5 sekund '",
            "pl, 22, 'za 22 sekundy '",
            "pl, 25, 'za 25 sekund '"})
    void theWaitBeforeSigningInAgainIsCountedInTheLanguagesPluralForms(String language, long seconds, String expected) {
        ResourceBundle texts = ResourceBundle.getBundle("org.servicelevel.web.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = Feedback.format(texts, "login.refused", seconds);
        assertTrue(text.contains(expected), text);
    }
}
