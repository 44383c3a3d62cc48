package org.servicelevel.infrastructure.ical;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.servicelevel.application.calendar.HolidayFeed;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.calendar.Holiday;

/**
 * Reads holidays from and writes them to iCalendar (RFC 5545) files with ical4j. Every day an event
 * covers becomes a holiday named after the event's summary; yearly and other recurring events are
 * expanded over the years asked for.
 */
@ApplicationScoped
public class IcalendarHolidays implements HolidayFeed {

    private static final String PRODUCT_ID = "-//ServiceLevel//Business calendar holidays//EN";
    private static final String FIELD = "ics";
    private static final long MAX_OCCURRENCES = 20_000;
    private static final int MAX_EVENT_DAYS = 366;
    private static final Pattern DATE_LINE = Pattern.compile("(?im)^(DTSTART|DTEND)[^:\\r\\n]*:(\\d{8})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * The holidays on or after {@code from} and before {@code until}, one per date, in date order.
     * A holiday is a day, so a recurrence must repeat by days or longer: a rule that repeats hourly, by
     * the minute or second, or picks hours, minutes or seconds is refused, as is a file whose events
     * cover more than {@value #MAX_OCCURRENCES} days in the years imported.
     */
    @Override
    public List<Holiday> read(String ics, LocalDate from, LocalDate until) {
        if (ics == null || ics.isBlank()) {
            throw new InvalidFieldException(FIELD, "The iCalendar file is empty");
        }
        requireRealDays(ics);
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (ParserException e) {
            throw new InvalidFieldException(FIELD, "This is not a readable iCalendar file (line " + e.getLineNo() + ")");
        } catch (IOException | RuntimeException e) {
            throw new InvalidFieldException(FIELD, "This is not a readable iCalendar file");
        }
        TreeMap<LocalDate, String> byDate = new TreeMap<>();
        long occurrences = 0;
        for (Object component : calendar.getComponents()) {
            if (component instanceof VEvent event) {
                occurrences += collect(event, from, until, byDate);
                if (occurrences > MAX_OCCURRENCES) {
                    throw new InvalidFieldException(FIELD, "The file's events cover more than " + MAX_OCCURRENCES
                            + " days in the years imported; a holiday calendar has far fewer");
                }
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        byDate.forEach((date, name) -> {
            try {
                holidays.add(new Holiday(date, name));
            } catch (InvalidInputException e) {
                throw new InvalidFieldException(FIELD, "The name (SUMMARY) of the event on " + date + ": "
                        + e.errors().get(0).getMessage());
            }
        });
        return holidays;
    }

    /** Adds the days the event covers to {@code byDate}; answers how many days of occurrences it had. */
    private static long collect(VEvent event, LocalDate from, LocalDate until, TreeMap<LocalDate, String> byDate) {
        DtStart<Temporal> start = event.getDateTimeStart();
        LocalDate first = start == null ? null : dateOf(start);
        if (first == null) {
            throw new InvalidFieldException(FIELD, "An event has no start date (DTSTART)");
        }
        DtEnd<Temporal> end = event.getDateTimeEnd();
        LocalDate last = end == null ? null : dateOf(end);
        long days = last == null ? 1 : Math.max(1, ChronoUnit.DAYS.between(first, last));
        if (days > MAX_EVENT_DAYS) {
            throw new InvalidFieldException(FIELD, "An event lasts " + days + " days; a holiday event lasts at most "
                    + MAX_EVENT_DAYS + " days");
        }
        Summary summary = event.getSummary();
        String name = summary == null ? null : summary.getValue();

        List<LocalDate> starts = new ArrayList<>();
        Optional<RRule<Temporal>> rule = event.getProperty(Property.RRULE);
        if (rule.isPresent()) {
            requireDailyOrLonger(rule.get().getRecur());
            Set<Period<Temporal>> occurrences;
            try {
                occurrences = event.calculateRecurrenceSet(period(start.getDate(), from.minusDays(days), until));
            } catch (RuntimeException e) {
                throw new InvalidFieldException(FIELD, "The recurrence of event '" + name + "' cannot be expanded");
            }
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
        return starts.size() * days;
    }

    /** The day of a DTSTART or DTEND ({@code null} without a value); a time zone (TZID) nobody knows is refused. */
    private static LocalDate dateOf(DateProperty<Temporal> property) {
        Temporal value;
        try {
            value = property.getDate();
        } catch (DateTimeException e) {
            throw new InvalidFieldException(FIELD, "The " + property.getName() + " of an event is no date or date-time"
                    + " in a known time zone (TZID)");
        }
        if (value == null) {
            return null;
        }
        return toDate(value);
    }

    /**
     * Every DTSTART and DTEND names a day that exists: the reader would take {@code 20270230} for
     * 28 February and move the holiday.
     */
    private static void requireRealDays(String ics) {
        Matcher line = DATE_LINE.matcher(ics);
        while (line.find()) {
            try {
                LocalDate.parse(line.group(2), DAY);
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException(FIELD, line.group(1).toUpperCase(Locale.ROOT) + " " + line.group(2)
                        + " is not a day of the calendar");
            }
        }
    }

    private static void requireDailyOrLonger(Recur<?> recur) {
        Frequency frequency = recur.getFrequency();
        if (frequency == Frequency.HOURLY || frequency == Frequency.MINUTELY || frequency == Frequency.SECONDLY) {
            throw new InvalidFieldException(FIELD, "A recurrence FREQ=" + frequency + " repeats within a day; holidays"
                    + " repeat DAILY, WEEKLY, MONTHLY or YEARLY");
        }
        if (!recur.getHourList().isEmpty() || !recur.getMinuteList().isEmpty() || !recur.getSecondList().isEmpty()) {
            throw new InvalidFieldException(FIELD, "A recurrence picks hours, minutes or seconds (BYHOUR, BYMINUTE,"
                    + " BYSECOND); holidays are whole days");
        }
    }

    /** The days from {@code from} until {@code until}, as the kind of date or date-time the event starts with. */
    private static Period<Temporal> period(Temporal sample, LocalDate from, LocalDate until) {
        Temporal start;
        Temporal end;
        if (sample instanceof ZonedDateTime zoned) {
            start = from.atStartOfDay(zoned.getZone());
            end = until.atStartOfDay(zoned.getZone());
        } else if (sample instanceof java.time.OffsetDateTime offset) {
            start = from.atStartOfDay().atOffset(offset.getOffset());
            end = until.atStartOfDay().atOffset(offset.getOffset());
        } else if (sample instanceof java.time.LocalDateTime) {
            start = from.atStartOfDay();
            end = until.atStartOfDay();
        } else if (sample instanceof Instant) {
            start = from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            end = until.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } else {
            start = from;
            end = until;
        }
        return new Period<>(start, end);
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
        throw new InvalidFieldException(FIELD, "An event has a date this reader does not know: " + temporal);
    }

    /** An iCalendar file with one all-day event per holiday. */
    @Override
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
