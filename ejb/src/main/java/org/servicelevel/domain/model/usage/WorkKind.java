package org.servicelevel.domain.model.usage;

/** What a work record counts for the month's invoice. */
public enum WorkKind {
    /** Development hours of the month, measured against the hours the agreement plans. */
    DEVELOPMENT_HOURS,
    /** A day on which the customer ordered support of a service outside its service hours. */
    WEEKEND_HOLIDAY_DAY
}
