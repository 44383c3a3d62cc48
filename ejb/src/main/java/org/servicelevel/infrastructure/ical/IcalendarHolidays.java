package org.servicelevel.infrastructure.ical;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.calendar.Holiday;

/**
 * Reads holidays from and writes them to iCalendar (RFC 5545) files with ical4j. Every day an event
 * covers becomes a holiday named after the event's summary; yearly and other recurring events are
 * expanded over the years asked for.
 */
@ApplicationScoped
public class IcalendarHolidays {

    private static final String PRODUCT_ID = "-//ServiceLevel//Business calendar holidays//EN";

    /** The holidays on or after {@code from} and before {@code until}, one per date, in date order. */
    public List<Holiday> read(String ics, LocalDate from, LocalDate until) {
        if (ics == null || ics.isBlank()) {
            throw new InvalidFieldException("ics", "The iCalendar file is empty");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (ParserException | IOException | RuntimeException e) {
            throw new InvalidFieldException("ics", "This is not a readable iCalendar file: " + e.getMessage());
        }
        TreeMap<LocalDate, String> byDate = new TreeMap<>();
        for (Object component : calendar.getComponents()) {
            if (component instanceof VEvent event) {
                collect(event, from, until, byDate);
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        byDate.forEach((date, name) -> holidays.add(new Holiday(date, name)));
        return holidays;
    }

    private static void collect(VEvent event, LocalDate from, LocalDate until, TreeMap<LocalDate, String> byDate) {
        DtStart<Temporal> start = event.getDateTimeStart();
        if (start == null || start.getDate() == null) {
            throw new InvalidFieldException("ics", "An event has no start date (DTSTART)");
        }
        LocalDate first = toDate(start.getDate());
        DtEnd<Temporal> end = event.getDateTimeEnd();
        long days = end == null || end.getDate() == null ? 1
                : Math.max(1, ChronoUnit.DAYS.between(first, toDate(end.getDate())));
        Summary summary = event.getSummary();
        String name = summary == null ? null : summary.getValue();

        List<LocalDate> starts = new ArrayList<>();
        if (event.getProperty(Property.RRULE).isPresent()) {
            Set<Period<Temporal>> occurrences = event.calculateRecurrenceSet(
                    new Period<>(from.minusDays(days), until));
            occurrences.forEach(p -> starts.add(toDate(p.getStart())));
        } else {
            starts.add(first);
        }
        for (LocalDate occurrence : starts) {
            for (long i = 0; i < days; i++) {
                LocalDate date = occurrence.plusDays(i);
                if (!date.isBefore(from) && date.isBefore(until)) {
                    byDate.putIfAbsent(date, name);
                }
            }
        }
    }

    private static LocalDate toDate(Temporal temporal) {
        if (temporal instanceof LocalDate date) {
            return date;
        }
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.toLocalDate();
        }
        if (temporal instanceof java.time.OffsetDateTime offset) {
            return offset.toLocalDate();
        }
        if (temporal instanceof java.time.LocalDateTime local) {
            return local.toLocalDate();
        }
        if (temporal instanceof Instant instant) {
            return LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC);
        }
        throw new InvalidFieldException("ics", "Unsupported date in the iCalendar file: " + temporal);
    }

    /** An iCalendar file with one all-day event per holiday. */
    public String write(String calendarName, List<Holiday> holidays, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", calendarName));
        for (Holiday holiday : holidays) {
            VEvent event = new VEvent();
            event.add(new Uid(holiday.date() + "-" + Integer.toHexString(calendarName.hashCode()) + "@servicelevel"));
            event.add(new DtStart<>(holiday.date()));
            event.add(new DtEnd<>(holiday.date().plusDays(1)));
            event.add(new Summary(holiday.name() == null ? "Holiday" : holiday.name()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the iCalendar file", e);
        }
        return out.toString();
    }
}
