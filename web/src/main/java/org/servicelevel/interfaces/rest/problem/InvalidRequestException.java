package org.servicelevel.interfaces.rest.problem;

import java.util.List;

/** A request whose fields could not be read; each wrong field is named with what is wrong. */
public class InvalidRequestException extends RuntimeException {

    private final List<ProblemDetail.FieldError> errors;

    public InvalidRequestException(List<ProblemDetail.FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }

    /** The same errors with their fields inside {@code prefix}, e.g. {@code calendars[0].} + {@code name}. */
    public InvalidRequestException prefixed(String prefix) {
        return new InvalidRequestException(errors.stream()
                .map(e -> new ProblemDetail.FieldError(prefix + e.field(), e.message())).toList());
    }
}
