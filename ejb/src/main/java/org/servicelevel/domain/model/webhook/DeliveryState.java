package org.servicelevel.domain.model.webhook;

/**
 * Where a delivery stands: waiting for its first attempt ({@code PENDING}), delivered (a 2xx answer),
 * failed and waiting for its next attempt ({@code FAILED}), or given up after the last attempt
 * ({@code DEAD}, the dead letter).
 */
public enum DeliveryState {
    PENDING, DELIVERED, FAILED, DEAD;

    /** Whether attempts are still to come. */
    public boolean queued() {
        return this == PENDING || this == FAILED;
    }
}
