package org.servicelevel.application.webhook.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.webhook.WebhookOutbox;
import org.servicelevel.application.webhook.WebhookService;
import org.servicelevel.application.webhook.WebhookSettings;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.webhook.WebhookDelivery;
import org.servicelevel.domain.model.webhook.WebhookDeliveryRepository;
import org.servicelevel.domain.model.webhook.WebhookSubscription;
import org.servicelevel.domain.model.webhook.WebhookSubscriptionRepository;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class WebhookServiceBean implements WebhookService {

    static final String AUDIT_SUBJECT = "webhook";

    @Inject
    private WebhookSubscriptionRepository subscriptions;

    @Inject
    private WebhookDeliveryRepository deliveries;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private WebhookDispatcher dispatcher;

    @Inject
    private Event<WebhookOutbox.Queued> queued;

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
    public List<WebhookDetails> list() {
        return subscriptions.findAll().stream().filter(this::visible).map(WebhookServiceBean::details).toList();
    }

    @Override
    public WebhookDetails find(long id) {
        return details(load(id));
    }

    @Override
    public WebhookDetails create(WebhookChange change) {
        WebhookSubscription subscription = new WebhookSubscription(definition(change), clock.instant());
        WebhookSubscription stored = subscriptions.store(subscription);
        record(stored, "created", describe(stored));
        log.info(() -> "Webhook " + stored.id() + " to " + WebhookSubscription.receiverOf(stored.url())
                + " created for " + stored.eventTypes());
        return details(stored);
    }

    @Override
    public WebhookDetails update(long id, long expectedVersion, WebhookChange change) {
        WebhookSubscription subscription = load(id);
        if (subscription.version() != expectedVersion) {
            throw new StaleVersionException("Webhook " + id, expectedVersion, subscription.version());
        }
        subscription.change(definition(change));
        WebhookSubscription stored = subscriptions.store(subscription);
        record(stored, "updated", describe(stored) + (change.secret() == null ? "" : "; new secret"));
        log.info(() -> "Webhook " + stored.id() + " to " + WebhookSubscription.receiverOf(stored.url()) + " changed");
        return details(stored);
    }

    @Override
    public void delete(long id, long expectedVersion) {
        WebhookSubscription subscription = load(id);
        if (subscription.version() != expectedVersion) {
            throw new StaleVersionException("Webhook " + id, expectedVersion, subscription.version());
        }
        record(subscription, "deleted", describe(subscription));
        subscriptions.remove(subscription);
        log.info(() -> "Webhook " + id + " to " + WebhookSubscription.receiverOf(subscription.url()) + " deleted");
    }

    @Override
    public DeliveryPage deliveries(long id, int offset, int limit) {
        load(id);
        WebhookDeliveryRepository.Page page = deliveries.findOf(id, offset, limit);
        return new DeliveryPage(page.deliveries().stream().map(WebhookServiceBean::delivery).toList(), page.total());
    }

    @Override
    public DeliveryDetails redeliver(long id, long deliveryId) {
        WebhookSubscription subscription = load(id);
        WebhookDelivery delivery = deliveries.findById(deliveryId).filter(d -> d.subscriptionId() == id)
                .orElseThrow(() -> new NotFoundException("Webhook " + id + " has no delivery " + deliveryId));
        delivery.redeliver(clock.instant());
        deliveries.store(delivery);
        record(subscription, "redelivered", "delivery " + deliveryId + " of event " + delivery.eventId() + " ("
                + delivery.eventType() + ")");
        queued.fire(new WebhookOutbox.Queued(delivery.eventType(), delivery.subject()));
        log.info(() -> "Webhook delivery " + deliveryId + " of event " + delivery.eventId() + " queued again");
        return delivery(delivery);
    }

    @Override
    public List<AuditRecord> audit(long id) {
        load(id);
        return audit.of(AUDIT_SUBJECT, id).stream()
                .map(a -> new AuditRecord(a.occurredAt(), a.actor(), a.action(), a.details())).toList();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        dispatcher.deliverDue();
    }

    private WebhookSubscription.Definition definition(WebhookChange c) {
        Optional<Long> own = callers.customerOrganisation(session);
        String code = c.customer() == null ? "" : c.customer().strip();
        Organisation customer = code.isEmpty() ? own.flatMap(organisations::findById).orElse(null)
                : organisations.findByCode(code).orElse(null);
        boolean unknown = !code.isEmpty() && customer == null;
        // a customer's user (e.g. their integration) subscribes to their own organisation's events only
        if (unknown || own.isPresent() && (customer == null || !own.get().equals(customer.id()))) {
            throw new InvalidFieldException("customer", "There is no customer with code " + code);
        }
        WebhookSubscription.refuseBlocked(c.url(), WebhookSettings.blockedNetworks());
        return new WebhookSubscription.Definition(c.url(), c.eventTypes(), c.secret(),
                c.active() == null || c.active(), customer, c.description());
    }

    private WebhookSubscription load(long id) {
        return subscriptions.findById(id).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("There is no webhook " + id));
    }

    /** Whether the caller sees the subscription: a customer's user only those of their own organisation. */
    private boolean visible(WebhookSubscription s) {
        return callers.customerOrganisation(session)
                .map(own -> s.customer().map(c -> own.equals(c.id())).orElse(false)).orElse(true);
    }

    private void record(WebhookSubscription s, String action, String details) {
        audit.record(new AuditEntry(clock.instant(), callers.actor(session), AUDIT_SUBJECT, s.id(), action, details));
    }

    private static String describe(WebhookSubscription s) {
        return s.url() + " for " + s.eventTypes() + s.customer().map(c -> " of " + c.code()).orElse("")
                + (s.active() ? "" : " (inactive)");
    }

    private static WebhookDetails details(WebhookSubscription s) {
        return new WebhookDetails(s.id(), s.version(), s.url(), List.copyOf(new java.util.TreeSet<>(s.eventTypes())),
                s.secret() != null, s.active(), s.customer().map(Organisation::code).orElse(null), s.description(),
                s.createdAt());
    }

    static DeliveryDetails delivery(WebhookDelivery d) {
        return new DeliveryDetails(d.id(), d.eventId(), d.eventType(), d.subject(), d.state().name(), d.attempts(),
                d.lastStatus().orElse(null), d.lastError().orElse(null), d.nextAttemptAt().orElse(null), d.createdAt(),
                d.deliveredAt().orElse(null));
    }
}
