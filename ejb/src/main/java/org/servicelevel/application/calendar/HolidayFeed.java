package org.servicelevel.application.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.servicelevel.domain.model.calendar.Holiday;

/**
 * Reads holidays from and writes them to holiday files; implemented in {@code infrastructure.ical}
 * for iCalendar (RFC 5545).
 */
public interface HolidayFeed {

    /**
     * The holidays a file holds on or after {@code from} and before {@code until}, one per date, in
     * date order; recurring events are expanded over those years.
     *
     * @throws org.servicelevel.domain.InvalidFieldException naming {@code ics} if the file cannot be used
     */
    List<Holiday> read(String ics, LocalDate from, LocalDate until);

    /** A file with one all-day event per holiday. */
    String write(String calendarName, List<Holiday> holidays, Instant now);
}
