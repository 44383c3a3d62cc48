package org.servicelevel.domain.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetShareTest {

    private static SlaClock clock(ClockState state, Duration elapsed, Duration target) {
        return new SlaClock(SlaClock.RESOLUTION, state, state == ClockState.PAUSED, target, elapsed,
                target.minus(elapsed).isNegative() ? Duration.ZERO : target.minus(elapsed), null, null, null, null,
                null, Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO, List.of(), List.of(1));
    }

    @Test
    void eightyPercentOfFourHoursIsReachedAtThreeHoursTwelveMinutesNotASecondEarlier() {
        Duration target = Duration.ofHours(4);
        assertFalse(TargetShare.usedAtLeast(Duration.ofMinutes(192).minusSeconds(1), target, 80));
        assertTrue(TargetShare.usedAtLeast(Duration.ofMinutes(192), target, 80));
    }

    @Test
    void percentUsedIsRoundedDownAndMayPassAHundred() {
        assertEquals(79, TargetShare.percentUsed(Duration.ofMinutes(192).minusSeconds(1), Duration.ofHours(4)));
        assertEquals(80, TargetShare.percentUsed(Duration.ofMinutes(192), Duration.ofHours(4)));
        assertEquals(150, TargetShare.percentUsed(Duration.ofHours(6), Duration.ofHours(4)));
        assertEquals(0, TargetShare.percentUsed(Duration.ofHours(1), Duration.ZERO));
    }

    @Test
    void aRunningOrWaitingClockPastTheThresholdIsAtRisk() {
        assertTrue(TargetShare.atRisk(clock(ClockState.RUNNING, Duration.ofMinutes(204), Duration.ofHours(4)), 80));
        assertTrue(TargetShare.atRisk(clock(ClockState.PAUSED, Duration.ofMinutes(204), Duration.ofHours(4)), 80));
        assertTrue(TargetShare.atRisk(clock(ClockState.RUNNING, Duration.ofHours(4), Duration.ofHours(4)), 80));
        assertFalse(TargetShare.atRisk(clock(ClockState.RUNNING, Duration.ofMinutes(180), Duration.ofHours(4)), 80));
    }

    @Test
    void breachedMetAndTargetlessClocksAreNotAtRisk() {
        assertFalse(TargetShare.atRisk(clock(ClockState.BREACHED, Duration.ofHours(5), Duration.ofHours(4)), 80));
        assertFalse(TargetShare.atRisk(clock(ClockState.MET, Duration.ofMinutes(230), Duration.ofHours(4)), 80));
        assertFalse(TargetShare.atRisk(clock(ClockState.RUNNING, Duration.ofHours(3), Duration.ZERO), 80));
    }

    @Test
    void theThresholdIsAShareBetweenOneAndAHundredPercent() {
        assertEquals(80, TargetShare.threshold(80));
        assertEquals(100, TargetShare.threshold(100));
        assertThrows(IllegalStateException.class, () -> TargetShare.threshold(0));
        assertThrows(IllegalStateException.class, () -> TargetShare.threshold(101));
    }
}
