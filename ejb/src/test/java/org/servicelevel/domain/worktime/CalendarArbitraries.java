package org.servicelevel.domain.worktime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random calendars, instants and durations for the property tests. Boundaries, instants and
 * durations are mostly whole quarter hours so that they often coincide exactly with openings,
 * closings and daylight-saving transitions, and sometimes arbitrary seconds with a nanosecond
 * part.
 */
final class CalendarArbitraries {

    static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Europe/Moscow",
            "America/Sao_Paulo", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham",
            "America/Santiago", "Asia/Tehran", "Europe/London");

    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    private static final long FIRST_SECOND = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_SECOND = Instant.parse("2023-12-31T00:00:00Z").getEpochSecond();
    private static final int QUARTER_HOUR = 900;

    private CalendarArbitraries() {
    }

    static Arbitrary<CalendarRules> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<List<CalendarVersion>> versions = versions().list().ofMinSize(1).ofMaxSize(3)
                .uniqueElements(CalendarVersion::effectiveFrom);
        return Combinators.combine(zones, versions).as(CalendarRules::of)
                .filter(rules -> weeklyWorkingSeconds(rules.versions().get(rules.versions().size() - 1))
                        >= MIN_WEEKLY_SECONDS);
    }

    /**
     * The last version works at least an hour a week: the longest duration drawn (200 h) then ends
     * within about four years, well inside the years the engine supports. A calendar that works a few
     * seconds a week would need centuries, which no property here is about.
     */
    private static final int MIN_WEEKLY_SECONDS = 3600;

    private static long weeklyWorkingSeconds(CalendarVersion version) {
        long seconds = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            seconds += version.weeklyHours().on(day).totalSeconds();
        }
        return seconds;
    }

    static Arbitrary<Instant> instants() {
        Arbitrary<Long> aligned = Arbitraries.longs().between(FIRST_SECOND / QUARTER_HOUR, LAST_SECOND / QUARTER_HOUR)
                .map(quarter -> quarter * QUARTER_HOUR);
        Arbitrary<Long> anySecond = Arbitraries.longs().between(FIRST_SECOND, LAST_SECOND);
        Arbitrary<Long> seconds = Arbitraries.frequencyOf(Tuple.of(3, aligned), Tuple.of(2, anySecond));
        return Combinators.combine(seconds, nanos()).as(Instant::ofEpochSecond);
    }

    static Arbitrary<Duration> durations() {
        Arbitrary<Long> aligned = Arbitraries.longs().between(0, 200 * 4).map(quarters -> quarters * QUARTER_HOUR);
        Arbitrary<Long> anyLength = Arbitraries.longs().between(0, 200 * 3600);
        Arbitrary<Long> short_ = Arbitraries.longs().between(0, 3600);
        Arbitrary<Long> seconds = Arbitraries.frequencyOf(Tuple.of(3, aligned), Tuple.of(2, anyLength), Tuple.of(1, short_));
        return Combinators.combine(seconds, nanos()).as(Duration::ofSeconds);
    }

    private static Arbitrary<Integer> nanos() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
    }

    private static Arbitrary<CalendarVersion> versions() {
        Arbitrary<LocalDate> effectiveFrom = dates();
        Arbitrary<List<DailyHours>> week = dailyHours().list().ofSize(7);
        Arbitrary<Set<LocalDate>> holidays = dates().set().ofMaxSize(40);
        Arbitrary<Map<LocalDate, DailyHours>> overrides = Arbitraries.maps(dates(), dailyHours()).ofMaxSize(15);
        return Combinators.combine(effectiveFrom, week, holidays, overrides).as((from, days, holidayDates, special) -> {
            WeeklyHours.Builder weekly = WeeklyHours.builder();
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.on(day, days.get(day.ordinal()));
            }
            return CalendarVersion.effectiveFrom(from)
                    .weeklyHours(weekly.build())
                    .holidays(holidayDates)
                    .overrides(special)
                    .build();
        });
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** Zero to three ranges per day, made from sorted distinct boundaries taken in pairs. */
    static Arbitrary<DailyHours> dailyHours() {
        Arbitrary<Integer> boundary = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0, 96).map(quarter -> quarter * QUARTER_HOUR)),
                Tuple.of(1, Arbitraries.integers().between(0, TimeOfDay.SECONDS_PER_DAY)));
        return boundary.list().ofMaxSize(6).map(values -> {
            List<Integer> sorted = new ArrayList<>(new TreeSet<>(values));
            List<TimeOfDayRange> ranges = new ArrayList<>();
            for (int i = 0; i + 1 < sorted.size(); i += 2) {
                ranges.add(TimeOfDayRange.ofSeconds(sorted.get(i), sorted.get(i + 1)));
            }
            return DailyHours.of(ranges);
        });
    }
}
