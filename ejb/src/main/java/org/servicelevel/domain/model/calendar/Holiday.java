package org.servicelevel.domain.model.calendar;

import static org.servicelevel.domain.Texts.strippedOrNull;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A date with no working time, with the name people know it by. */
@Embeddable
public class Holiday {

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @Column(name = "name", length = 200)
    private String name;

    protected Holiday() {
    }

    public Holiday(LocalDate date, String name) {
        this.date = Objects.requireNonNull(date, "date");
        this.name = strippedOrNull(name);
    }

    public LocalDate date() {
        return date;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Holiday other && date.equals(other.date) && Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, name);
    }
}
