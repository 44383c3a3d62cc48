package org.servicelevel.application.customer;

/** A customer organisation as read, with its concurrency version. */
public record CustomerDetails(long id, long version, String code, String name, String coordinatorName,
                              String coordinatorEmail, String coordinatorPhone) {
}
