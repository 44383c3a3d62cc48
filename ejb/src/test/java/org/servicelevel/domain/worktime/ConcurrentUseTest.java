package org.servicelevel.domain.worktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.officeWithLunchBreak;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine shared by several threads that force it to grow in both directions at once. */
class ConcurrentUseTest {

    private static final int THREADS = 4;
    private static final int CALLS = 2_000;

    @Test
    void sharedEngineGivesTheSameAnswersAsPrivateOnes() throws Exception {
        CalendarRules rules = CalendarRules.of(BERLIN, officeWithLunchBreak()
                .holiday(LocalDate.of(2024, 12, 25))
                .override(LocalDate.of(2024, 12, 24), "09:00-12:00")
                .build());
        long from = Instant.parse("1950-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2150-01-01T00:00:00Z").getEpochSecond();
        Random random = new Random(20240601);
        Instant[] starts = new Instant[THREADS * CALLS];
        Duration[] durations = new Duration[THREADS * CALLS];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
            durations[i] = Duration.ofSeconds(random.nextInt(400 * 3600));
        }

        WorkCalendar shared = WorkCalendar.of(rules);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Instant[]>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * CALLS;
                Callable<Instant[]> task = () -> {
                    Instant[] due = new Instant[CALLS];
                    for (int i = 0; i < CALLS; i++) {
                        due[i] = shared.due(starts[offset + i], durations[offset + i]);
                        shared.elapsed(starts[offset + i], due[i]);
                    }
                    return due;
                };
                results.add(pool.submit(task));
            }
            for (int t = 0; t < THREADS; t++) {
                Instant[] due = results.get(t).get();
                WorkCalendar own = WorkCalendar.of(rules);
                for (int i = 0; i < CALLS; i++) {
                    assertEquals(own.due(starts[t * CALLS + i], durations[t * CALLS + i]), due[i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
