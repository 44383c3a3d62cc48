package org.servicelevel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the screens exists in every language. */
class MessageBundlesTest {

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/servicelevel/web/" + file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_ru.properties", "messages_pl.properties"})
    void aTranslationHasExactlyTheEnglishKeys(String translation) throws IOException {
        assertEquals(keys("messages.properties"), keys(translation));
    }
}
