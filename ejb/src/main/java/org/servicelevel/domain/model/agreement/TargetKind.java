package org.servicelevel.domain.model.agreement;

/** The two time targets of a priority: until the first response, and until resolution. */
public enum TargetKind {
    RESPONSE, RESOLUTION
}
