package org.servicelevel.application.calendar;

import java.time.Instant;

/**
 * A calendar's working time changed (a new rule version or imported holidays), observed inside the
 * transaction of the change: whatever counts time on the calendar, such as the consistency reports of
 * the agreements whose services use it, is brought up to date before the change commits.
 */
public record CalendarRevised(long calendarId, Instant at) {
}
