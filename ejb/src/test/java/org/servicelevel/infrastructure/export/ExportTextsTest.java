package org.servicelevel.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicelevel.application.report.ExportFormat;

/** The exports' texts exist in every language, and a language without texts reads English. */
class ExportTextsTest {

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = ExportTextsTest.class.getResourceAsStream("/org/servicelevel/" + file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"exports_ru.properties", "exports_pl.properties"})
    void aTranslationHasExactlyTheEnglishKeys(String translation) throws IOException {
        assertEquals(keys("exports.properties"), keys(translation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr-CA", "en-US"})
    void anotherLanguageReadsEnglishWhateverTheServersLanguage(String language) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru"));
            ExportTexts texts = new ExportTexts(ExportFormat.language(Locale.forLanguageTag(language)));
            assertEquals("Signatures", texts.text("pdf.signatures"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
