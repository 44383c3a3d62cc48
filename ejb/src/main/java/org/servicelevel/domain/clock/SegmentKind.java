package org.servicelevel.domain.clock;

/**
 * What a stretch of a clock's timeline was: counted working time ({@link #RUNNING}); time the clock
 * stood still because the ticket waited ({@link #PAUSED}, with the status as the reason); time outside
 * the service hours, on a holiday, or on a day the calendar gives off by a date override while the
 * clock would have run; or time after the clock stopped ({@link #STOPPED}).
 */
public enum SegmentKind {
    RUNNING, PAUSED, OUTSIDE_SERVICE_HOURS, HOLIDAY, DAY_OFF, STOPPED
}
