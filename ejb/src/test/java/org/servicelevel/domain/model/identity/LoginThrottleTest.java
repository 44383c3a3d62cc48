package org.servicelevel.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final ThrottlePolicy POLICY = new ThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            10, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void fourFailuresCostNothingAndTheFifthRefusesTheSixthAttempt() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.account("Alice"));
        for (int i = 0; i < 4; i++) {
            throttle.failed(at(i), POLICY);
            assertTrue(throttle.blockedAt(at(i)).isEmpty(), "failure " + (i + 1) + " is free");
        }
        throttle.failed(at(4), POLICY);
        assertEquals(Optional.of(at(34)), throttle.blockedAt(at(5)), "the sixth attempt waits 30 s");
        assertTrue(throttle.blockedAt(at(34)).isEmpty(), "once the delay has passed, the next attempt is checked");
    }

    @Test
    void theDelayDoublesUpToTheLongestThenTheSubjectIsLockedOut() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.address("203.0.113.7"));
        int second = 0;
        for (int i = 0; i < 5; i++) {
            throttle.failed(at(second++), POLICY);
        }
        assertEquals(Duration.ofSeconds(30), Duration.between(at(second - 1), throttle.blockedUntil().orElseThrow()));
        throttle.failed(at(second), POLICY);
        assertEquals(Duration.ofSeconds(60), Duration.between(at(second), throttle.blockedUntil().orElseThrow()));
        second++;
        throttle.failed(at(second), POLICY);
        assertEquals(Duration.ofSeconds(120), Duration.between(at(second), throttle.blockedUntil().orElseThrow()));
        second++;
        throttle.failed(at(second), POLICY);
        second++;
        boolean lockedBefore = throttle.locked();
        assertFalse(throttle.failed(at(second), POLICY), "the ninth failure does not lock yet");
        second++;
        assertFalse(lockedBefore);
        assertTrue(throttle.failed(at(second), POLICY), "the tenth failure locks the subject out");
        assertTrue(throttle.locked());
        assertEquals(Optional.of(at(second).plus(Duration.ofMinutes(15))), throttle.blockedAt(at(second)));
        assertFalse(throttle.failed(at(second + 1), POLICY), "a lockout is reported once");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.account("bob"));
        for (int i = 0; i < 4; i++) {
            throttle.failed(at(i), POLICY);
        }
        throttle.failed(at(3 + 16 * 60), POLICY);
        assertEquals(1, throttle.failures());
        assertTrue(throttle.blockedUntil().isEmpty());
    }

    @Test
    void clearingLiftsTheRefusalAndTheCount() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.account("carl"));
        for (int i = 0; i < 10; i++) {
            throttle.failed(at(i), POLICY);
        }
        assertTrue(throttle.locked());
        throttle.clear(at(20));
        assertFalse(throttle.locked());
        assertEquals(0, throttle.failures());
        assertTrue(throttle.blockedAt(at(21)).isEmpty());
    }

    @Test
    void accountsAreComparedAsStoredAndAddressesKeptApart() {
        assertEquals(LoginThrottle.account("alice"), LoginThrottle.account("  ALICE "));
        assertFalse(new LoginThrottle(LoginThrottle.address("alice")).isAccount());
        assertTrue(new LoginThrottle(LoginThrottle.account("alice")).isAccount());
    }
}
