package org.servicelevel.interfaces.rest.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicelevel.application.calendar.CalendarChange;
import org.servicelevel.application.calendar.CalendarHistory;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.SupportedTime;
import org.servicelevel.domain.model.calendar.BusinessCalendar;
import org.servicelevel.domain.model.calendar.CalendarDefinition;
import org.servicelevel.domain.model.calendar.DateOverride;
import org.servicelevel.domain.model.calendar.Holiday;
import org.servicelevel.domain.model.calendar.WeeklyInterval;

/**
 * Reads a {@link CalendarRequest} into a {@link CalendarChange}, collecting every unreadable field
 * (with its path, e.g. {@code weeklyHours[2].to}) before failing, so one answer lists all mistakes.
 * Rules between fields (overlaps, empty ranges) are checked by the calendar itself.
 */
public final class CalendarRequestReader {

    static final String PRESET_24_7 = "24/7";
    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})");

    private final List<InvalidFieldException> errors = new ArrayList<>();

    public static CalendarChange read(CalendarRequest request) {
        if (request == null) {
            throw new InvalidFieldException("body", "Send the calendar as a JSON body");
        }
        return new CalendarRequestReader().toChange(request);
    }

    /**
     * Reads a calendar of an agreement document of format 2, with every version; errors name fields
     * from the calendar, e.g. {@code versions[1].weeklyHours[0].to}.
     */
    public static CalendarHistory readHistory(CalendarHistoryRequest request) {
        if (request == null) {
            throw new InvalidFieldException("body", "Give the calendar: name, timeZone and versions");
        }
        CalendarRequestReader reader = new CalendarRequestReader();
        reader.nameAndZone(request);
        if (request.preset != null || request.weeklyHours != null || request.holidays != null
                || request.overrides != null || request.effectiveFrom != null) {
            reader.errors.add(new InvalidFieldException("weeklyHours", "In a document of format 2 a calendar's rules"
                    + " are given per version, in versions"));
        }
        List<BusinessCalendar.PastVersion> versions = new ArrayList<>();
        if (request.versions == null || request.versions.isEmpty()) {
            reader.errors.add(new InvalidFieldException("versions", "Give the calendar's versions"));
        } else {
            for (int i = 0; i < request.versions.size(); i++) {
                CalendarHistoryRequest.CalendarVersionRequest v = request.versions.get(i);
                String path = "versions[" + i + "]";
                if (v == null) {
                    reader.errors.add(new InvalidFieldException(path, "A version needs effectiveFrom and weeklyHours"));
                    continue;
                }
                CalendarRequestReader one = new CalendarRequestReader();
                CalendarDefinition rules = one.rules(v.preset, v.weeklyHours, v.holidays, v.overrides);
                LocalDate from = one.date("effectiveFrom", v.effectiveFrom);
                one.errors.forEach(e -> reader.errors.add(new InvalidFieldException(path + "." + e.field(),
                        e.getMessage())));
                versions.add(new BusinessCalendar.PastVersion(v.number, from, rules, v.createdAt, v.createdBy));
            }
        }
        if (!reader.errors.isEmpty()) {
            throw new InvalidInputException(reader.errors);
        }
        return new CalendarHistory(request.name, request.timeZone, request.description, versions);
    }

    private void nameAndZone(CalendarRequest request) {
        if (request.name == null || request.name.isBlank()) {
            errors.add(new InvalidFieldException("name", "A calendar needs a name"));
        }
        if (request.timeZone != null) {
            try {
                BusinessCalendar.zoneOf(request.timeZone);
            } catch (InvalidFieldException e) {
                errors.add(new InvalidFieldException(e.field(), e.getMessage()));
            }
        }
    }

    private CalendarChange toChange(CalendarRequest request) {
        nameAndZone(request);
        CalendarDefinition rules = rules(request.preset, request.weeklyHours, request.holidays, request.overrides);
        LocalDate effectiveFrom = request.effectiveFrom == null || request.effectiveFrom.isBlank() ? null
                : date("effectiveFrom", request.effectiveFrom);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CalendarChange(request.name, request.timeZone, request.description, rules, effectiveFrom);
    }

    private CalendarDefinition rules(String preset, List<CalendarRequest.IntervalRequest> weeklyHours,
                                     List<CalendarRequest.HolidayRequest> holidayRequests,
                                     List<CalendarRequest.OverrideRequest> overrideRequests) {
        List<WeeklyInterval> weekly = new ArrayList<>();
        if (preset != null && !preset.isBlank()) {
            if (!PRESET_24_7.equals(preset.strip())) {
                errors.add(new InvalidFieldException("preset", "The only preset is \"24/7\" (every day 00:00-24:00)"));
            } else if (weeklyHours != null && !weeklyHours.isEmpty()) {
                errors.add(new InvalidFieldException("weeklyHours", "Give either the 24/7 preset or weekly hours, not both"));
            } else {
                weekly.addAll(CalendarDefinition.twentyFourSeven().weeklyHours());
            }
        } else if (weeklyHours == null) {
            errors.add(new InvalidFieldException("weeklyHours", "Give the working hours per weekday, or \"preset\": \"24/7\""));
        } else {
            for (int i = 0; i < weeklyHours.size(); i++) {
                CalendarRequest.IntervalRequest interval = weeklyHours.get(i);
                String path = "weeklyHours[" + i + "]";
                if (interval == null) {
                    errors.add(new InvalidFieldException(path, "An interval needs day, from and to"));
                    continue;
                }
                DayOfWeek day = day(path + ".day", interval.day);
                Integer from = minute(path + ".from", interval.from, false);
                Integer to = minute(path + ".to", interval.to, true);
                if (day != null && from != null && to != null) {
                    weekly.add(new WeeklyInterval(day, from, to));
                }
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        if (holidayRequests != null) {
            for (int i = 0; i < holidayRequests.size(); i++) {
                CalendarRequest.HolidayRequest holiday = holidayRequests.get(i);
                String path = "holidays[" + i + "]";
                LocalDate date = holiday == null ? missing(path + ".date") : date(path + ".date", holiday.date);
                if (date != null) {
                    named(path, () -> holidays.add(new Holiday(date, holiday.name)));
                }
            }
        }
        List<DateOverride> overrides = new ArrayList<>();
        if (overrideRequests != null) {
            for (int i = 0; i < overrideRequests.size(); i++) {
                CalendarRequest.OverrideRequest override = overrideRequests.get(i);
                String path = "overrides[" + i + "]";
                LocalDate date = override == null ? missing(path + ".date") : date(path + ".date", override.date);
                if (date == null) {
                    continue;
                }
                if (override.hours == null || override.hours.isEmpty()) {
                    named(path, () -> overrides.add(DateOverride.dayOff(date, override.name)));
                    continue;
                }
                for (int j = 0; j < override.hours.size(); j++) {
                    CalendarRequest.TimeRangeRequest range = override.hours.get(j);
                    String rangePath = path + ".hours[" + j + "]";
                    Integer from = range == null ? null : minute(rangePath + ".from", range.from, false);
                    Integer to = range == null ? null : minute(rangePath + ".to", range.to, true);
                    if (from != null && to != null) {
                        named(path, () -> overrides.add(DateOverride.working(date, from, to, override.name)));
                    }
                }
            }
        }
        return new CalendarDefinition(weekly, holidays, overrides);
    }

    /** Runs {@code add}; a refused name is recorded under {@code path}, once per holiday or override. */
    private void named(String path, Runnable add) {
        try {
            add.run();
        } catch (InvalidInputException e) {
            e.prefixed(path + ".").errors().stream()
                    .filter(error -> errors.stream().noneMatch(known -> known.field().equals(error.field())))
                    .forEach(errors::add);
        }
    }

    private DayOfWeek day(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new InvalidFieldException(field, "Give a weekday: MONDAY to SUNDAY"));
            return null;
        }
        try {
            return DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidFieldException(field, "'" + value + "' is not a weekday: use MONDAY to SUNDAY"));
            return null;
        }
    }

    private Integer minute(String field, String value, boolean endOfDayAllowed) {
        Matcher m = value == null ? null : TIME.matcher(value.strip());
        if (m == null || !m.matches()) {
            errors.add(new InvalidFieldException(field, "'" + value + "' is not a time: use HH:mm, e.g. 09:00"
                    + (endOfDayAllowed ? " (24:00 for the end of the day)" : "")));
            return null;
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        boolean endOfDay = hours == 24 && minutes == 0;
        if (minutes > 59 || hours > 24 || hours == 24 && !endOfDay || endOfDay && !endOfDayAllowed) {
            errors.add(new InvalidFieldException(field, "'" + value + "' is not a time of day: use 00:00 to 23:59"
                    + (endOfDayAllowed ? ", or 24:00 for the end of the day" : "")));
            return null;
        }
        return hours * 60 + minutes;
    }

    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return missing(field);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidFieldException(field, "'" + value + "' is not a date: use YYYY-MM-DD, e.g. 2026-12-24"));
            return null;
        }
        String problem = SupportedTime.problem(date);
        if (problem != null) {
            errors.add(new InvalidFieldException(field, problem));
            return null;
        }
        return date;
    }

    private LocalDate missing(String field) {
        errors.add(new InvalidFieldException(field, "Give a date as YYYY-MM-DD"));
        return null;
    }
}
