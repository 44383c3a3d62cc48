package org.servicelevel.domain.model.agreement;

/** What a service's volume limit counts. */
public enum VolumeUnit {
    TICKETS, HOURS, TIMES
}
