package org.servicelevel.application.calendar;

import java.time.LocalDate;
import org.servicelevel.domain.model.calendar.CalendarDefinition;

/**
 * A new calendar or a revision of one. {@code effectiveFrom} {@code null} means today in the
 * calendar's zone; {@code timeZone} is ignored on revisions (a calendar's zone never changes).
 */
public record CalendarChange(String name, String timeZone, String description, CalendarDefinition rules,
                             LocalDate effectiveFrom) {
}
