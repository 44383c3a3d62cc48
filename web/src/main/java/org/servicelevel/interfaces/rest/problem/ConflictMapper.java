package org.servicelevel.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.model.ticket.IdempotencyKeyReusedException;

/**
 * A request that conflicts with the record's state: 409; an {@code Idempotency-Key} reused for another
 * request: 422, as the IETF draft on the header asks.
 */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException exception) {
        if (exception instanceof IdempotencyKeyReusedException) {
            return Problems.response(Problems.of(422, "Idempotency-Key reused", exception.getMessage(),
                    Problems.field("Idempotency-Key", exception.getMessage())));
        }
        return Problems.response(409, "Conflict", exception.getMessage());
    }
}
