package org.servicelevel.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * HTTP errors raised by JAX-RS itself or by resources (403, 404, 405, 406, 415, ...) as problem
 * details; an answer that already is a problem document passes unchanged. Messages are the product's
 * own, never the runtime's.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    static final String FORBIDDEN = "Your role does not allow this operation.";

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (Problems.MEDIA_TYPE.equals(String.valueOf(original.getMediaType()))) {
            return original;
        }
        int status = original.getStatus();
        ProblemDetail problem = switch (status) {
            case 400 -> Problems.of(400, "Invalid request", "The request could not be read.",
                    Problems.field("body", "The request could not be read; check the body against the operation's schema"));
            case 403 -> Problems.of(403, "Forbidden", FORBIDDEN);
            case 404 -> Problems.of(404, "Not found", "Nothing exists at this address. Check the path and the id.");
            case 405 -> Problems.of(405, "Method not allowed", "This address does not accept that HTTP method.");
            case 406 -> Problems.of(406, "Not acceptable", "The server cannot answer in the media type you asked for;"
                    + " ask for application/json.", Problems.field("Accept", "Ask for application/json"));
            case 415 -> Problems.of(415, "Unsupported media type", "Send the request body in the media type the"
                    + " operation takes: application/json, or text/csv or text/calendar where the API reference says so.",
                    Problems.field("Content-Type", "Send the request body as application/json, or as the text/csv or"
                            + " text/calendar the operation takes"));
            default -> Problems.of(status, original.getStatusInfo().getReasonPhrase(),
                    status >= 500 ? "The server could not complete the request." : "The request was refused.");
        };
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(problem));
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
