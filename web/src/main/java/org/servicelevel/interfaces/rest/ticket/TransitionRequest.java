package org.servicelevel.interfaces.rest.ticket;

/**
 * A status move: the status to move to and an optional note. A note by staff is internal unless
 * {@code visibleToCustomer} is true; a customer's note is always visible to the customer.
 */
public class TransitionRequest {

    public String to;
    public String note;
    public Boolean visibleToCustomer;
}
