package org.servicelevel.domain;

import java.util.List;

/**
 * The input breaks rules. Each error names its field by the path the request spells it with (e.g.
 * {@code terms.priorities[1].resolution}) and says what is wrong, so one answer lists every mistake.
 */
public sealed class InvalidInputException extends DomainException permits InvalidFieldException {

    private final List<InvalidFieldException> errors;

    public InvalidInputException(List<InvalidFieldException> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /** For a single field: {@link InvalidFieldException} is its own only error. */
    InvalidInputException(String message) {
        super(message);
        this.errors = null;
    }

    public List<InvalidFieldException> errors() {
        return errors;
    }

    /** Throws when {@code errors} is not empty. */
    public static void throwIfAny(List<InvalidFieldException> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The same errors with each field inside {@code prefix}, e.g. {@code tickets[3].} + {@code title}. */
    public InvalidInputException prefixed(String prefix) {
        return new InvalidInputException(errors().stream()
                .map(e -> new InvalidFieldException(prefix + e.field(), e.getMessage())).toList());
    }

    /**
     * The same errors with {@code prefix} taken off the fields that start with it: for a part of a whole
     * (the services of an agreement's terms) sent on its own, whose fields are named from that part.
     */
    public InvalidInputException relativeTo(String prefix) {
        return new InvalidInputException(errors().stream()
                .map(e -> e.field().startsWith(prefix)
                        ? new InvalidFieldException(e.field().substring(prefix.length()), e.getMessage()) : e)
                .toList());
    }

    private static String summary(List<InvalidFieldException> errors) {
        if (errors.isEmpty()) {
            throw new IllegalStateException("an invalid input names at least one field");
        }
        return errors.size() == 1 ? errors.get(0).getMessage() : "The input has " + errors.size() + " invalid fields.";
    }
}
