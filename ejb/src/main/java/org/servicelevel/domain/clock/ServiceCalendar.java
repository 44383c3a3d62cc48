package org.servicelevel.domain.clock;

import java.time.LocalDate;
import org.servicelevel.domain.worktime.WorkCalendar;

/** The calendar of a service's hours as a clock needs it: the engine, and the number of its rule version on a day. */
public interface ServiceCalendar {

    long id();

    String name();

    WorkCalendar engine();

    /** The number of the calendar's rule version governing {@code date}. */
    int versionOn(LocalDate date);
}
