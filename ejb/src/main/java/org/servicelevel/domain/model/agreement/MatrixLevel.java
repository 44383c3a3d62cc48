package org.servicelevel.domain.model.agreement;

/**
 * A level of impact (how much of the business a ticket affects) or of urgency (how soon it hurts),
 * the two axes of an agreement's {@link PriorityMatrixCell priority matrix} in the ITIL convention.
 */
public enum MatrixLevel {
    HIGH, MEDIUM, LOW
}
