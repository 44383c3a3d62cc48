package org.servicelevel.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock every service reads "now" from, so tests and replays can reason about time. It ticks
 * in microseconds, the precision the database keeps: an instant read back equals the one written.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock systemClock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
