package org.servicelevel.application.escalation.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.servicelevel.application.notification.NotificationOutbox;
import org.servicelevel.application.notification.Recipients;
import org.servicelevel.domain.DomainException;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationRecipient;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.escalation.ScheduledStep;
import org.servicelevel.domain.model.identity.UserAccountRepository;
import org.servicelevel.domain.model.notification.Notification;
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.domain.model.supportgroup.SupportGroupKind;
import org.servicelevel.domain.model.supportgroup.SupportGroupRepository;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * Performs the actions of an escalation step on a ticket, through the same domain methods as a
 * person's change (a raised priority carries the reason "escalation"), and says what each did. An
 * action that cannot be done (no group on the next line, the most urgent priority already) is
 * reported, not failed: the other actions of the step still happen.
 */
@Dependent
public class EscalationActions {

    static final String REASON = "escalation";

    @Inject
    private UserAccountRepository users;

    @Inject
    private SupportGroupRepository groups;

    @Inject
    private NotificationOutbox outbox;

    @Inject
    private Recipients recipients;

    @Inject
    private EscalationMail mail;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    /**
     * Performs the step's actions and returns what each did, one line per action. An action after one
     * that moves the clocks (a raised priority, another support line) sees the clock as it then is:
     * {@code afresh} computes it again, so an e-mail after a raise gives the raised deadline.
     */
    List<String> perform(Ticket ticket, ScheduledStep fired, EscalationStep step, SlaClock clock, AgreementTerms terms,
                         WorkCalendar calendar, Instant at, Instant now, Supplier<SlaClock> afresh) {
        List<String> outcomes = new ArrayList<>();
        SlaClock current = clock;
        for (EscalationAction action : step.actions()) {
            try {
                outcomes.add(action.describe() + ": " + perform(ticket, fired, action, current, terms, calendar, at,
                        now));
                if (action.type() != null && action.type().movesClocks()) {
                    current = afresh.get();
                }
            } catch (DomainException e) {
                outcomes.add(action.describe() + ": not done, " + e.getMessage());
            }
        }
        return outcomes;
    }

    private String perform(Ticket ticket, ScheduledStep fired, EscalationAction action, SlaClock clock,
                           AgreementTerms terms, WorkCalendar calendar, Instant at, Instant now) {
        return switch (action.type()) {
            case NOTIFY -> notify(ticket, fired, action, clock, terms, calendar, now);
            case MOVE_TO_NEXT_LINE -> moveToNextLine(ticket, at);
            case MOVE_TO_GROUP -> groups.findByCode(action.group()).map(g -> moveTo(ticket, g, at))
                    .orElse("not done, there is no support group " + action.group());
            case RAISE_PRIORITY -> raisePriority(ticket, terms, at);
            case COMMENT -> {
                ticket.comment(action.text(), false, at, Ticket.SYSTEM_ACTOR, false);
                yield "internal comment added";
            }
            case TAG -> {
                ticket.addTag(action.tag(), at, Ticket.SYSTEM_ACTOR);
                yield "tagged " + action.tag();
            }
        };
    }

