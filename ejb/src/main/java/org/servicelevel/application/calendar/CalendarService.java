package org.servicelevel.application.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.domain.model.calendar.Holiday;

/**
 * Business calendars: their effective-dated rules, holiday files, and the working-time arithmetic
 * every SLA clock uses. Unknown ids fail with {@link org.servicelevel.domain.NotFoundException}, broken rules
 * with {@link org.servicelevel.domain.InvalidFieldException}, edits based on an old version with
 * {@link org.servicelevel.domain.StaleVersionException}.
 */
public interface CalendarService {

    List<CalendarDetails> list();

    CalendarDetails find(long id);

    CalendarDetails create(CalendarChange change);

    /**
     * Creates a calendar with the versions of another installation, past ones included (see
     * {@link org.servicelevel.domain.model.calendar.BusinessCalendar#imported}); the name must be free.
     */
    CalendarDetails importCalendar(CalendarHistory history);

    /** Adds (or replaces a not yet started) rule version; name and description change at once. */
    CalendarDetails revise(long id, long expectedVersion, CalendarChange change);

    void delete(long id, long expectedVersion);

    CalendarDetails copy(long id, String newName);

    /**
     * Adds the holidays of an iCalendar file to the rules in force on {@code effectiveFrom}, as a new
     * version from that date; recurring events are expanded for ten years from it.
     */
    CalendarDetails importHolidays(long id, long expectedVersion, String ics, LocalDate effectiveFrom);

    /**
     * The holidays an iCalendar file holds on or after {@code from}, recurring events expanded for ten
     * years, without changing any calendar: for an editor that adds them to rules not yet saved.
     *
     * @throws org.servicelevel.domain.InvalidFieldException naming {@code ics} if the file cannot be used
     *                                                       or has no event on or after {@code from}
     */
    List<Holiday> holidaysInFile(String ics, LocalDate from);

    /** The holidays of the version numbered {@code versionNumber} (the one in force if null) as iCalendar. */
    String exportHolidays(long id, Integer versionNumber);

    WorkingTimeResult due(long id, Instant start, Duration workingDuration);

    WorkingTimeResult elapsed(long id, Instant start, Instant end);

    List<AuditRecord> audit(long id);
}
