package org.servicelevel.domain.model.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementVersion;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;

/**
 * Chooses the agreement, version, service and priority for a new ticket. Rules are tried by position,
 * the default rule (no conditions) last. A rule whose conditions hold still passes the ticket on when
 * its agreement is another customer's, does not apply on the registration day (not yet in force,
 * expired or terminated) or does not cover the ticket's service.
 *
 * <p>The priority is the rule's, else the one whose request kinds include the ticket's request type,
 * else the agreement's default priority, else its least urgent one. The priority carries the targets
 * that apply to the ticket's service: the service's own where it sets them, else the priority's.
 */
public final class AgreementSelector {

    private AgreementSelector() {
    }

    /** The outcome of trying the rules: the selection, if a rule applied, and how each rule was decided. */
    public record Result(Optional<Selection> selection, List<String> trace) {
    }

    public static Result select(List<SelectionRule> rules, TicketFacts ticket) {
        List<String> trace = new ArrayList<>();
        List<SelectionRule> ordered = rules.stream()
                .sorted(Comparator.comparing(SelectionRule::isDefault).thenComparingInt(SelectionRule::position))
                .toList();
        for (SelectionRule rule : ordered) {
            String label = "rule '" + rule.name() + "'";
            Optional<String> mismatch = rule.mismatch(ticket);
            if (mismatch.isPresent()) {
                trace.add(label + ": no, " + mismatch.get());
                continue;
            }
            Agreement agreement = rule.agreement();
            Optional<String> unfit = unfit(agreement, ticket.customerCode(), ticket.registeredAt());
            if (unfit.isPresent()) {
                trace.add(label + ": matches, but " + unfit.get());
                continue;
            }
            LocalDate day = LocalDate.ofInstant(ticket.registeredAt(), agreement.zone());
            Optional<AgreementVersion> version = agreement.versionOn(day);
            AgreementTerms agreed = agreement.effectiveTermsOn(day).orElseThrow();
            Optional<ServiceTerms> service = service(agreed, rule, ticket);
            if (service.isEmpty()) {
                trace.add(label + ": matches, but " + agreement.number() + (ticket.serviceCode() == null
                        ? " does not cover a ticket without a service" : " does not cover service " + ticket.serviceCode()));
                continue;
            }
            AgreementTerms terms = agreed.forService(service.get().code());
            String reason;
            Optional<PriorityTerms> priority;
            if (rule.priority() != null && terms.priority(rule.priority()).isPresent()) {
                priority = terms.priority(rule.priority());
                reason = "set by the rule";
            } else if (terms.priorities().stream().anyMatch(p -> p.covers(ticket.requestType()))) {
                priority = terms.priorityForRequestKind(ticket.requestType());
                reason = "request type " + ticket.requestType();
            } else {
                priority = terms.priorityForRequestKind(null);
                reason = terms.defaultPriority() != null ? "the agreement's default priority" : "the least urgent priority";
            }
            if (priority.isEmpty()) {
                trace.add(label + ": matches, but " + agreement.number() + " has no priorities");
                continue;
            }
            trace.add(label + ": yes, " + agreement.number() + " version " + version.get().number() + ", service "
                    + service.get().code() + ", priority " + priority.get().number() + " (" + reason + ")");
            return new Result(Optional.of(new Selection(rule, agreement, version.get(), service.get(), priority.get(),
                    reason)), List.copyOf(trace));
        }
        if (ordered.stream().noneMatch(SelectionRule::isDefault)) {
            trace.add("there is no default rule (a rule without conditions) to fall back on");
        }
        return new Result(Optional.empty(), List.copyOf(trace));
    }

    /**
     * Why {@code agreement} cannot govern a ticket of {@code customerCode} registered at
     * {@code registeredAt}, or empty if it can (its service aside): a framework agreement without a
     * customer governs no tickets itself, another customer's never does, and one must apply on the
     * registration day in its zone.
     */
    public static Optional<String> unfit(Agreement agreement, String customerCode, Instant registeredAt) {
        if (agreement.customer().isEmpty()) {
            return Optional.of(agreement.number() + " is a framework agreement without a customer and governs no"
                    + " tickets itself");
        }
        if (!agreement.customer().get().code().equalsIgnoreCase(String.valueOf(customerCode))) {
            return Optional.of(agreement.number() + " is " + agreement.customer().get().code() + (customerCode == null
                    ? "'s agreement and the ticket has no customer" : "'s agreement, not " + customerCode + "'s"));
        }
        LocalDate day = LocalDate.ofInstant(registeredAt, agreement.zone());
        if (!agreement.monitoredOn(day) || agreement.versionOn(day).isEmpty()) {
            return Optional.of(agreement.number() + " (" + agreement.status() + ") does not apply on " + day);
        }
        return Optional.empty();
    }

    /** The ticket's service, else the rule's, else the agreement's only service. */
    private static Optional<ServiceTerms> service(AgreementTerms terms, SelectionRule rule, TicketFacts ticket) {
        if (ticket.serviceCode() != null) {
            return terms.service(ticket.serviceCode());
        }
        if (rule.serviceCode() != null) {
            return terms.service(rule.serviceCode());
        }
        return terms.services().size() == 1 ? Optional.of(terms.services().get(0)) : Optional.empty();
    }
}
