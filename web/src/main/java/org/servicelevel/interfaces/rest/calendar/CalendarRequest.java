package org.servicelevel.interfaces.rest.calendar;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * A calendar as sent by a client, for create and update. Dates are ISO-8601 ({@code 2026-12-24}),
 * times {@code HH:mm} with {@code 24:00} allowed as an end, weekdays {@code MONDAY}..{@code SUNDAY}.
 * {@code preset} {@code "24/7"} stands for every day 00:00–24:00. {@code effectiveFrom} (default:
 * today in the calendar's zone) is the date from which these rules apply.
 */
public class CalendarRequest {

    @Schema(required = true)
    public String name;
    public String timeZone;
    @MultiLine
    public String description;
    public String preset;
    public String effectiveFrom;
    public List<IntervalRequest> weeklyHours;
    public List<HolidayRequest> holidays;
    public List<OverrideRequest> overrides;

    /** Working time on a weekday. */
    public static class IntervalRequest {
        public String day;
        public String from;
        public String to;
    }

    /** A date with no working time. */
    public static class HolidayRequest {
        public String date;
        public String name;
    }

    /** A date whose hours replace the weekly hours; no hours make it a day off. */
    public static class OverrideRequest {
        public String date;
        public String name;
        public List<TimeRangeRequest> hours;
    }

    /** One interval of an override day. */
    public static class TimeRangeRequest {
        public String from;
        public String to;
    }
}
