package org.servicelevel.domain.worktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.UTC;
import static org.servicelevel.domain.worktime.TestCalendars.everyDay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Calendars whose intervals or gaps are too short or too long for the engine's direct lookup
 * tables, so that answers come from the search it falls back to; checked against the naive
 * reference on random starts and durations.
 */
class IrregularCalendarsTest {

    private static final long FROM = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

    @Test
    void minuteLongRangesWithMinuteLongGaps() {
        agreesWithReference(CalendarRules.of(BERLIN, everyDay("09:00-09:01", "09:02-09:03", "09:04-09:05",
                "09:07-09:08", "12:00-12:00:05", "12:00:06-12:00:07", "23:59-24:00").build()), 3_000, 4 * 60);
    }

    @Test
    void shortAndLongRangesMixed() {
        agreesWithReference(CalendarRules.of(BERLIN, everyDay("00:00-00:00:01", "00:00:02-08:00", "08:00:01-08:00:02",
                "08:00:03-20:00", "20:01-20:02").build()), 3_000, 48 * 3600);
    }

    @Test
    void roundTheClock() {
        agreesWithReference(CalendarRules.twentyFourSeven(UTC), 2_000, 400 * 86_400);
    }

    @Test
    void workingDaysDecadesApart() {
        CalendarRules rules = CalendarRules.of(UTC, CalendarVersion.effectiveFrom(LocalDate.of(1950, 1, 1))
                .override(LocalDate.of(1950, 1, 2), "09:00-17:00")
                .override(LocalDate.of(2030, 1, 2), "09:00-17:00")
                .override(LocalDate.of(2030, 1, 3), "09:00-10:00")
                .build());
        WorkCalendar engine = WorkCalendar.of(rules);
        Instant start = Instant.parse("1950-01-02T16:00:00Z");
        assertEquals(Instant.parse("2030-01-02T09:00:01Z"), engine.due(start, Duration.ofSeconds(3601)));
        assertEquals(Instant.parse("2030-01-03T09:30:00Z"), engine.due(start, Duration.ofHours(9).plusMinutes(30)));
        assertEquals(Duration.ofHours(10), engine.elapsed(start, Instant.parse("2030-01-03T10:00:00Z")));
    }

    @Test
    void gapsThatAreNotWholeMinutes() {
        agreesWithReference(CalendarRules.of(BERLIN, everyDay("08:00:30-12:00", "13:00-17:00:15").build()), 3_000,
                48 * 3600);
    }

    @Test
    void zoneOffsetChangedBySeconds() {
        // Monrovia kept -00:44:30 until 7 January 1972, so the night of that change is 44 min 30 s shorter
        CalendarRules rules = CalendarRules.of(ZoneId.of("Africa/Monrovia"),
                CalendarVersion.effectiveFrom(LocalDate.of(1960, 1, 1)).weeklyHours(WeeklyHours.mondayToFriday("09:00-17:00"))
                        .build());
        agreesWithReference(WorkCalendar.of(rules), new NaiveWorkCalendar(rules),
                Instant.parse("1971-10-01T00:00:00Z"), Instant.parse("1972-04-01T00:00:00Z"), 3_000, 200 * 3600);
        WorkCalendar engine = WorkCalendar.of(rules);
        // Thursday 6 January 1972 17:00 local is 17:44:30 UTC; Friday 7 January opens at 09:00 UTC
        assertEquals(Instant.parse("1972-01-07T09:00:01Z"),
                engine.due(Instant.parse("1972-01-06T17:44:29Z"), Duration.ofSeconds(2)));
    }

    @Test
    void moreWorkingTimeThanTheDirectTablesHold() {
        // 24/7 from 1901 to 2390 is about 1.5e10 working seconds, beyond the 2^32 a table entry holds
        WorkCalendar engine = WorkCalendar.twentyFourSeven(UTC);
        Instant early = Instant.parse("1901-01-01T00:00:00Z");
        Instant late = Instant.parse("2390-06-01T12:00:00Z");
        assertEquals(Duration.between(early, late), engine.elapsed(early, late));
        agreesWithReference(engine, new NaiveWorkCalendar(CalendarRules.twentyFourSeven(UTC)),
                Instant.parse("2300-01-01T00:00:00Z"), Instant.parse("2302-01-01T00:00:00Z"), 1_000, 400 * 86_400);
    }

    @Test
    void moreClosedTimeThanTheDirectTablesHold() {
        // an office calendar over 1901 to 2390 has about 1.1e10 closed seconds, beyond 2^32
        CalendarRules rules = CalendarRules.of(BERLIN, TestCalendars.officeWithLunchBreak().build());
        WorkCalendar engine = WorkCalendar.of(rules);
        Instant early = Instant.parse("1901-01-01T00:00:00Z");
        Instant late = Instant.parse("2390-06-01T12:00:00Z");
        assertEquals(new NaiveWorkCalendar(rules).elapsed(early, late), engine.elapsed(early, late));
        agreesWithReference(engine, new NaiveWorkCalendar(rules),
                Instant.parse("2350-01-01T00:00:00Z"), Instant.parse("2352-01-01T00:00:00Z"), 3_000, 80 * 3600);
    }

    private static void agreesWithReference(CalendarRules rules, int samples, long maxDurationSeconds) {
        agreesWithReference(WorkCalendar.of(rules), new NaiveWorkCalendar(rules), Instant.ofEpochSecond(FROM),
                Instant.ofEpochSecond(TO), samples, maxDurationSeconds);
    }

    /** Random starts in {@code [from, to)}, a quarter of them and of the durations with nanoseconds. */
    private static void agreesWithReference(WorkCalendar engine, NaiveWorkCalendar reference, Instant from, Instant to,
                                            int samples, long maxDurationSeconds) {
        long first = from.getEpochSecond();
        long range = to.getEpochSecond() - first;
        Random random = new Random(7);
        for (int k = 0; k < samples; k++) {
            Instant start = Instant.ofEpochSecond(first + (long) (random.nextDouble() * range),
                    random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            Duration duration = Duration.ofSeconds((long) (random.nextDouble() * maxDurationSeconds),
                    random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            Instant due = reference.due(start, duration);
            assertEquals(due, engine.due(start, duration), () -> "due " + start + " + " + duration);
            assertEquals(duration, engine.elapsed(start, due), () -> "elapsed " + start + " to " + due);
            long startSecond = start.getEpochSecond();
            long dueSecond = reference.dueEpochSecond(startSecond, duration.getSeconds());
            assertEquals(dueSecond, engine.dueEpochSecond(startSecond, duration.getSeconds()),
                    () -> "due " + startSecond + " + " + duration.getSeconds() + " s");
            assertEquals(duration.getSeconds(), engine.elapsedSeconds(startSecond, dueSecond),
                    () -> "elapsed " + startSecond + " to " + dueSecond);
        }
    }
}
