package org.servicelevel.application.selection.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.selection.SelectionOutcome;
import org.servicelevel.application.selection.SelectionRuleChange;
import org.servicelevel.application.selection.SelectionRuleDetails;
import org.servicelevel.application.selection.SelectionRuleService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.calendar.BusinessCalendarRepository;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.selection.AgreementSelector;
import org.servicelevel.domain.model.selection.Selection;
import org.servicelevel.domain.model.selection.SelectionRule;
import org.servicelevel.domain.model.selection.SelectionRuleRepository;
import org.servicelevel.domain.model.selection.TicketFacts;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class SelectionRuleServiceBean implements SelectionRuleService {

    static final String AUDIT_SUBJECT = "selection-rule";
    private static final Comparator<SelectionRule> TRIED_ORDER =
            Comparator.comparing(SelectionRule::isDefault).thenComparingInt(SelectionRule::position)
                    .thenComparing(SelectionRule::id);

    @Inject
    private SelectionRuleRepository rules;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private BusinessCalendarRepository calendars;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Inject
    private CallerContext callers;

    @Resource
    private SessionContext session;

    @Override
    public List<SelectionRuleDetails> list() {
        return rules.findAll().stream().sorted(TRIED_ORDER).map(SelectionRuleServiceBean::details).toList();
    }

    @Override
    public SelectionRuleDetails find(long id) {
        return details(load(id));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public SelectionRuleDetails create(SelectionRuleChange change) {
        List<SelectionRule> existing = rules.findAll();
        int position = change.position() != null ? change.position()
                : existing.stream().mapToInt(SelectionRule::position).max().orElse(0) + 10;
        SelectionRule rule = new SelectionRule(definition(change, position), clock.instant());
        requireSingleDefault(rule, existing);
        rules.store(rule);
        record(rule, "created", describe(rule));
        log.info(() -> "Selection rule '" + rule.name() + "' created");
        return details(rule);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public SelectionRuleDetails update(long id, long expectedVersion, SelectionRuleChange change) {
        SelectionRule rule = load(id);
        if (rule.version() != expectedVersion) {
            throw new StaleVersionException("Selection rule " + id, expectedVersion, rule.version());
        }
        rule.change(definition(change, change.position() != null ? change.position() : rule.position()));
        requireSingleDefault(rule, rules.findAll());
        SelectionRule stored = rules.store(rule);
        record(stored, "updated", describe(stored));
        log.info(() -> "Selection rule '" + stored.name() + "' updated");
        return details(stored);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public void delete(long id, long expectedVersion) {
        SelectionRule rule = load(id);
        if (rule.version() != expectedVersion) {
            throw new StaleVersionException("Selection rule " + id, expectedVersion, rule.version());
        }
        record(rule, "deleted", rule.name());
        rules.remove(rule);
        log.info(() -> "Selection rule '" + rule.name() + "' deleted");
    }

    @Override
    public SelectionOutcome evaluate(TicketFacts ticket) {
        AgreementSelector.Result result = AgreementSelector.select(rules.findAll(), ticket);
        if (result.selection().isEmpty()) {
            return new SelectionOutcome(false, null, null, null, null, null, null, null, null, null, null, null, null,
                    result.trace());
        }
        Selection s = result.selection().get();
        String calendar = calendars.findById(s.service().calendarId()).map(c -> c.name()).orElse(null);
        return new SelectionOutcome(true, s.rule().id(), s.rule().name(), s.agreement().id(), s.agreement().number(),
                s.version().number(), s.service().code(), calendar, s.priority().number(), s.priority().name(),
                s.priorityReason(), s.priority().response().map(Object::toString).orElse(null),
                s.priority().resolution().map(Object::toString).orElse(null), result.trace());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public List<AuditRecord> audit(long id) {
        load(id);
        return audit.of(AUDIT_SUBJECT, id).stream()
                .map(a -> new AuditRecord(a.occurredAt(), a.actor(), a.action(), a.details())).toList();
    }

    private SelectionRule.Definition definition(SelectionRuleChange c, int position) {
        Agreement agreement = c.agreement() == null || c.agreement().isBlank() ? null
                : agreements.findByNumber(c.agreement()).orElseThrow(() -> new InvalidFieldException("agreement",
                "There is no agreement numbered " + c.agreement()));
        Organisation customer = c.customer() == null || c.customer().isBlank() ? null
                : organisations.findByCode(c.customer().strip()).orElseThrow(() -> new InvalidFieldException("customer",
                "There is no customer with code " + c.customer().strip()));
        if (agreement != null && agreement.customer().isEmpty()) {
            throw new InvalidFieldException("agreement", "Agreement " + agreement.number() + " is a framework agreement"
                    + " without a customer and governs no tickets itself; choose the customer's SLA below it");
        }
        if (agreement != null && customer != null && agreement.customer().isPresent()
                && !agreement.customer().get().id().equals(customer.id())) {
            throw new InvalidFieldException("agreement", "Agreement " + agreement.number() + " is with customer "
                    + agreement.customer().get().code() + ", not with " + customer.code() + " whose tickets the rule"
                    + " selects");
        }
        if (c.service() != null && !c.service().isBlank()) {
            List<Agreement> candidates = agreement != null ? List.of(agreement)
                    : customer != null ? agreements.findByCustomer(customer.id()) : agreements.findAll();
            if (candidates.stream().noneMatch(a -> a.coversService(c.service()))) {
                throw new InvalidFieldException("service", "No agreement" + (agreement != null ? " " + agreement.number()
                        : customer != null ? " of customer " + customer.code() : "") + " covers a service with code "
                        + c.service().strip());
            }
        }
        return new SelectionRule.Definition(position, c.name(), c.enabled() == null || c.enabled(), c.customer(),
                c.service(), c.requestType(), c.channel(), c.region(), c.tags(), agreement, c.priority());
    }

    /** At most one rule without conditions: two defaults would make the second one dead. */
    private static void requireSingleDefault(SelectionRule rule, List<SelectionRule> all) {
        if (rule.isDefault()) {
            all.stream().filter(r -> r.isDefault() && !r.equals(rule) && r != rule).findFirst().ifPresent(other -> {
                throw new InvalidFieldException("customer", "Rule '" + other.name() + "' is already the default (a rule"
                        + " without conditions); give this rule at least one condition");
            });
        }
    }

    private SelectionRule load(long id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("There is no selection rule " + id));
    }

    private void record(SelectionRule rule, String action, String details) {
        Instant now = clock.instant();
        audit.record(new AuditEntry(now, callers.actor(session), AUDIT_SUBJECT, rule.id(), action, details));
    }

    private static String describe(SelectionRule r) {
        return "'" + r.name() + "' at " + r.position() + " selects " + r.agreement().number()
                + (r.priority() == null ? "" : " priority " + r.priority()) + (r.isDefault() ? " (default)" : "");
    }

    private static SelectionRuleDetails details(SelectionRule r) {
        return new SelectionRuleDetails(r.id(), r.version(), r.position(), r.name(), r.enabled(), r.isDefault(),
                r.customerCode(), r.serviceCode(), r.requestType(), r.channel(), r.region(), r.tags(),
                r.agreement().id(), r.agreement().number(), r.priority());
    }
}
