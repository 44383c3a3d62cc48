package org.servicelevel.domain;

import java.util.List;

/**
 * A rule broken by one named field of the input, e.g. {@code weeklyHours}: the message says what is
 * wrong in words a person can act on, the field says where.
 */
public final class InvalidFieldException extends InvalidInputException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public List<InvalidFieldException> errors() {
        return List.of(this);
    }
}
