package org.servicelevel.interfaces.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;

class ClockViewTest {

    private static final ResourceBundle EN = bundle(Locale.ROOT);
    private static final ResourceBundle RU = bundle(Locale.forLanguageTag("ru"));
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.servicelevel.web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A clock with a 4-hour target that has counted {@code elapsed}. */
    private static SlaClock clock(ClockState state, boolean paused, Duration elapsed, Instant due, Instant stoppedAt) {
        Duration target = Duration.ofHours(4);
        return new SlaClock(SlaClock.RESOLUTION, state, paused, target, elapsed,
                elapsed.compareTo(target) > 0 ? Duration.ZERO : target.minus(elapsed), NOW.minus(elapsed), stoppedAt, due,
                state == ClockState.BREACHED ? due : null, due, Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO,
                List.of(), List.of(1));
    }

    @Test
    void aCountdownShowsHoursMinutesAndSecondsAndDaysFromADayOn() {
        assertEquals("00:36:00", ClockView.countdown(Duration.ofMinutes(36), EN));
        assertEquals("03:12:05", ClockView.countdown(Duration.ofSeconds(3 * 3600 + 12 * 60 + 5), EN));
        assertEquals("2 d 03:00:01", ClockView.countdown(Duration.ofHours(51).plusSeconds(1), EN));
        assertEquals("00:00:07", ClockView.countdown(Duration.ofSeconds(-7), EN), "a time overdue counts the same");
        assertEquals("1 д 00:00:00", ClockView.countdown(Duration.ofDays(1), RU));
    }

    @Test
    void aRunningClockAtEightyFivePercentCountsDownAndIsAtRisk() {
        ClockView view = ClockView.of(clock(ClockState.RUNNING, false, Duration.ofMinutes(204), NOW.plusSeconds(36 * 60),
                null), NOW, 80, EN);
        assertEquals("countdown", view.getMode());
        assertEquals("risk", view.getLevel());
        assertEquals(85, view.getPercent());
        assertEquals("due in 00:36:00", view.getText());
        assertEquals(NOW.plusSeconds(36 * 60).toEpochMilli(), view.getDueMillis());
        assertEquals(NOW.toEpochMilli(), view.getNowMillis());
        assertEquals("pi-play", view.getIcon());
        assertTrue(view.isBar());
    }

    @Test
    void belowTheShareTheBarIsGreen() {
        ClockView view = ClockView.of(clock(ClockState.RUNNING, false, Duration.ofMinutes(60), NOW.plusSeconds(3 * 3600),
                null), NOW, 80, EN);
        assertEquals("ok", view.getLevel());
        assertEquals(25, view.getPercent());
    }

    @Test
    void aBreachedClockThatRunsCountsItsOverdueTimeUpAndTheBarStopsAtAHundred() {
        ClockView view = ClockView.of(clock(ClockState.BREACHED, false, Duration.ofMinutes(300), NOW.minusSeconds(3600),
                null), NOW, 80, EN);
        assertEquals("overdue", view.getMode());
        assertEquals("breach", view.getLevel());
        assertEquals("overdue by 01:00:00", view.getText());
        assertEquals(125, view.getPercent());
        assertEquals(100, view.getBarValue());
    }

    @Test
    void waitingAndStoppedClocksStandStill() {
        ClockView paused = ClockView.of(clock(ClockState.PAUSED, true, Duration.ofMinutes(204), null, null), NOW, 80, EN);
        assertEquals("still", paused.getMode());
        assertEquals("risk", paused.getLevel(), "a waiting clock past the share is still at risk");
        assertEquals("pi-pause", paused.getIcon());
        ClockView breachedWaiting = ClockView.of(clock(ClockState.BREACHED, true, Duration.ofMinutes(300),
                NOW.minusSeconds(3600), null), NOW, 80, EN);
        assertEquals("still", breachedWaiting.getMode());
        ClockView met = ClockView.of(clock(ClockState.MET, false, Duration.ofMinutes(100), NOW.plusSeconds(3600),
                NOW.minusSeconds(60)), NOW, 80, EN);
        assertEquals("still", met.getMode());
        assertEquals("ok", met.getLevel());
        assertFalse(ClockView.of(clock(ClockState.NOT_STARTED, false, Duration.ZERO, null, null), NOW, 80, EN).isBar());
    }

    @Test
    void aRunningClockWhoseDeadlineFellAtAClosingTimeStandsStillOnTime() {
        ClockView view = ClockView.of(clock(ClockState.RUNNING, false, Duration.ofHours(4), NOW.minusSeconds(600), null),
                NOW, 80, EN);
        assertEquals("still", view.getMode());
        assertEquals("target used up; on time until working hours resume", view.getText());
    }
}
