package org.servicelevel.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.servicelevel.domain.NotFoundException;

/** A record that does not exist or is not visible to the caller: 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException exception) {
        return Problems.response(404, "Not found", exception.getMessage());
    }
}
