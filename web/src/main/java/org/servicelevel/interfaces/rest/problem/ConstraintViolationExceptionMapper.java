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

    /** The last meaningful node of the path: the parameter or property name, not the Java method. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        StringBuilder bean = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> bean.setLength(0);
                case PARAMETER -> name = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    bean.append(bean.length() == 0 ? "" : ".").append(node.getName());
                    name = null;
                }
                default -> { }
            }
        }
        return bean.length() > 0 ? bean.toString() : name == null ? "request" : name;
    }
}
