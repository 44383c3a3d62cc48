package org.servicelevel.application.calendar;

import java.util.List;
import org.servicelevel.domain.model.calendar.BusinessCalendar;

/**
 * A calendar with every version, as an agreement document carries it: the versions in the order
 * they take effect, each with its number, day, rules and (if known) provenance.
 */
public record CalendarHistory(String name, String timeZone, String description,
                              List<BusinessCalendar.PastVersion> versions) {

    public CalendarHistory {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }
}
