package org.servicelevel.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.servicelevel.domain.NotPermittedException;

/** Something the caller's role does not permit on this record: 403 saying why. */
@Provider
public class NotPermittedMapper implements ExceptionMapper<NotPermittedException> {

    @Override
    public Response toResponse(NotPermittedException exception) {
        return Problems.response(403, "Forbidden", exception.getMessage());
    }
}
