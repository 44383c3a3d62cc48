package org.servicelevel.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.Texts;

/** A date with no working time, with the name people know it by. */
@Embeddable
public class Holiday {

    /** The longest name of a holiday or a date override. */
    public static final int MAX_NAME = 200;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @Column(name = "name", length = 200)
    private String name;

    protected Holiday() {
    }

    /**
     * @throws InvalidFieldException naming {@code name} if the name is longer than
     *                               {@value #MAX_NAME} characters or holds control characters
     */
    public Holiday(LocalDate date, String name) {
        this.date = Objects.requireNonNull(date, "date");
        this.name = checkedName(name);
    }

    /** A holiday's or override's name: one line, at most {@value #MAX_NAME} characters, blank meaning none. */
    static String checkedName(String name) {
        String checked = Texts.oneLine("name", name);
        if (checked != null && checked.length() > MAX_NAME) {
            throw new InvalidFieldException("name", "A name here has at most " + MAX_NAME + " characters");
        }
        return checked;
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
