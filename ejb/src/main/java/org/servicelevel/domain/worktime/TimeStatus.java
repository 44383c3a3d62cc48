package org.servicelevel.domain.worktime;

/** What a calendar says about one instant: working time, or why not. */
public enum TimeStatus {

    /** Inside the working hours of the day. */
    WORKING,

    /**
     * On a day governed by regular weekly hours or an override, but outside its working ranges
     * (evenings, weekends, lunch breaks, a day off by override).
     */
    OUTSIDE_WORKING_HOURS,

    /** On an observed holiday: a holiday date without an override. */
    HOLIDAY
}
