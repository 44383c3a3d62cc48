package org.servicelevel.interfaces.web.agreement.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationInputTest {

    @Test
    void aDurationIsShownAsWholeHoursAndMinutes() {
        DurationInput input = DurationInput.of(Duration.ofMinutes(150));
        assertEquals(2, input.getHours());
        assertEquals(30, input.getMinutes());
        DurationInput days = DurationInput.of(Duration.ofHours(40));
        assertEquals(40, days.getHours());
        assertEquals(0, days.getMinutes());
    }

    @Test
    void hoursAndMinutesTypedBecomeADuration() {
        DurationInput input = new DurationInput();
        input.setHours(4);
        input.setMinutes(15);
        assertEquals(Duration.ofMinutes(255), input.toDuration());
    }

    @Test
    void anEmptyPartCountsAsZeroAndBothEmptyAsNoValue() {
        DurationInput onlyMinutes = new DurationInput();
        onlyMinutes.setMinutes(45);
        assertEquals(Duration.ofMinutes(45), onlyMinutes.toDuration());
        DurationInput onlyHours = new DurationInput();
        onlyHours.setHours(2);
        assertEquals(Duration.ofHours(2), onlyHours.toDuration());
        DurationInput none = DurationInput.of(null);
        assertTrue(none.isEmpty());
        assertNull(none.toDuration());
    }

    @Test
    void aRoundTripKeepsTheDuration() {
        for (long minutes : new long[] {1, 59, 60, 61, 24 * 60, 10_000}) {
            assertEquals(Duration.ofMinutes(minutes), DurationInput.of(Duration.ofMinutes(minutes)).toDuration());
        }
    }
}
