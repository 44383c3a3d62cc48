package org.servicelevel.application.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The answer of a working-time computation: for a due date the instant, for an elapsed computation
 * the duration; with the zone and the numbers of the calendar versions the computation used.
 */
public record WorkingTimeResult(Instant instant, Duration duration, ZoneId zone, List<Integer> calendarVersions) {
}
