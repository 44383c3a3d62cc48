package org.servicelevel.application.customer;

/** A new customer or a change to one; the code of an existing customer never changes. */
public record CustomerChange(String code, String name, String coordinatorName, String coordinatorEmail,
                             String coordinatorPhone) {
}
