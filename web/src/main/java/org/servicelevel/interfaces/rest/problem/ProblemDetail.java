package org.servicelevel.interfaces.rest.problem;

import java.util.List;

/**
 * An RFC 9457 problem details document. {@code errors} lists the fields a request got wrong, each
 * with a message a person can act on.
 */
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<FieldError> errors) {

    /** One wrong field: its name as the request spells it, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
