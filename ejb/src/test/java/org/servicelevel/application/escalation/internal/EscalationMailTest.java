package org.servicelevel.application.escalation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The escalation e-mails exist in every language of the notifications, and read with their values filled in. */
class EscalationMailTest {

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = EscalationMailTest.class.getResourceAsStream("/org/servicelevel/" + file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"notifications_ru.properties", "notifications_pl.properties"})
    void aTranslationHasExactlyTheEnglishKeys(String translation) throws IOException {
        assertEquals(keys("notifications.properties"), keys(translation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "pl"})
    void everyKindOfStepReadsWithTheTicketTheClockTheDueInstantAndTheTimeLeft(String language) {
        ResourceBundle texts = ResourceBundle.getBundle("org.servicelevel.notifications", Locale.forLanguageTag(language));
        Object[] args = {"T-000042", "Mail server down", "ACME Ltd", EscalationMail.metric(texts, "status:NEW"),
                "7 Dec 2026, 12:00:00 (Europe/Berlin)", EscalationMail.duration(texts, Duration.ofMinutes(95)), "warning",
                "http://localhost:8080/servicelevel/app/ticket.xhtml?id=42", "SLA-1"};
        for (String kind : new String[] {"warning", "breach", "overdue"}) {
            String subject = MessageFormat.format(texts.getString("escalation." + kind + ".subject"), args);
            String body = MessageFormat.format(texts.getString("escalation." + kind + ".body"), args);
            assertTrue(subject.contains("T-000042"), subject);
            assertTrue(body.contains("Mail server down") && body.contains("ACME Ltd") && body.contains("SLA-1")
                    && body.contains("Europe/Berlin") && body.contains("ticket.xhtml?id=42") && body.contains("NEW"), body);
            assertTrue(!kind.equals("breach") || !body.contains("{"), body);
        }
        assertEquals(MessageFormat.format(texts.getString("escalation.duration"), 1, 35),
                EscalationMail.duration(texts, Duration.ofMinutes(95)));
        assertEquals(MessageFormat.format(texts.getString("escalation.duration.seconds"), 42),
                EscalationMail.duration(texts, Duration.ofSeconds(42)));
    }
}
