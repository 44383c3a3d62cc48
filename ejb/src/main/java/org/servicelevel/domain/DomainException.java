package org.servicelevel.domain;

/**
 * An expected business outcome that stops a use case, in one of a few kinds that every channel
 * answers the same way: the input is invalid ({@link InvalidInputException}, naming each wrong
 * field), the thing does not exist or is not visible to the caller ({@link NotFoundException}), the
 * request conflicts with the record's state ({@link ConflictException}), it was based on a version
 * that is no longer current ({@link StaleVersionException}), or the caller's role does not permit it
 * on this record ({@link NotPermittedException}). The message says what is wrong in words a person
 * can act on; it never names a Java type. Each kind rolls the transaction back (declared in
 * {@code ejb-jar.xml}, so the domain stays free of container types).
 *
 * <p>Anything else that escapes a service (an {@link IllegalArgumentException} from a library, a
 * {@link org.servicelevel.domain.NotFoundException} from an empty {@code Optional}) is a defect, reported as
 * such and never with its message.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, StaleVersionException,
        NotPermittedException {

    protected DomainException(String message) {
        super(message);
    }
}
