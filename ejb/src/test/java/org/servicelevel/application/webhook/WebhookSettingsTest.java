package org.servicelevel.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.UnitTestConfig;
import org.servicelevel.domain.model.webhook.RetryPolicy;

/** The dead-letter count and the pauses come from the settings, as docs/webhooks.md says. */
class WebhookSettingsTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void install() {
        UnitTestConfig.install();
        UnitTestConfig.VALUES.clear();
        Logger.getLogger(WebhookSettings.class.getName()).addHandler(handler);
    }

    @AfterEach
    void remove() {
        UnitTestConfig.VALUES.clear();
        Logger.getLogger(WebhookSettings.class.getName()).removeHandler(handler);
    }

    @Test
    void theDeadLetterCountAndPausesAreConfigurable() {
        assertEquals(new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8), WebhookSettings.retryPolicy());
        UnitTestConfig.VALUES.put("servicelevel.webhooks.max-attempts", " 3 ");
        UnitTestConfig.VALUES.put("servicelevel.webhooks.retry-base", "PT10S");
        UnitTestConfig.VALUES.put("servicelevel.webhooks.retry-max", "PT1M");
        RetryPolicy p = WebhookSettings.retryPolicy();
        assertEquals(3, p.maxAttempts());
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofMinutes(1)),
                List.of(p.pauseAfter(1), p.pauseAfter(2), p.pauseAfter(3), p.pauseAfter(4)));
        UnitTestConfig.VALUES.put("servicelevel.webhooks.max-attempts", "100");
        assertEquals(100, WebhookSettings.retryPolicy().maxAttempts());
        UnitTestConfig.VALUES.put("servicelevel.webhooks.max-attempts", "1");
        assertEquals(1, WebhookSettings.retryPolicy().maxAttempts());
        UnitTestConfig.VALUES.put("servicelevel.webhooks.retry-max", "PT1S");
        assertEquals(Duration.ofSeconds(10), WebhookSettings.retryPolicy().longest());
        assertEquals("/servicelevel", WebhookSettings.source());
    }

    /** WebhookSettings' Javadoc: "A value that cannot be read is logged and its default used." */
    @Test
    void anUnreadableMaxAttemptsIsLoggedLikeAnUnreadableDuration() {
        for (String value : List.of("eight", "0", "101")) {
            logged.clear();
            UnitTestConfig.VALUES.put("servicelevel.webhooks.max-attempts", value);
            assertEquals(8, WebhookSettings.retryPolicy().maxAttempts(), value);
            assertFalse(logged.isEmpty(), "max-attempts '" + value + "' fell back to 8 without a word in the log");
        }
    }
}
