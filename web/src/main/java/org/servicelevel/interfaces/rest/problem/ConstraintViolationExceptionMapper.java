package org.servicelevel.interfaces.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request parameters and bodies: 400 naming each wrong field. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<ProblemDetail.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        return Problems.response(Problems.of(400, "Invalid request",
                "The request has " + errors.size() + " invalid field(s).", errors));
    }

    /**
     * The field's path in the request ({@code roles[1]}, {@code terms.services[0].code}), or the name of
     * a query or header parameter; the body as a whole is {@code body}. Never the Java method.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> path.setLength(0);
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.isInIterable() && path.length() > 0) {
                        path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        path.append(path.length() == 0 ? "" : ".").append(node.getName());
                    }
                }
                default -> { }
            }
        }
        if (path.length() > 0) {
            return path.toString();
        }
        return parameter == null || parameter.matches("arg\\d+") ? "body" : parameter;
    }
}
