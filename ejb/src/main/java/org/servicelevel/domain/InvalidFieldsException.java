package org.servicelevel.domain;

import java.util.List;

/**
 * Several fields of one input break rules at once. Each error names its field (e.g.
 * {@code terms.priorities[1].resolution}) and says what is wrong, so one answer lists every mistake.
 */
public class InvalidFieldsException extends IllegalArgumentException {

    private final List<InvalidFieldException> errors;

    public InvalidFieldsException(List<InvalidFieldException> errors) {
        super(errors.size() == 1 ? errors.get(0).getMessage() : "The input has " + errors.size() + " invalid fields.");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no errors");
        }
        this.errors = List.copyOf(errors);
    }

    public List<InvalidFieldException> errors() {
        return errors;
    }

    /** Throws when {@code errors} is not empty. */
    public static void throwIfAny(List<InvalidFieldException> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
