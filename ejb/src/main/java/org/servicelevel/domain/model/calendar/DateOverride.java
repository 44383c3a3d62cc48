package org.servicelevel.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One interval of a date whose hours replace the weekly hours (a transferred working Saturday, a
 * shortened day before a holiday). An override without minutes makes the whole date a day off.
 */
@Embeddable
public class DateOverride {

    @Column(name = "override_date", nullable = false)
    private LocalDate date;

    @Column(name = "open_minute")
    private Integer openMinute;

    @Column(name = "close_minute")
    private Integer closeMinute;

    @Column(name = "name", length = 200)
    private String name;

    protected DateOverride() {
    }

    private DateOverride(LocalDate date, Integer openMinute, Integer closeMinute, String name) {
        this.date = Objects.requireNonNull(date, "date");
        this.openMinute = openMinute;
        this.closeMinute = closeMinute;
        this.name = Holiday.checkedName(name);
    }

    /** @throws org.servicelevel.domain.InvalidFieldException naming {@code name} as {@link Holiday} does */
    public static DateOverride working(LocalDate date, int openMinute, int closeMinute, String name) {
        return new DateOverride(date, openMinute, closeMinute, name);
    }

    public static DateOverride dayOff(LocalDate date, String name) {
        return new DateOverride(date, null, null, name);
    }

    public LocalDate date() {
        return date;
    }

    public boolean isDayOff() {
        return openMinute == null;
    }

    public Integer openMinute() {
        return openMinute;
    }

    public Integer closeMinute() {
        return closeMinute;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateOverride other && date.equals(other.date) && Objects.equals(openMinute, other.openMinute)
                && Objects.equals(closeMinute, other.closeMinute) && Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, openMinute, closeMinute, name);
    }
}