    private String notify(Ticket ticket, ScheduledStep fired, EscalationAction action, SlaClock clock,
                          AgreementTerms terms, WorkCalendar calendar, Instant now) {
        Map<String, List<String>> usernames = new LinkedHashMap<>();
        for (String recipient : action.recipients()) {
            EscalationRecipient.named(recipient).filter(r -> r != EscalationRecipient.CUSTOMER_COORDINATOR)
                    .ifPresent(r -> usernames.put(recipient, usernamesOf(r, ticket)));
        }
        Map<String, String> addressOf = addresses(usernames.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        Set<String> addresses = new LinkedHashSet<>();
        List<String> nobody = new ArrayList<>();
        for (String recipient : action.recipients()) {
            Set<String> found = new LinkedHashSet<>();
            if (usernames.containsKey(recipient)) {
                usernames.get(recipient).stream().map(addressOf::get).filter(Recipients::isAddress).forEach(found::add);
            } else if (EscalationRecipient.named(recipient).isPresent()) {
                coordinatorAddress(ticket, terms).ifPresent(found::add);
            } else {
                found.add(recipient);
            }
            if (found.isEmpty()) {
                nobody.add(recipient);
            }
            // one e-mail per mailbox: addresses compare ignoring case, as the accounts' do
            found.stream().filter(f -> addresses.stream().noneMatch(f::equalsIgnoreCase)).forEach(addresses::add);
        }
        if (addresses.isEmpty()) {
            recipients.userOrFallback(Optional.empty()).ifPresent(addresses::add);
        }
        EscalationMail.Text text = mail.text(ticket, fired, clock, calendar);
        String reference = ticket.number() + "/" + fired.metric() + "/" + fired.stepIndex() + "/" + fired.occurrence();
        for (String address : addresses) {
            outbox.queue(new Notification("escalation", reference, address, text.subject(), text.body(), now));
        }
        String sent = addresses.isEmpty() ? "nobody to write to" : "e-mail to " + String.join(", ", addresses);
        return nobody.isEmpty() ? sent : sent + " (no address for " + String.join(", ", nobody) + ")";
    }

    /**
     * The enabled users' addresses by username, read once per transaction for each user: the steps
     * fired together in one transaction mostly write to the same assignees, groups and owners.
     */
    private Map<String, String> addresses(Set<String> usernames) {
        @SuppressWarnings("unchecked")
        Map<String, String> stored = (Map<String, String>) transaction.getResource(KnownAddresses.class);
        Map<String, String> known = stored != null ? stored : new HashMap<>();
        if (stored == null) {
            transaction.putResource(KnownAddresses.class, known);
        }
        Set<String> unknown = usernames.stream().filter(u -> !known.containsKey(u)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            Map<String, String> found = users.enabledAddresses(unknown);
            for (String username : unknown) {
                known.put(username, found.get(username)); // null: no enabled user of that name, or no address
            }
        }
        Map<String, String> addresses = new HashMap<>();
        usernames.forEach(u -> addresses.put(u, known.get(u)));
        return addresses;
    }

    /** The key of the transaction's known addresses. */
    private static final class KnownAddresses {
    }

    /** The staff a recipient role stands for on the ticket, by username. */
    private static List<String> usernamesOf(EscalationRecipient role, Ticket ticket) {
        List<String> found = new ArrayList<>();
        switch (role) {
            case ASSIGNEE -> Optional.ofNullable(ticket.assignee()).ifPresent(found::add);
            case GROUP -> ticket.supportGroup().ifPresent(g -> found.addAll(g.members()));
            case GROUP_LEAD -> ticket.supportGroup().flatMap(SupportGroup::lead).ifPresent(found::add);
            case AGREEMENT_OWNER -> ticket.agreement().flatMap(a -> a.owner()).ifPresent(found::add);
            case CUSTOMER_COORDINATOR -> {
                // an address, not a user: see coordinatorAddress
            }
        }
        return found;
    }

    private static Optional<String> coordinatorAddress(Ticket ticket, AgreementTerms terms) {
        return Optional.ofNullable(terms.coordinator().email())
                .or(() -> Optional.ofNullable(ticket.customer().coordinatorEmail())).filter(Recipients::isAddress);
    }

    private String moveToNextLine(Ticket ticket, Instant at) {
        int next = ticket.lineLevel() + 1;
        Optional<SupportGroup> group = groups.findAll().stream()
                .filter(g -> g.kind() == SupportGroupKind.SUPPORT_LINE && g.lineLevel() != null && g.lineLevel() == next)
                .min(Comparator.comparing(SupportGroup::code));
        return group.map(g -> moveTo(ticket, g, at)).orElse("not done, there is no support line " + next);
    }

    private String moveTo(Ticket ticket, SupportGroup group, Instant at) {
        // usernames compare ignoring case: an assignee written "Olga" is the member olga
        String assignee = ticket.assignee() == null ? null : group.members().stream()
                .filter(m -> m.equalsIgnoreCase(ticket.assignee())).findFirst().orElse(null);
        ticket.assign(assignee, group, at, Ticket.SYSTEM_ACTOR);
        return "assigned to " + group.code() + (assignee == null ? "" : " (" + assignee + ")");
    }

    private String raisePriority(Ticket ticket, AgreementTerms terms, Instant at) {
        Integer current = ticket.priority();
        Optional<Integer> higher = terms.priorities().stream().map(PriorityTerms::number)
                .filter(n -> current != null && n < current).max(Comparator.naturalOrder());
        if (higher.isEmpty()) {
            return "not done, priority " + current + " is the most urgent";
        }
        ticket.changePriority(higher.get(), terms, at, Ticket.SYSTEM_ACTOR, REASON);
        return "priority " + current + " -> " + higher.get();
    }
}
