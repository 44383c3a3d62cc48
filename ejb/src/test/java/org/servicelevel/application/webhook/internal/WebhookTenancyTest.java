package org.servicelevel.application.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBContext;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicelevel.Fields;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.webhook.WebhookService.WebhookDetails;
import org.servicelevel.domain.DomainException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.webhook.DeliveryState;
import org.servicelevel.domain.model.webhook.WebhookDelivery;
import org.servicelevel.domain.model.webhook.WebhookDeliveryRepository;
import org.servicelevel.domain.model.webhook.WebhookSubscription;
import org.servicelevel.domain.model.webhook.WebhookSubscriptionRepository;

/**
 * Tenancy of webhooks: a customer's user who also holds the integration role (a customer's own
 * integration) lists, reads, and redelivers only their organisation's subscriptions and deliveries.
 */
class WebhookTenancyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String SECRET = "0123456789abcdef";

    private final Organisation acme = org("ACME", 1L);
    private final Organisation globex = org("GLOBEX", 2L);
    private final List<WebhookSubscription> stored = new ArrayList<>();
    private final List<WebhookDelivery> deliveries = new ArrayList<>();
    private WebhookServiceBean bean;

    private static Organisation org(String code, long id) {
        Organisation o = new Organisation(code, code + " Ltd", NOW);
        Fields.set(Organisation.class, o, "id", id);
        return o;
    }

    private void subscription(long id, Organisation customer) {
        WebhookSubscription s = new WebhookSubscription(new WebhookSubscription.Definition(
                "https://hooks.example.com/" + id, List.of("ticket.created"), SECRET, true, customer, null), NOW);
        Fields.set(WebhookSubscription.class, s, "id", id);
        stored.add(s);
    }

    private void delivery(long id, long subscription) {
        WebhookDelivery d = new WebhookDelivery(subscription, "e-" + id, "ticket.created", "T-" + id, "{}", NOW);
        Fields.set(WebhookDelivery.class, d, "id", id);
        Fields.set(WebhookDelivery.class, d, "state", DeliveryState.DEAD);
        deliveries.add(d);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(WebhookTenancyTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @BeforeEach
    void setUp() {
        subscription(10, acme);
        subscription(20, globex);
        subscription(30, null);
        delivery(100, 10);
        delivery(200, 20);
        bean = new WebhookServiceBean();
        Fields.set(WebhookServiceBean.class, bean, "subscriptions", proxy(WebhookSubscriptionRepository.class, (p, m, a) ->
                switch (m.getName()) {
                    case "findAll" -> List.copyOf(stored);
                    case "findById" -> stored.stream().filter(s -> s.id() == (long) a[0]).findFirst();
                    default -> throw new UnsupportedOperationException(m.getName());
                }));
        Fields.set(WebhookServiceBean.class, bean, "deliveries", proxy(WebhookDeliveryRepository.class, (p, m, a) ->
                switch (m.getName()) {
                    case "findById" -> deliveries.stream().filter(d -> Objects.equals(d.id(), a[0])).findFirst();
                    case "findOf" -> new WebhookDeliveryRepository.Page(deliveries.stream()
                            .filter(d -> d.subscriptionId() == (long) a[0]).toList(), 1);
                    case "store" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                }));
        Fields.set(WebhookServiceBean.class, bean, "audit", proxy(AuditTrail.class, (p, m, a) ->
                m.getName().equals("of") ? List.of() : null));
        Fields.set(WebhookServiceBean.class, bean, "queued", proxy(Event.class, (p, m, a) -> null));
        Fields.set(WebhookServiceBean.class, bean, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        Fields.set(WebhookServiceBean.class, bean, "log", Logger.getLogger("webhooks"));
        Set<String> roles = Set.of(Role.Names.CUSTOMER, Role.Names.INTEGRATION);
        Fields.set(WebhookServiceBean.class, bean, "session", proxy(SessionContext.class, (p, m, a) ->
                m.getName().equals("isCallerInRole") ? (Object) roles.contains((String) a[0]) : null));
        Fields.set(WebhookServiceBean.class, bean, "callers", new CallerContext() {
            @Override
            public Caller of(EJBContext session) {
                return new Caller("acme-bot", "ACME bot", roles, 1L, "ACME");
            }

            @Override
            public String actor(EJBContext session) {
                return "acme-bot";
            }
        });
    }

    @Test
    void aCustomersIntegrationUserListsOnlyItsOwnOrganisationsWebhooks() {
        List<String> customers;
        try {
            customers = bean.list().stream().map(WebhookDetails::customer).toList();
        } catch (DomainException refused) {
            return; // a refusal would be fine too
        }
        assertEquals(List.of("ACME"), customers, "an ACME user sees GLOBEX's subscription and the all-customers one");
    }

    @Test
    void aCustomersIntegrationUserCannotReadAnotherOrganisationsDeliveryLog() {
        assertThrows(DomainException.class, () -> bean.deliveries(20, 0, 50),
                "an ACME user reads GLOBEX's delivery log (event subjects are GLOBEX ticket numbers)");
    }

    @Test
    void aCustomersIntegrationUserCannotRedeliverAnotherOrganisationsDelivery() {
        assertThrows(DomainException.class, () -> bean.redeliver(20, 200));
    }

    // ---- holds ----

    @Test
    void aDeliveryIsRedeliveredOnlyThroughItsOwnSubscriptionAndTheSecretIsNeverAnswered() {
        assertThrows(NotFoundException.class, () -> bean.redeliver(10, 200));
        assertThrows(NotFoundException.class, () -> bean.redeliver(10, 999));
        WebhookDetails details = bean.find(10);
        assertTrue(details.secretSet());
        assertFalse(details.toString().contains(SECRET), "secret in the answer");
    }
}
