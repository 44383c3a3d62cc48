package org.servicelevel.domain.model.agreement;

/** How an escalation step's offset or repetition interval is counted. */
public enum TimeBasis {
    /** Working time of the ticket's service calendar: one working day before a Monday-noon deadline is Friday noon. */
    WORKING,
    /** Elapsed time on the wall clock, nights and holidays included. */
    REAL
}
