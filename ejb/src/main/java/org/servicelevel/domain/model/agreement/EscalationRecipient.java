package org.servicelevel.domain.model.agreement;

import java.util.Locale;
import java.util.Optional;

/**
 * Whom a notifying escalation step writes to, besides addresses it names: the people a service desk
 * knows by their role in the ticket.
 */
public enum EscalationRecipient {
    /** The person the ticket is assigned to. */
    ASSIGNEE,
    /** The members of the ticket's support group. */
    GROUP,
    /** The lead of the ticket's support group. */
    GROUP_LEAD,
    /** The manager who owns the ticket's agreement. */
    AGREEMENT_OWNER,
    /** The customer's coordinator named in the agreement's terms. */
    CUSTOMER_COORDINATOR;

    /** The recipient a request names, ignoring case; empty for an address or anything else. */
    public static Optional<EscalationRecipient> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (EscalationRecipient r : values()) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
