package org.servicelevel.domain.model.agreement;

/**
 * Where an agreement stands in its life: {@link #DRAFT} (being prepared, not monitored),
 * {@link #ACTIVE} (in force, tickets are monitored), {@link #UNDER_REVIEW} (in force while the parties
 * review it) and {@link #TERMINATED} (ended on its termination date; no monitoring after it).
 */
public enum AgreementStatus {
    DRAFT, ACTIVE, UNDER_REVIEW, TERMINATED;

    /** Whether agreements in this status are in force (subject to their dates). */
    public boolean inForce() {
        return this == ACTIVE || this == UNDER_REVIEW || this == TERMINATED;
    }
}
