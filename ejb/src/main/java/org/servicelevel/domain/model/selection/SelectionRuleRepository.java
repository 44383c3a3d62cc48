package org.servicelevel.domain.model.selection;

import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.agreement.Agreement;

/** Stores and finds selection rules. */
public interface SelectionRuleRepository {

    Optional<SelectionRule> findById(long id);

    /** All rules in the order they are tried (the default last is the selector's job). */
    List<SelectionRule> findAll();

    List<SelectionRule> findByAgreement(Agreement agreement);

    SelectionRule store(SelectionRule rule);

    void remove(SelectionRule rule);
}
