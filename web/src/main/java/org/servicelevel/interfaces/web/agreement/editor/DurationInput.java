package org.servicelevel.interfaces.web.agreement.editor;

import java.io.Serializable;
import java.time.Duration;

/**
 * A working time as people type it: whole hours and minutes in two number inputs. Both empty means
 * no value (e.g. a priority without a response target); one of them empty counts as 0.
 */
public class DurationInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer hours;
    private Integer minutes;

    public DurationInput() {
    }

    /** The input showing {@code duration} (seconds are dropped: targets are agreed in minutes). */
    public static DurationInput of(Duration duration) {
        DurationInput input = new DurationInput();
        if (duration != null) {
            long totalMinutes = duration.toMinutes();
            input.hours = Math.toIntExact(totalMinutes / 60);
            input.minutes = Math.toIntExact(totalMinutes % 60);
        }
        return input;
    }

    /** The duration typed, or {@code null} when both inputs are empty. */
    public Duration toDuration() {
        if (hours == null && minutes == null) {
            return null;
        }
        return Duration.ofHours(hours == null ? 0 : hours).plusMinutes(minutes == null ? 0 : minutes);
    }

    public boolean isEmpty() {
        return hours == null && minutes == null;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
