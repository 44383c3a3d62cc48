package org.servicelevel.interfaces.web.selection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.customer.CustomerDetails;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.interfaces.web.ticket.TicketRows;

/**
 * What a rule may name, as menus of names rather than codes to type: customers, the SLAs a rule can
 * select (a customer's, not terminated; those of the chosen customer only), their services, and the
 * priorities of the chosen SLA.
 */
final class RuleChoices {

    private RuleChoices() {
    }

    static List<TicketRows.Option> customers(List<CustomerDetails> customers) {
        return customers.stream().map(c -> new TicketRows.Option(c.code(), c.name() + " (" + c.code() + ")"))
                .toList();
    }

    /** The SLAs a rule can select; for a chosen customer, only theirs. */
    static List<AgreementDetails> selectable(List<AgreementDetails> slas) {
        return slas.stream().filter(a -> a.customer() != null && a.status() != AgreementStatus.TERMINATED).toList();
    }

    static List<TicketRows.Option> agreements(List<AgreementDetails> slas) {
        return slas.stream().map(a -> new TicketRows.Option(a.number(), a.number() + " · " + a.title() + " · "
                + a.customer().code())).toList();
    }

    /** The services of the chosen SLA, or of every SLA offered when none is chosen; each once. */
    static List<TicketRows.Option> services(List<AgreementDetails> slas, String agreement) {
        Map<String, TicketRows.Option> services = new LinkedHashMap<>();
        slas.stream().filter(a -> agreement == null || agreement.isBlank() || a.number().equals(agreement))
                .map(RuleChoices::terms).filter(Objects::nonNull)
                .forEach(t -> t.services().forEach(s -> services.putIfAbsent(s.code(),
                        new TicketRows.Option(s.code(), s.code() + " · " + s.name()))));
        return List.copyOf(services.values());
    }

    /** The priorities of the chosen SLA, by number and name. */
    static List<PriorityOption> priorities(List<AgreementDetails> slas, String agreement) {
        return slas.stream().filter(a -> a.number().equals(agreement)).findFirst().map(RuleChoices::terms)
                .map(t -> t.priorities().stream().map(p -> new PriorityOption(p.number(), p.number() + " · " + p.name()))
                        .toList()).orElse(List.of());
    }

    /**
     * The options with {@code value} among them: a rule keeps showing what it names even when that is
     * no longer offered (a terminated SLA, a service the SLAs dropped), instead of losing it on save.
     */
    static List<TicketRows.Option> including(List<TicketRows.Option> options, String value) {
        if (value == null || value.isBlank() || options.stream().anyMatch(o -> o.value().equals(value))) {
            return options;
        }
        List<TicketRows.Option> all = new java.util.ArrayList<>(options);
        all.add(new TicketRows.Option(value, value));
        return List.copyOf(all);
    }

    /** A priority in a menu. */
    public record PriorityOption(int number, String label) {
        public int getNumber() {
            return number;
        }

        public String getLabel() {
            return label;
        }
    }

    private static AgreementTerms terms(AgreementDetails a) {
        return Optional.ofNullable(a.effectiveTerms()).orElse(a.terms());
    }
}
