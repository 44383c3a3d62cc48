package org.servicelevel.domain;

/**
 * The caller may not do this to this record, although their role lets them use the operation: e.g.
 * a customer user making a status change reserved to the support staff. The message says why.
 */
public final class NotPermittedException extends DomainException {

    public NotPermittedException(String message) {
        super(message);
    }
}
