package org.servicelevel.domain.model.selection;

import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementVersion;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;

/**
 * The outcome of choosing an agreement for a ticket: the rule that matched, the agreement and the
 * version governing the ticket's registration day, the service and priority under those terms, and
 * why the priority was chosen.
 */
public record Selection(SelectionRule rule, Agreement agreement, AgreementVersion version, ServiceTerms service,
                        PriorityTerms priority, String priorityReason) {
}
