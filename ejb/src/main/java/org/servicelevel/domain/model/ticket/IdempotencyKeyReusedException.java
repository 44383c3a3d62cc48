package org.servicelevel.domain.model.ticket;

/** An {@code Idempotency-Key} already used for another request by the same caller. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new"
                + " ticket, or resend the original request unchanged to get its ticket");
    }
}
