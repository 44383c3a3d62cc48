package org.servicelevel.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.util.Objects;

/** Working time on one weekday, {@code [open, close)} in minutes of the day (1440 = 24:00). */
@Embeddable
public class WeeklyInterval {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "open_minute", nullable = false)
    private int openMinute;

    @Column(name = "close_minute", nullable = false)
    private int closeMinute;

    protected WeeklyInterval() {
    }

    public WeeklyInterval(DayOfWeek day, int openMinute, int closeMinute) {
        this.day = Objects.requireNonNull(day, "day");
        this.openMinute = openMinute;
        this.closeMinute = closeMinute;
    }

    public DayOfWeek day() {
        return day;
    }

    public int openMinute() {
        return openMinute;
    }

    public int closeMinute() {
        return closeMinute;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyInterval other && day == other.day && openMinute == other.openMinute
                && closeMinute == other.closeMinute;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, openMinute, closeMinute);
    }
}
