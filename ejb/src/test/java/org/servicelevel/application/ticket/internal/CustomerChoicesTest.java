package org.servicelevel.application.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.ticket.TicketDraft;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.selection.Channel;

/**
 * A customer user's new ticket: an assignment or another requester was dropped without a word (201),
 * while the priority is refused; docs/api.md lets no field pass silently.
 */
class CustomerChoicesTest {

    private static final Caller BOB = new Caller("bob", "Bob Beta", Set.of("customer"), 2L, "BETA");

    private static TicketDraft draft(String username, String name, String assignee, String group) {
        return new TicketDraft(null, username, name, null, "Printer", null, "WS", null, null, null, null, null,
                Set.of(), Channel.API, null, assignee, group, null, null, null);
    }

    @Test
    void anAssignmentOrAnotherRequesterIsRefusedNamingTheField() {
        assertEquals("assignee", refused(draft(null, null, "anna", null)));
        assertEquals("supportGroup", refused(draft(null, null, null, "L3")));
        assertEquals("requester", refused(draft("carl", null, null, null)));
        assertEquals("requester", refused(draft(null, "Carl Customer", null, null)));
    }

    @Test
    void theCustomerThemselvesAndBlankFieldsPass() {
        TicketFactory.requireCustomerChoices(draft(null, null, null, null), BOB);
        TicketFactory.requireCustomerChoices(draft("bob", "Bob Beta", " ", ""), BOB);
    }

    private static String refused(TicketDraft draft) {
        return assertThrows(InvalidFieldException.class, () -> TicketFactory.requireCustomerChoices(draft, BOB)).field();
    }
}
