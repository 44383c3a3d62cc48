package org.servicelevel.domain.clock;

/**
 * What a ticket status means for the SLA: new, being worked on, waiting on the customer or a third
 * party, resolved, closed or cancelled. Statuses are configurable; their categories are fixed.
 */
public enum StatusCategory {
    NEW, IN_PROGRESS, WAITING_ON_CUSTOMER, WAITING_ON_THIRD_PARTY, RESOLVED, CLOSED, CANCELLED;

    /** Whether a ticket in this category is still to be resolved. */
    public boolean open() {
        return this != RESOLVED && this != CLOSED && this != CANCELLED;
    }

    /** Whether a ticket in this category waits on someone outside the provider. */
    public boolean waiting() {
        return this == WAITING_ON_CUSTOMER || this == WAITING_ON_THIRD_PARTY;
    }
}
