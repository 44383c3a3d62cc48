package org.servicelevel.domain.worktime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of {@code due} and {@code elapsed} on a Berlin office calendar (Monday to Friday
 * 09:00-18:00, 15 holidays a year), for the engine and for the naive day-by-day reference.
 * Starts are spread over 2024 and 2025 and durations are 1 to 40 working hours; both are drawn
 * once into arrays and consumed round-robin, so random-number generation is not measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkCalendarBenchmark {

    private static final int SAMPLES = 1 << 12;
    private static final int MASK = SAMPLES - 1;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private WorkCalendar engine;
    private NaiveWorkCalendar naive;
    private Instant[] starts;
    private Duration[] durations;
    private Instant[] ends;
    private long[] startSeconds;
    private long[] durationSeconds;
    private long[] endSeconds;
    private int cursor;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        CalendarRules rules = CalendarRules.of(BERLIN, CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00"))
                .holidays(holidays(random, 2023, 2027))
                .build());
        engine = WorkCalendar.of(rules);
        naive = new NaiveWorkCalendar(rules);

        long from = LocalDate.of(2024, 1, 1).atStartOfDay(BERLIN).toEpochSecond();
        long to = LocalDate.of(2026, 1, 1).atStartOfDay(BERLIN).toEpochSecond();
        starts = new Instant[SAMPLES];
        durations = new Duration[SAMPLES];
        ends = new Instant[SAMPLES];
        startSeconds = new long[SAMPLES];
        durationSeconds = new long[SAMPLES];
        endSeconds = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            starts[i] = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
            durations[i] = Duration.ofSeconds(3600 + random.nextInt(39 * 3600 + 1));
            ends[i] = naive.due(starts[i], durations[i]);
            if (!engine.due(starts[i], durations[i]).equals(ends[i])) {
                throw new IllegalStateException("engine and reference disagree for sample " + i);
            }
            startSeconds[i] = starts[i].getEpochSecond();
            durationSeconds[i] = durations[i].getSeconds();
            endSeconds[i] = ends[i].getEpochSecond();
            if (engine.dueEpochSecond(startSeconds[i], durationSeconds[i]) != endSeconds[i]
                    || engine.elapsedSeconds(startSeconds[i], endSeconds[i]) != durationSeconds[i]) {
                throw new IllegalStateException("epoch-second methods disagree for sample " + i);
            }
        }
    }

    /** 15 distinct weekday holidays in each year of the range. */
    private static TreeSet<LocalDate> holidays(Random random, int firstYear, int lastYear) {
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (int year = firstYear; year <= lastYear; year++) {
            int added = 0;
            while (added < 15) {
                LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(365));
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                        && holidays.add(day)) {
                    added++;
                }
            }
        }
        return holidays;
    }

    private int next() {
        return cursor++ & MASK;
    }

    @Benchmark
    public Instant engineDue() {
        int i = next();
        return engine.due(starts[i], durations[i]);
    }

    @Benchmark
    public Duration engineElapsed() {
        int i = next();
        return engine.elapsed(starts[i], ends[i]);
    }

    /**
     * Floor of what any due computation costs in this harness: reading a sample and creating
     * the resulting instant, as for a 24/7 calendar in UTC.
     */
    @Benchmark
    public Instant floorInstantPlus() {
        int i = next();
        return starts[i].plus(durations[i]);
    }

    /** {@code due} on epoch seconds: the same samples as plain {@code long}s, the result a {@code long}. */
    @Benchmark
    public long engineDueSeconds() {
        int i = next();
        return engine.dueEpochSecond(startSeconds[i], durationSeconds[i]);
    }

    @Benchmark
    public long engineElapsedSeconds() {
        int i = next();
        return engine.elapsedSeconds(startSeconds[i], endSeconds[i]);
    }

    /** The reference with the same epoch-second inputs and result as {@link #engineDueSeconds}. */
    @Benchmark
    public long naiveDueSeconds() {
        int i = next();
        return naive.dueEpochSecond(startSeconds[i], durationSeconds[i]);
    }

    @Benchmark
    public long naiveElapsedSeconds() {
        int i = next();
        return naive.elapsedSeconds(startSeconds[i], endSeconds[i]);
    }

    /** The floor of the epoch-second harness: reading a sample and adding, as for a 24/7 calendar. */
    @Benchmark
    public long floorSecondsPlus() {
        int i = next();
        return startSeconds[i] + durationSeconds[i];
    }

    @Benchmark
    public Instant naiveDue() {
        int i = next();
        return naive.due(starts[i], durations[i]);
    }

    @Benchmark
    public Duration naiveElapsed() {
        int i = next();
        return naive.elapsed(starts[i], ends[i]);
    }
}
