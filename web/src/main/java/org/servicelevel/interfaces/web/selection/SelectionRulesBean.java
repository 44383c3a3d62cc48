package org.servicelevel.interfaces.web.selection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.application.selection.SelectionRuleDetails;
import org.servicelevel.application.selection.SelectionRuleService;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.domain.model.selection.TicketFacts;
import org.servicelevel.interfaces.web.Feedback;
import org.servicelevel.interfaces.web.Viewer;
import org.servicelevel.interfaces.web.ticket.TicketRows;

/**
 * The selection rules in the order they are tried (the default last), and a box that tries them on
 * a ticket's facts: which agreement, version, service and priority such a ticket would get, and how
 * each rule was decided, as the service evaluates it for new tickets.
 */
@Named
@RequestScoped
public class SelectionRulesBean {

    @Inject
    private SelectionRuleService rules;

    @Inject
    private CustomerService customers;

    @Inject
    private AgreementService agreements;

    @Inject
    private Clock clock;

    private final RuleConditions facts = new RuleConditions();
    private LocalDateTime registeredAt;
    private TryOutcome outcome;
    private List<SelectionRuleDetails> rows;
    private List<TicketRows.Option> customerOptions;

    public List<SelectionRuleDetails> getRows() {
        if (rows == null) {
            rows = rules.list();
        }
        return rows;
    }

    /** Tries the rules on the facts typed in; the registration time is now unless one is given (UTC). */
    public void tryRules() {
        Instant at = registeredAt == null ? clock.instant() : registeredAt.toInstant(ZoneOffset.UTC);
        TicketFacts ticket = new TicketFacts(facts.getCustomer(), facts.getService(), facts.getRequestType(),
                facts.tagSet(), facts.getChannel(), facts.getRegion(), at);
        outcome = null;
        Feedback.attempt(() -> rules.evaluate(ticket), "rule.stale")
                .ifPresent(result -> outcome = TryOutcome.of(result, Feedback.texts(),
                        Feedback::inPageLanguage));
    }

    public List<TicketRows.Option> getCustomers() {
        if (customerOptions == null) {
            customerOptions = RuleChoices.customers(customers.list());
        }
        return customerOptions;
    }

    /** The services of the chosen customer's SLAs (of every SLA when no customer is chosen). */
    public List<TicketRows.Option> getServices() {
        return RuleChoices.services(RuleChoices.selectable(agreements.list(AgreementType.SLA, null,
                facts.customerOrNull(), false)), null);
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public boolean isManager() {
        return Viewer.isManager();
    }

    public TryOutcome getOutcome() {
        return outcome;
    }

    public RuleConditions getFacts() {
        return facts;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(LocalDateTime registeredAt) {
        this.registeredAt = registeredAt;
    }
}
