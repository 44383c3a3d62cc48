package org.servicelevel.domain.model.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 8);

    @Test
    void pausesDoubleFromTheBaseAfterEachFailedAttempt() {
        assertEquals(Duration.ofSeconds(30), policy.pauseAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.pauseAfter(2));
        assertEquals(Duration.ofSeconds(120), policy.pauseAfter(3));
        assertEquals(Duration.ofSeconds(240), policy.pauseAfter(4));
        assertEquals(Duration.ofSeconds(480), policy.pauseAfter(5));
    }

    @Test
    void noPauseIsLongerThanTheLongest() {
        assertEquals(Duration.ofMinutes(10), policy.pauseAfter(6));
        assertEquals(Duration.ofMinutes(10), policy.pauseAfter(40));
        assertEquals(Duration.ofMinutes(10), policy.pauseAfter(Integer.MAX_VALUE));
    }

    @Test
    void theLastAttemptExhaustsThePolicy() {
        assertFalse(policy.exhausted(7));
        assertTrue(policy.exhausted(8));
        assertTrue(new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).exhausted(1));
    }

    @Test
    void aPolicyNeedsAPositiveBaseNotLongerThanTheLongestPauseAndOneAttempt() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 0));
    }
}
