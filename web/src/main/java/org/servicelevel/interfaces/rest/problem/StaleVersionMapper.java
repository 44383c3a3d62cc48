package org.servicelevel.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.servicelevel.domain.StaleVersionException;

/** A change based on a version that is no longer current: 412, naming {@code If-Match}. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    @Override
    public Response toResponse(StaleVersionException exception) {
        return Problems.response(Problems.of(412, "Precondition failed", exception.getMessage(),
                Problems.field("If-Match", exception.getMessage())));
    }
}
