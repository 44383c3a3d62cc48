package org.servicelevel.interfaces.rest.customer;

/** A customer organisation and its coordinator. */
public record CustomerView(long id, String code, String name, long version, String coordinatorName,
                           String coordinatorEmail, String coordinatorPhone) {
}
