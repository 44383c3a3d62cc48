package org.servicelevel.application.selection;

import java.util.List;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.domain.model.selection.TicketFacts;

/**
 * The ordered rules that choose the agreement and priority of a new ticket, and the answer to "which
 * agreement would apply to this ticket". Unknown ids fail with {@link org.servicelevel.domain.NotFoundException},
 * broken rules with {@link org.servicelevel.domain.InvalidInputException}, stale edits with
 * {@link org.servicelevel.domain.StaleVersionException}.
 */
public interface SelectionRuleService {

    /** The rules in the order they are tried, the default last. */
    List<SelectionRuleDetails> list();

    SelectionRuleDetails find(long id);

    SelectionRuleDetails create(SelectionRuleChange change);

    SelectionRuleDetails update(long id, long expectedVersion, SelectionRuleChange change);

    void delete(long id, long expectedVersion);

    SelectionOutcome evaluate(TicketFacts ticket);

    List<AuditRecord> audit(long id);
}
