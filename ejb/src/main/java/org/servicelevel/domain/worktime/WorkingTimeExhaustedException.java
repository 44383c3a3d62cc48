package org.servicelevel.domain.worktime;

/**
 * Thrown when a due date cannot exist because the calendar has no working time at all after
 * some day (its latest version has no weekly hours and no later override).
 */
public class WorkingTimeExhaustedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public WorkingTimeExhaustedException(String message) {
        super(message);
    }
}
