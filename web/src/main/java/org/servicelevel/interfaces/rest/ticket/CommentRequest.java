package org.servicelevel.interfaces.rest.ticket;

/** A comment; {@code visibleToCustomer} false makes it an internal note (customers' comments are always visible). */
public class CommentRequest {

    public String text;
    public Boolean visibleToCustomer;
}
