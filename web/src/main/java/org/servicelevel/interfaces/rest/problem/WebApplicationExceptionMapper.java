package org.servicelevel.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** HTTP errors raised by JAX-RS itself or by resources (404, 405, 403, 415, ...) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (Problems.MEDIA_TYPE.equals(String.valueOf(original.getMediaType()))) {
            return original;
        }
        Response.StatusType statusInfo = original.getStatusInfo();
        String detail = switch (status) {
            case 403 -> "Your role does not allow this operation.";
            case 404 -> "Nothing exists at this address. Check the path and the id.";
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "The server cannot answer in the media type you asked for; ask for application/json.";
            case 415 -> "Send the request body as application/json.";
            default -> exception.getMessage();
        };
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(status, statusInfo.getReasonPhrase(), detail));
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
