package org.servicelevel.interfaces.rest.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A calendar in an agreement document. In format {@code servicelevel.agreement/2} it carries every
 * version ({@code versions}, in the order they take effect) and no rules of its own; in format
 * {@code /1} it is a {@link CalendarRequest} with the rules of one version.
 */
public class CalendarHistoryRequest extends CalendarRequest {

    public List<CalendarVersionRequest> versions;

    /** One version: its number, the day it takes effect, who made it and when, and its rules. */
    public static class CalendarVersionRequest {
        public Integer number;
        public String effectiveFrom;
        public Instant createdAt;
        public String createdBy;
        public String preset;
        public List<IntervalRequest> weeklyHours;
        public List<HolidayRequest> holidays;
        public List<OverrideRequest> overrides;
    }
}
