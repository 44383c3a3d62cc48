package org.servicelevel.interfaces.rest.ticket;

/** A status move: the status to move to and an optional note (visible to the customer when staff write it). */
public class TransitionRequest {

    public String to;
    public String note;
}
