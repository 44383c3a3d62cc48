package org.servicelevel.application.webhook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.servicelevel.application.escalation.ClockEscalated;
import org.servicelevel.application.ticket.TicketLinks;
import org.servicelevel.application.ticket.TicketRegistered;
import org.servicelevel.application.ticket.TicketStatusChanged;
import org.servicelevel.application.webhook.WebhookOutbox;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.webhook.WebhookEventType;

/**
 * Publishes the life of live tickets to webhooks, in the transaction of the change: {@code
 * ticket.created}, {@code ticket.status-changed} and, when the new status counts as resolved, {@code
 * ticket.resolved}. Imported histories publish nothing.
 */
@ApplicationScoped
public class TicketWebhooks {

    /** Looked up once: finding the provider on every call costs more than the JSON it builds. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    private TicketRepository tickets;

    @Inject
    private WebhookOutbox outbox;

    void registered(@Observes TicketRegistered registered) {
        tickets.findById(registered.ticketId()).ifPresent(ticket -> outbox.publish(WebhookEventType.TICKET_CREATED,
                ticket.number(), ticket.customer().code(), text(data(ticket), "actor", registered.actor()).build()));
    }

    void statusChanged(@Observes TicketStatusChanged changed) {
        tickets.findById(changed.ticketId()).ifPresent(ticket -> {
            JsonObjectBuilder data = text(text(text(data(ticket), "from", changed.from()), "to", changed.to()),
                    "actor", changed.actor());
            outbox.publish(WebhookEventType.TICKET_STATUS_CHANGED, ticket.number(), ticket.customer().code(),
                    data.build());
            if (ticket.statusCategory() == StatusCategory.RESOLVED) {
                outbox.publish(WebhookEventType.TICKET_RESOLVED, ticket.number(), ticket.customer().code(),
                        text(text(data(ticket), "from", changed.from()), "actor", changed.actor()).build());
            }
        });
    }

    /**
     * A fired escalation step of one of the ticket's clocks: {@code sla.warning} before its due instant,
     * {@code sla.breached} when the clock passed its target, {@code ticket.escalated} for a step at or
     * after it.
     */
    void escalated(@Observes ClockEscalated step) {
        tickets.findById(step.ticketId()).ifPresent(ticket -> {
            String type = switch (step.kind()) {
                case WARNING -> WebhookEventType.SLA_WARNING;
                case BREACH -> WebhookEventType.SLA_BREACHED;
                case ESCALATION -> WebhookEventType.TICKET_ESCALATED;
            };
            outbox.publish(type, ticket.number(), ticket.customer().code(), () -> {
                JsonObjectBuilder data = text(text(data(ticket), "metric", step.metric()), "step", step.step())
                        .add("at", step.at()).add("occurrence", step.occurrence())
                        .add("escalationLevel", step.level());
                return text(text(text(data, "due", string(step.due())), "breachedAt", string(step.breachedAt())),
                        "firedAt", string(step.firedAt())).add("lateBy", step.lateBy().toString())
                        .add("outcome", JSON.createArrayBuilder(step.outcome())).build();
            });
        });
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /** What every ticket event tells about the ticket. */
    private static JsonObjectBuilder data(Ticket ticket) {
        JsonObjectBuilder data = JSON.createObjectBuilder().add("ticket", ticket.number()).add("title", ticket.title())
                .add("customer", ticket.customer().code());
        text(data, "agreement", ticket.agreement().map(a -> a.number()).orElse(null));
        data.add("service", ticket.serviceCode());
        if (ticket.priority() == null) {
            data.addNull("priority");
        } else {
            data.add("priority", ticket.priority());
        }
        return data.add("status", ticket.status()).add("link", TicketLinks.of(ticket.id()));
    }

    private static JsonObjectBuilder text(JsonObjectBuilder data, String name, String value) {
        return value == null ? data.addNull(name) : data.add(name, value);
    }
}
