package org.servicelevel.application.mail.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.mail.IncomingMail;
import org.servicelevel.application.ticket.TicketDraft;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.DomainException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.mail.InboundMail;
import org.servicelevel.domain.model.mail.InboundMailRepository;
import org.servicelevel.domain.model.mail.MailText;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;

/**
 * Turns one e-mail into a ticket, a comment or a rejection, in one transaction together with the record
 * of its Message-ID: a message already recorded changes nothing, and two cluster members processing the
 * same message collide on that record, so one of them rolls back. Tickets and comments are made through
 * the ticket service, as the sender would have made them; when the service refuses (a rule the
 * message breaks), the transaction rolls back and the channel records the rejection with the
 * service's reason in a transaction of its own ({@link #reject}).
 *
 * <p>The sender is the user with the sender's address. A reply (a subject naming a ticket in brackets)
 * becomes a comment by a customer user of the ticket's organisation, visible to the customer, or an
 * internal note by a member of staff; a customer user of another organisation is refused. Any other
 * message becomes a ticket of the sender's organisation, with channel EMAIL and the agreement and
 * priority the selection rules choose; only customer users open tickets by e-mail.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
public class MailIntake {

    /** What became of a message, and whether it had been processed before. */
    public record Receipt(InboundMail.Outcome outcome, boolean duplicate) {
    }

    private static final int MAX_TEXT = 8000;
    private static final int MAX_TITLE = 300;

    @Inject
    private InboundMailRepository mails;

    @Inject
    private TicketRepository tickets;

    @Inject
    private TicketService ticketService;

    @Inject
    private IdentityService identity;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    public Receipt receive(IncomingMail mail) {
        Optional<Receipt> earlier = earlier(mail);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        Optional<String> named = MailText.ticketNumber(mail.subject());
        InboundMail record;
        if (mail.unreadable() != null) {
            record = rejected(mail, now, mail.unreadable(), null);
        } else if (mail.automatic() != null && (named.isPresent() || mail.automaticAnswer())) {
            // an out-of-office reply to an escalation e-mail is no comment of the customer's, and a
            // bounce or another help desk's acknowledgement no ticket; a monitoring alert may open one
            record = rejected(mail, now, "An automatic message (" + mail.automatic() + "), not written by a person",
                    named.orElse(null));
        } else {
            record = named.map(number -> reply(mail, number, now)).orElseGet(() -> newTicket(mail, now));
        }
        mails.store(record);
        logged(record);
        return new Receipt(record.outcome(), false);
    }

    /** Keeps a message that could not be processed as a rejection with {@code reason}. */
    public Receipt reject(IncomingMail mail, String reason) {
        Optional<Receipt> earlier = earlier(mail);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        InboundMail record = rejected(mail, clock.instant(), reason, MailText.ticketNumber(mail.subject()).orElse(null));
        mails.store(record);
        logged(record);
        return new Receipt(record.outcome(), false);
    }

    private Optional<Receipt> earlier(IncomingMail mail) {
        return mails.findByMessageId(mail.messageId()).map(processed -> {
            log.info(() -> "Mail " + mail.messageId() + " from " + mail.from() + " was processed before ("
                    + processed.outcome() + processed.ticketNumber().map(n -> " " + n).orElse("") + "); ignored");
            return new Receipt(processed.outcome(), true);
        });
    }

    private InboundMail reply(IncomingMail mail, String number, Instant now) {
        Optional<Ticket> found = tickets.findByNumber(number);
        if (found.isEmpty()) {
            return rejected(mail, now, "The subject names ticket " + number + ", which does not exist", number);
        }
        Ticket ticket = found.get();
        List<Caller> senders = identity.findActiveCallersByEmail(mail.from());
        Optional<Caller> customer = senders.stream().filter(c -> isCustomer(c)
                && ticket.customer().id().equals(c.organisationId())).findFirst();
        Optional<Caller> staff = senders.stream().filter(c -> !isCustomer(c)).findFirst();
        Optional<Caller> author = customer.or(() -> staff);
        if (author.isEmpty()) {
            return rejected(mail, now, senders.isEmpty() ? unknownSender(mail)
                    : "The sender " + mail.from() + " belongs to another organisation than ticket " + number + "'s", number);
        }
        String text = MailText.shortened(MailText.withoutQuotedReply(mail.text()), MAX_TEXT);
        ticketService.commentAs(author.get(), number, text);
        return InboundMail.commented(mail.messageId(), mail.from(), mail.subject(), mail.receivedAt(), now, number,
                author.get().username());
    }

    private InboundMail newTicket(IncomingMail mail, Instant now) {
        List<Caller> senders = identity.findActiveCallersByEmail(mail.from());
        List<Caller> customers = senders.stream().filter(c -> isCustomer(c) && c.organisationId() != null).toList();
        if (customers.isEmpty()) {
            return rejected(mail, now, senders.isEmpty() ? unknownSender(mail) : "The sender " + mail.from()
                    + " is not a customer user; staff register tickets through the API or the screens", null);
        }
        if (customers.stream().map(Caller::organisationId).distinct().count() > 1) {
            return rejected(mail, now, "The address " + mail.from() + " belongs to users of several organisations "
                    + customers.stream().map(Caller::organisationCode).distinct().toList(), null);
        }
        Caller requester = customers.get(0);
        TicketDraft draft = new TicketDraft(requester.organisationCode(), requester.username(), requester.displayName(),
                mail.from(), MailText.title(mail.subject(), MAX_TITLE), MailText.shortened(mail.text().strip(), MAX_TEXT),
                null, null, null, null, null, null, Set.of(), Channel.EMAIL, null, null, null, null, null, null);
        String number = ticketService.createAs(requester, draft).number();
        return InboundMail.ticketCreated(mail.messageId(), mail.from(), mail.subject(), mail.receivedAt(), now,
                number, requester.username());
    }

    private static boolean isCustomer(Caller caller) {
        return caller.roles().contains(Role.Names.CUSTOMER);
    }

    private static String unknownSender(IncomingMail mail) {
        return mail.from().isBlank() ? "The message has no sender address"
                : "No user has the address " + mail.from();
    }

    /** The service's reason for refusing a message, for the rejection record. */
    static String reason(DomainException e) {
        if (e instanceof InvalidInputException several) {
            return String.join("; ", several.errors().stream().map(InvalidFieldException::getMessage).toList());
        }
        return e.getMessage();
    }

    private static InboundMail rejected(IncomingMail mail, Instant now, String reason, String ticketNumber) {
        return InboundMail.rejected(mail.messageId(), mail.from(), mail.subject(), mail.receivedAt(), now, mail.text(),
                reason, ticketNumber);
    }

    private void logged(InboundMail record) {
        log.info(() -> "Mail " + record.messageId() + " from " + record.sender() + ": " + switch (record.outcome()) {
            case TICKET_CREATED -> "registered ticket " + record.ticketNumber().orElseThrow() + " by "
                    + record.actor().orElseThrow();
            case COMMENTED -> "comment by " + record.actor().orElseThrow() + " on " + record.ticketNumber().orElseThrow();
            case REJECTED -> "rejected: " + record.reason().orElseThrow();
        });
    }
}
