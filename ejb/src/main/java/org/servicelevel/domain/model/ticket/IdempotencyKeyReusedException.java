package org.servicelevel.domain.model.ticket;

import org.servicelevel.domain.ConflictException;

/**
 * An {@code Idempotency-Key} already used for another request by the same caller: a conflict that
 * HTTP answers with 422, as the IETF draft on the header asks.
 */
public final class IdempotencyKeyReusedException extends ConflictException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new"
                + " ticket, or resend the original request unchanged to get its ticket");
    }
}
