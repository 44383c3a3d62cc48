package org.servicelevel.application.ticket;

import java.util.List;

/** What an import did, ticket by ticket: each is created whole or not at all. */
public record ImportReport(int created, int duplicates, int failed, List<Result> results) {

    /** One ticket's outcome: CREATED, DUPLICATE (its external reference exists; the existing ticket) or FAILED with the reasons. */
    public record Result(int index, String externalReference, String outcome, Long ticketId, String number,
                         List<FieldMessage> errors) {
    }

    /** A field and what is wrong with it. */
    public record FieldMessage(String field, String message) {
    }
}
