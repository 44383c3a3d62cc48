package org.servicelevel.domain.worktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Invalid calendar input is rejected with a message naming what is wrong. */
class CalendarValidationTest {

    private static String messageOf(Executable invalid) {
        return assertThrows(IllegalArgumentException.class, invalid).getMessage();
    }

    @Test
    void reversedRangeNamesTheWeekday() {
        assertEquals("MONDAY: 13:00-12:00 ends before it starts",
                messageOf(() -> WeeklyHours.builder().on(DayOfWeek.MONDAY, "13:00-12:00")));
    }

    @Test
    void overlappingRangesNameBothRangesAndTheWeekday() {
        assertEquals("TUESDAY: 09:00-13:00 overlaps 12:00-18:00",
                messageOf(() -> WeeklyHours.builder().on(DayOfWeek.TUESDAY, "12:00-18:00", "09:00-13:00")));
        assertEquals("WEDNESDAY: 12:00-14:00 overlaps 13:00-15:00",
                messageOf(() -> WeeklyHours.builder().on(DayOfWeek.WEDNESDAY, "09:00-12:00", "12:00-14:00", "13:00-15:00")));
        assertEquals("MONDAY: 09:00-10:00 overlaps 09:00-10:00",
                messageOf(() -> WeeklyHours.mondayToFriday("09:00-10:00", "09:00-10:00")));
    }

    @Test
    void invalidOverrideNamesTheDate() {
        assertEquals("2024-12-24: 10:00-09:00 ends before it starts",
                messageOf(() -> CalendarVersion.effectiveFrom(LocalDate.of(2024, 1, 1))
                        .override(LocalDate.of(2024, 12, 24), "10:00-09:00")));
        assertEquals("2024-12-24: 09:00-12:00 overlaps 11:00-13:00",
                messageOf(() -> CalendarVersion.effectiveFrom(LocalDate.of(2024, 1, 1))
                        .override(LocalDate.of(2024, 12, 24), List.of(TimeOfDayRange.parse("11:00-13:00"),
                                TimeOfDayRange.parse("09:00-12:00")))));
    }

    @Test
    void emptyRangeIsRejected() {
        assertEquals("09:00-09:00 is empty (closing time must be after opening time)",
                messageOf(() -> TimeOfDayRange.parse("09:00-09:00")));
        assertEquals("24:00-24:00 is empty (closing time must be after opening time)",
                messageOf(() -> TimeOfDayRange.parse("24:00-24:00")));
    }

    @Test
    void unreadableTimesAreNamed() {
        assertEquals("'25:00' is not a time of day (expected 00:00 to 24:00)",
                messageOf(() -> TimeOfDayRange.parse("25:00-26:00")));
        assertEquals("'24:01' is not a time of day (expected 00:00 to 24:00)",
                messageOf(() -> TimeOfDayRange.parse("20:00-24:01")));
        assertEquals("'12:60' is not a time of day (expected 00:00 to 24:00)",
                messageOf(() -> TimeOfDayRange.of("12:60", "13:00")));
        assertEquals("'9' is not a time of day (expected HH:mm, e.g. 09:30)",
                messageOf(() -> TimeOfDayRange.parse("9-17")));
        assertEquals("'09:00' is not a time range (expected HH:mm-HH:mm, e.g. 09:00-13:00)",
                messageOf(() -> TimeOfDayRange.parse("09:00")));
        assertEquals("SUNDAY: '9:00-12:00-13:00' is not a time range (expected HH:mm-HH:mm, e.g. 09:00-13:00)",
                messageOf(() -> WeeklyHours.builder().on(DayOfWeek.SUNDAY, "9:00-12:00-13:00")));
    }

    @Test
    void rangeOutsideTheDayIsRejected() {
        assertTrue(messageOf(() -> TimeOfDayRange.ofSeconds(-1, 100)).contains("outside the day"));
        assertTrue(messageOf(() -> TimeOfDayRange.ofSeconds(0, 86_401)).contains("outside the day"));
    }
}
