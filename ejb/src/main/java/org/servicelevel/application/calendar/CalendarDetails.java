package org.servicelevel.application.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.servicelevel.domain.model.calendar.CalendarDefinition;

/** A calendar as read: identity, concurrency version, zone and every rule version in date order. */
public record CalendarDetails(long id, long version, String name, String timeZone, String description,
                              List<Version> versions) {

    /** One effective-dated rule version; {@code inForce} marks the one governing today. */
    public record Version(int number, LocalDate effectiveFrom, Instant createdAt, String createdBy,
                          boolean inForce, CalendarDefinition rules) {
    }

    public Version inForce() {
        return versions.stream().filter(Version::inForce).findFirst().orElse(versions.get(0));
    }
}
