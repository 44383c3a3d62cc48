package org.servicelevel.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.servicelevel.domain.InvalidInputException;

/** Invalid input: 400 listing each wrong field by its path in the request. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
        return Problems.response(Problems.invalid(exception));
    }
}
