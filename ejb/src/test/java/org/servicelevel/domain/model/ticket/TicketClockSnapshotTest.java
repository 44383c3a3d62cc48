package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.ticket.TicketFixture.REGISTERED;
import static org.servicelevel.domain.model.ticket.TicketFixture.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;

/** The stored clock snapshots: refreshed when a clock says something new, kept when only its counted time grew. */
class TicketClockSnapshotTest {

    private static final Instant DUE = REGISTERED.plus(Duration.ofHours(8));

    @Test
    void aFirstSnapshotIsStored() {
        Ticket t = ticket();

        assertTrue(t.refreshClocks(List.of(running(Duration.ofHours(1))), REGISTERED.plusSeconds(3600)));
        assertEquals(3600, t.clockSnapshots().get(0).elapsedSeconds());
    }

    @Test
    void onlyMoreCountedTimeKeepsTheStoredSnapshot() {
        Ticket t = ticket();
        t.storeClocks(List.of(running(Duration.ofHours(1))), REGISTERED.plusSeconds(3600));

        assertFalse(t.refreshClocks(List.of(running(Duration.ofHours(6))), REGISTERED.plusSeconds(6 * 3600)));
        assertEquals(3600, t.clockSnapshots().get(0).elapsedSeconds());
        assertEquals(REGISTERED.plusSeconds(3600), t.clockSnapshots().get(0).computedAt());
    }

    @Test
    void aBreachIsStored() {
        Ticket t = ticket();
        t.storeClocks(List.of(running(Duration.ofHours(1))), REGISTERED.plusSeconds(3600));

        assertTrue(t.refreshClocks(List.of(breached()), DUE.plusSeconds(1)));
        assertEquals(ClockState.BREACHED, t.clockSnapshots().get(0).state());
    }

    @Test
    void aMovedDeadlineIsStored() {
        Ticket t = ticket();
        t.storeClocks(List.of(running(Duration.ofHours(1))), REGISTERED.plusSeconds(3600));
        SlaClock later = new SlaClock(SlaClock.RESOLUTION, ClockState.RUNNING, false, Duration.ofHours(16),
                Duration.ofHours(2), Duration.ofHours(14), REGISTERED, null, DUE.plus(Duration.ofHours(8)), null,
                DUE.plus(Duration.ofHours(8)).plusSeconds(1), Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO,
                List.of(), List.of(1));

        assertTrue(t.refreshClocks(List.of(later), REGISTERED.plusSeconds(7200)));
        assertEquals(16 * 3600, t.clockSnapshots().get(0).targetSeconds());
    }

    @Test
    void aClockMoreOrLessIsStored() {
        Ticket t = ticket();
        t.storeClocks(List.of(running(Duration.ofHours(1))), REGISTERED.plusSeconds(3600));
        SlaClock response = new SlaClock(SlaClock.RESPONSE, ClockState.MET, false, Duration.ofMinutes(30),
                Duration.ofMinutes(10), Duration.ofMinutes(20), REGISTERED, REGISTERED.plusSeconds(600),
                REGISTERED.plusSeconds(1800), null, null, Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO,
                List.of(), List.of(1));

        assertTrue(t.refreshClocks(List.of(running(Duration.ofHours(2)), response), REGISTERED.plusSeconds(7200)));
        assertEquals(2, t.clockSnapshots().size());
    }

    private static SlaClock running(Duration elapsed) {
        return new SlaClock(SlaClock.RESOLUTION, ClockState.RUNNING, false, Duration.ofHours(8), elapsed,
                Duration.ofHours(8).minus(elapsed), REGISTERED, null, DUE, null, DUE.plusSeconds(1), Duration.ZERO,
                Map.of(), Duration.ZERO, Duration.ZERO, List.of(), List.of(1));
    }

    private static SlaClock breached() {
        return new SlaClock(SlaClock.RESOLUTION, ClockState.BREACHED, false, Duration.ofHours(8),
                Duration.ofHours(8).plusSeconds(1), Duration.ZERO, REGISTERED, null, DUE, DUE.plusSeconds(1),
                DUE.plusSeconds(1), Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO, List.of(), List.of(1));
    }
}
