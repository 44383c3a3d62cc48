package org.servicelevel.domain.worktime;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The regular working hours of each day of the week, for example Monday to Friday
 * {@code 09:00-13:00, 14:00-18:00} and closed at the weekend. A day that was never given hours
 * is closed.
 */
public final class WeeklyHours {

    private static final WeeklyHours ALL_DAY_EVERY_DAY = build(DailyHours.allDay(), DayOfWeek.values());

    private final Map<DayOfWeek, DailyHours> hoursByDay;

    private WeeklyHours(Map<DayOfWeek, DailyHours> hoursByDay) {
        this.hoursByDay = hoursByDay;
    }

    /** Every day {@code 00:00-24:00}. */
    public static WeeklyHours allDayEveryDay() {
        return ALL_DAY_EVERY_DAY;
    }

    /**
     * Monday to Friday with the given ranges, closed at the weekend.
     *
     * @throws IllegalArgumentException naming the weekday and the offending range
     */
    public static WeeklyHours mondayToFriday(String... ranges) {
        Builder builder = builder();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                builder.on(day, ranges);
            }
        }
        return builder.build();
    }

    /** A week in which every day is closed. */
    public static WeeklyHours closed() {
        return builder().build();
    }

    /** Starts a week in which every day is closed until given hours. */
    public static Builder builder() {
        return new Builder();
    }

    private static WeeklyHours build(DailyHours hours, DayOfWeek... days) {
        Map<DayOfWeek, DailyHours> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            map.put(day, DailyHours.closed());
        }
        for (DayOfWeek day : days) {
            map.put(day, hours);
        }
        return new WeeklyHours(Collections.unmodifiableMap(map));
    }

    /** The working hours of the given weekday (closed if none were set). */
    public DailyHours on(DayOfWeek day) {
        return hoursByDay.get(Objects.requireNonNull(day, "day"));
    }

    /** Whether no day of the week has working time. */
    public boolean isAlwaysClosed() {
        return hoursByDay.values().stream().allMatch(DailyHours::isClosed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyHours other && hoursByDay.equals(other.hoursByDay);
    }

    @Override
    public int hashCode() {
        return hoursByDay.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(day).append(' ').append(hoursByDay.get(day));
        }
        return text.toString();
    }

    /** Collects the hours of each weekday; validation errors name the weekday. */
    public static final class Builder {

        private final Map<DayOfWeek, DailyHours> hoursByDay = new EnumMap<>(DayOfWeek.class);

        private Builder() {
        }

        /**
         * Sets the hours of one weekday from ranges such as {@code "09:00-13:00"}; no range
         * means closed. Replaces hours set earlier for that day.
         *
         * @throws IllegalArgumentException e.g. "TUESDAY: 09:00-13:00 overlaps 12:00-18:00"
         */
        public Builder on(DayOfWeek day, String... ranges) {
            Objects.requireNonNull(day, "day");
            hoursByDay.put(day, DailyHours.parseFor(day.name(), ranges));
            return this;
        }

        /** Sets the hours of one weekday. Replaces hours set earlier for that day. */
        public Builder on(DayOfWeek day, DailyHours hours) {
            hoursByDay.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(hours, "hours"));
            return this;
        }

        /** The week; days without hours are closed. */
        public WeeklyHours build() {
            Map<DayOfWeek, DailyHours> map = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                map.put(day, hoursByDay.getOrDefault(day, DailyHours.closed()));
            }
            return new WeeklyHours(Collections.unmodifiableMap(map));
        }
    }
}
