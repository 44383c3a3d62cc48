package org.servicelevel.domain.model.agreement;

/** The period a service's volume limit applies to. */
public enum VolumePeriod {
    MONTH, QUARTER, YEAR
}
