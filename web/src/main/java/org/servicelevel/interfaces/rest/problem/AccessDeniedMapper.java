package org.servicelevel.interfaces.rest.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An application service refused the caller's role: 403, the same answer as the resource's own role
 * check, which comes first.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException exception) {
        return Problems.response(403, "Forbidden", WebApplicationExceptionMapper.FORBIDDEN);
    }
}
