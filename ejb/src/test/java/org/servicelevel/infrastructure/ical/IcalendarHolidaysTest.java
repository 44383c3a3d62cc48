package org.servicelevel.infrastructure.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.calendar.Holiday;

class IcalendarHolidaysTest {

    private final IcalendarHolidays ical = new IcalendarHolidays();

    private static String calendar(String... eventLines) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", String.join("\r\n", eventLines),
                "END:VCALENDAR", "");
    }

    private static String event(String uid, String start, String end, String summary, String... extra) {
        String lines = String.join("\r\n", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260101T000000Z", start)
                + (end == null ? "" : "\r\n" + end) + "\r\nSUMMARY:" + summary;
        for (String line : extra) {
            lines += "\r\n" + line;
        }
        return lines + "\r\nEND:VEVENT";
    }

    @Test
    void everyDayOfAMultiDayEventIsAHoliday() {
        List<Holiday> holidays = ical.read(calendar(event("a", "DTSTART;VALUE=DATE:20261224",
                "DTEND;VALUE=DATE:20261227", "Christmas")), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertEquals(List.of(new Holiday(LocalDate.of(2026, 12, 24), "Christmas"),
                new Holiday(LocalDate.of(2026, 12, 25), "Christmas"),
                new Holiday(LocalDate.of(2026, 12, 26), "Christmas")), holidays);
    }

    @Test
    void recurringEventsAreExpandedInsideTheWindowOnly() {
        List<Holiday> holidays = ical.read(calendar(event("n", "DTSTART;VALUE=DATE:20200101", null, "New Year",
                "RRULE:FREQ=YEARLY")), LocalDate.of(2026, 6, 1), LocalDate.of(2029, 6, 1));
        assertEquals(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), LocalDate.of(2029, 1, 1)),
                holidays.stream().map(Holiday::date).toList());
    }

    @Test
    void aTimedEventCountsForItsDate() {
        List<Holiday> holidays = ical.read(calendar(event("t", "DTSTART:20261105T080000Z", "DTEND:20261105T120000Z",
                "Company meeting")), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertEquals(List.of(new Holiday(LocalDate.of(2026, 11, 5), "Company meeting")), holidays);
    }

    @Test
    void aSummaryThatCannotBeAHolidayNameIsRefusedWithTheField() {
        for (String summary : List.of("Two\\nlines", "Right\u202eleft", "x".repeat(Holiday.MAX_NAME + 1))) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> ical.read(
                    calendar(event("s", "DTSTART;VALUE=DATE:20261224", null, summary)),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), summary);
            assertEquals("ics", refused.field());
            assertTrue(refused.getMessage().contains("2026-12-24"), refused.getMessage());
        }
    }

    @Test
    void somethingElseThanICalendarIsRefusedWithTheField() {
        assertEquals("ics", assertThrows(InvalidFieldException.class,
                () -> ical.read("hello", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).field());
        assertEquals("ics", assertThrows(InvalidFieldException.class,
                () -> ical.read("", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).field());
    }

    @Test
    void writtenHolidaysReadBackTheSame() {
        List<Holiday> holidays = List.of(new Holiday(LocalDate.of(2026, 5, 1), "Labour Day"),
                new Holiday(LocalDate.of(2026, 10, 3), "Day of German Unity"));
        String written = ical.write("Berlin", holidays, Instant.parse("2026-11-22T10:00:00Z"));
        assertEquals(holidays, ical.read(written, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void recurrencesWithinADayAreRefusedNamingTheField() {
        for (String rule : List.of("RRULE:FREQ=HOURLY", "RRULE:FREQ=MINUTELY", "RRULE:FREQ=SECONDLY",
                "RRULE:FREQ=DAILY;BYHOUR=1,2,3", "RRULE:FREQ=YEARLY;BYMINUTE=0,30")) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> ical.read(calendar(
                    event("h", "DTSTART:20260101T000000Z", null, "Every hour", rule)),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2036, 1, 1)), rule);
            assertEquals("ics", refused.field(), rule);
        }
    }

    @Test
    void aYearlyEventStartingAtALocalTimeOfAZoneIsExpanded() {
        List<Holiday> holidays = ical.read(calendar(event("z", "DTSTART;TZID=Europe/Berlin:20200501T000000",
                "DTEND;TZID=Europe/Berlin:20200502T000000", "Labour Day", "RRULE:FREQ=YEARLY")),
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1));
        assertEquals(List.of(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1)),
                holidays.stream().map(Holiday::date).toList());
    }

    @Test
    void aWeeklyRecurrenceCoversItsWeekdays() {
        List<Holiday> holidays = ical.read(calendar(event("w", "DTSTART;VALUE=DATE:20260105", null, "Monday off",
                "RRULE:FREQ=WEEKLY;COUNT=3")), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertEquals(List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19)),
                holidays.stream().map(Holiday::date).toList());
    }

    @Test
    void aFileCoveringTooManyDaysIsRefused() {
        String[] events = new String[10];
        for (int i = 0; i < events.length; i++) {
            events[i] = event("d" + i, "DTSTART;VALUE=DATE:20260101", null, "Every day " + i, "RRULE:FREQ=DAILY");
        }
        assertEquals("ics", assertThrows(InvalidFieldException.class, () -> ical.read(calendar(events),
                LocalDate.of(2026, 1, 1), LocalDate.of(2036, 1, 1))).field());
    }

    @Test
    void aParserErrorNamesTheLineNotTheParser() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> ical.read(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
        assertEquals("ics", refused.field());
        assertEquals(false, refused.getMessage().contains("Exception"), refused.getMessage());
    }

    /** A TZID nobody knows answered 500 (ZoneRulesException); a 30 February was stored as the 28th. */
    @Test
    void anUnknownTimeZoneOrADayTheMonthLacksIsRefusedWithTheField() {
        for (String start : List.of("DTSTART;TZID=Mars/Olympus:20270610T000000", "DTSTART;VALUE=DATE:20270230",
                "DTSTART:20270230T080000Z", "DTSTART;TZID=Europe/Berlin:20270431T090000")) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> ical.read(
                    calendar(event("z", start, null, "Holiday")), LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)),
                    start);
            assertEquals("ics", refused.field(), start);
        }
        InvalidFieldException end = assertThrows(InvalidFieldException.class, () -> ical.read(calendar(event("e",
                "DTSTART;VALUE=DATE:20270610", "DTEND;TZID=Nowhere/Else:20270611T000000", "Holiday")),
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)));
        assertEquals("ics", end.field());
        assertEquals(List.of(new Holiday(LocalDate.of(2027, 6, 10), "Holiday")), ical.read(calendar(event("k",
                "DTSTART;TZID=Europe/Berlin:20270610T090000", null, "Holiday")), LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 1, 1)));
    }
}
