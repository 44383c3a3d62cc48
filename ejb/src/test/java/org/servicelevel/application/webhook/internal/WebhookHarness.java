package org.servicelevel.application.webhook.internal;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.servicelevel.Fields;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.webhook.WebhookOutbox;
import org.servicelevel.application.webhook.WebhookSender;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.domain.model.ticket.StatusModel;
import org.servicelevel.domain.model.ticket.StatusTransition;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.ticket.TicketStatus;
import org.servicelevel.domain.model.webhook.WebhookDelivery;
import org.servicelevel.domain.model.webhook.WebhookDeliveryRepository;
import org.servicelevel.domain.model.webhook.WebhookSubscription;
import org.servicelevel.domain.model.webhook.WebhookSubscriptionRepository;

/**
 * The real webhook classes (outbox, ticket events, dispatch, dispatcher, service) wired as the container
 * wires them, with in-memory repositories that do what their SQL does (the claim counts the attempt),
 * an executor that runs tasks at once, and a receiver in place of HTTP that sees what
 * {@code HttpWebhookSender} would put on the wire: the body (sent as its UTF-8 bytes) and the headers.
 */
final class WebhookHarness {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One POST as the receiver got it. */
    record Post(URI url, String body, Map<String, String> headers, Instant at) {
    }

    /** What the receiver answers; throws for "no answer". */
    interface Receiver {
        int answer(Post post) throws WebhookSender.SendFailure;
    }

    /** The beans' log, quiet: the tests read outcomes, not log lines. */
    private static final Logger LOG = Logger.getLogger("webhook-harness");

    static {
        LOG.setLevel(java.util.logging.Level.OFF);
    }

    static final Organisation ACME = organisation("ACME", 1L);
    static final Organisation GLOBEX = organisation("GLOBEX", 2L);

    final MovableClock clock;
    final List<WebhookSubscription> subscriptions = new ArrayList<>();
    final Map<Long, WebhookDelivery> deliveries = new LinkedHashMap<>();
    final List<Post> posts = new ArrayList<>();
    final List<Long> retriesScheduledInMillis = new ArrayList<>();
    final List<Object> queued = new ArrayList<>();
    final Map<Long, Ticket> tickets = new HashMap<>();
    private final Map<Object, Object> transaction = new HashMap<>();
    private long nextDeliveryId = 4711;
    Receiver receiver = post -> 204;

    final WebhookOutbox outbox = new WebhookOutbox();
    final TicketWebhooks ticketWebhooks = new TicketWebhooks();
    final WebhookDispatch dispatch = new WebhookDispatch();
    final WebhookDispatcher dispatcher = new WebhookDispatcher();
    final WebhookServiceBean service = new WebhookServiceBean();

    WebhookHarness(Instant now) {
        clock = new MovableClock(now);
        WebhookSubscriptionRepository subscriptionRepository = proxy(WebhookSubscriptionRepository.class,
                (p, m, a) -> switch (m.getName()) {
                    case "findById" -> subscriptions.stream().filter(s -> s.id() == (long) a[0]).findFirst();
                    case "findAll" -> List.copyOf(subscriptions);
                    case "findActiveFor" -> subscriptions.stream().filter(WebhookSubscription::active)
                            .filter(s -> s.eventTypes().contains((String) a[0]))
                            .filter(s -> s.customer().isEmpty() || a[1] != null
                                    && s.customer().get().code().equalsIgnoreCase((String) a[1])).toList();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        WebhookDeliveryRepository deliveryRepository = proxy(WebhookDeliveryRepository.class,
                (p, m, a) -> switch (m.getName()) {
                    case "store" -> {
                        WebhookDelivery d = (WebhookDelivery) a[0];
                        if (d.id() == null) {
                            Fields.set(WebhookDelivery.class, d, "id", nextDeliveryId++);
                        }
                        deliveries.put(d.id(), d);
                        yield null;
                    }
                    case "findById" -> Optional.ofNullable(deliveries.get((long) a[0]));
                    case "findOf" -> new WebhookDeliveryRepository.Page(deliveries.values().stream()
                            .filter(d -> d.subscriptionId() == (long) a[0])
                            .sorted(Comparator.comparing(WebhookDelivery::createdAt).thenComparing(WebhookDelivery::id)
                                    .reversed()).skip((int) a[1]).limit((int) a[2]).toList(),
                            deliveries.values().stream().filter(d -> d.subscriptionId() == (long) a[0]).count());
                    case "findDueSubscriptions" -> deliveries.values().stream().filter(d -> due(d, (Instant) a[0]))
                            .map(WebhookDelivery::subscriptionId).distinct().toList();
                    case "findDueOf" -> deliveries.values().stream().filter(d -> d.subscriptionId() == (long) a[0])
                            .filter(d -> due(d, (Instant) a[1]))
                            .sorted(Comparator.comparing((WebhookDelivery d) -> d.nextAttemptAt().orElseThrow())
                                    .thenComparing(WebhookDelivery::id))
                            .limit((int) a[2]).map(WebhookDelivery::id).toList();
                    case "claim" -> claim((long) a[0], (Instant) a[1], (Instant) a[2]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        Logger log = LOG;

        Fields.set(WebhookOutbox.class, outbox, "subscriptions", subscriptionRepository);
        Fields.set(WebhookOutbox.class, outbox, "deliveries", deliveryRepository);
        Fields.set(WebhookOutbox.class, outbox, "queued", proxy(Event.class, (p, m, a) -> {
            if (m.getName().equals("fire")) {
                queued.add(a[0]);
            }
            return null;
        }));
        Fields.set(WebhookOutbox.class, outbox, "clock", clock);
        Fields.set(WebhookOutbox.class, outbox, "transaction", proxy(TransactionSynchronizationRegistry.class,
                (p, m, a) -> switch (m.getName()) {
                    case "getResource" -> transaction.get(a[0]);
                    case "putResource" -> transaction.put(a[0], a[1]);
                    default -> throw new UnsupportedOperationException(m.getName());
                }));

        Fields.set(TicketWebhooks.class, ticketWebhooks, "tickets", proxy(TicketRepository.class,
                (p, m, a) -> switch (m.getName()) {
                    case "findById" -> Optional.ofNullable(tickets.get((Long) a[0]));
                    default -> throw new UnsupportedOperationException(m.getName());
                }));
        Fields.set(TicketWebhooks.class, ticketWebhooks, "outbox", outbox);

        Fields.set(WebhookDispatch.class, dispatch, "deliveries", deliveryRepository);
        Fields.set(WebhookDispatch.class, dispatch, "subscriptions", subscriptionRepository);
        Fields.set(WebhookDispatch.class, dispatch, "clock", clock);
        Fields.set(WebhookDispatch.class, dispatch, "log", log);

        Fields.set(WebhookDispatcher.class, dispatcher, "executor", proxy(ManagedExecutorService.class,
                (p, m, a) -> {
                    if (m.getName().equals("execute")) {
                        ((Runnable) a[0]).run();
                        return null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                }));
        Fields.set(WebhookDispatcher.class, dispatcher, "scheduler", proxy(ManagedScheduledExecutorService.class,
                (p, m, a) -> {
                    if (m.getName().equals("schedule")) {
                        retriesScheduledInMillis.add((Long) a[1]);
                    }
                    return null;
                }));
        Fields.set(WebhookDispatcher.class, dispatcher, "dispatch", dispatch);
        Fields.set(WebhookDispatcher.class, dispatcher, "sender", (WebhookSender) (url, body, headers) -> {
            Post post = new Post(url, body, Map.copyOf(headers), clock.instant());
            posts.add(post);
            return receiver.answer(post);
        });
        Fields.set(WebhookDispatcher.class, dispatcher, "clock", clock);
        Fields.set(WebhookDispatcher.class, dispatcher, "log", log);

        Fields.set(WebhookServiceBean.class, service, "subscriptions", subscriptionRepository);
        Fields.set(WebhookServiceBean.class, service, "deliveries", deliveryRepository);
        Fields.set(WebhookServiceBean.class, service, "dispatcher", dispatcher);
        Fields.set(WebhookServiceBean.class, service, "queued", proxy(Event.class, (p, m, a) -> {
            if (m.getName().equals("fire")) {
                queued.add(a[0]);
            }
            return null;
        }));
        Fields.set(WebhookServiceBean.class, service, "audit", proxy(AuditTrail.class, (p, m, a) ->
                m.getName().equals("of") ? List.of() : null));
        Fields.set(WebhookServiceBean.class, service, "clock", clock);
        Fields.set(WebhookServiceBean.class, service, "log", log);
        Principal max = () -> "max";
        Fields.set(WebhookServiceBean.class, service, "session", proxy(SessionContext.class, (p, m, a) ->
                switch (m.getName()) {
                    case "isCallerInRole" -> false;
                    case "getCallerPrincipal" -> max;
                    default -> null;
                }));
        Fields.set(WebhookServiceBean.class, service, "callers", new CallerContext() {
            @Override
            public Caller of(jakarta.ejb.EJBContext session) {
                return new Caller("max", "Max Manager", Set.of("MANAGER"), null, null);
            }

            @Override
            public String actor(jakarta.ejb.EJBContext session) {
                return "max";
            }
        });
    }

    static Organisation organisation(String code, long id) {
        Organisation o = new Organisation(code, code + " Ltd", Instant.parse("2026-01-01T00:00:00Z"));
        Fields.set(Organisation.class, o, "id", id);
        return o;
    }

    /** A stored, active subscription. */
    WebhookSubscription subscribe(long id, String url, String secret, Organisation customer, String... types) {
        WebhookSubscription s = new WebhookSubscription(new WebhookSubscription.Definition(url, List.of(types), secret,
                true, customer, null), clock.instant());
        Fields.set(WebhookSubscription.class, s, "id", id);
        subscriptions.add(s);
        return s;
    }

    /** A new transaction: the outbox's per-transaction memory starts empty. */
    void newTransaction() {
        transaction.clear();
    }

    /** What happens after the transaction commits ({@code WebhookTrigger}) and when the timer looks. */
    void afterCommit() {
        dispatcher.deliverDue();
    }

    private static boolean due(WebhookDelivery d, Instant now) {
        Instant claimed = (Instant) read(d, "claimedUntil");
        return d.state().queued() && d.nextAttemptAt().isPresent() && !d.nextAttemptAt().get().isAfter(now)
                && (claimed == null || claimed.isBefore(now));
    }

    /** What the repository's conditional UPDATE does. */
    private boolean claim(long id, Instant now, Instant until) {
        WebhookDelivery d = deliveries.get(id);
        if (d == null || !due(d, now)) {
            return false;
        }
        Fields.set(WebhookDelivery.class, d, "claimedUntil", until);
        Fields.set(WebhookDelivery.class, d, "attempts", d.attempts() + 1);
        return true;
    }

    static Object read(Object target, String name) {
        try {
            Field f = target.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(WebhookHarness.class.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> switch (m.getName()) {
                    case "toString" -> type.getSimpleName() + " fake";
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    default -> handler.invoke(p, m, a);
                });
    }

    // ---- tickets ------------------------------------------------------------------------------------

    static final StatusModel MODEL = new StatusModel(List.of(
            new TicketStatus("NEW", "New", StatusCategory.NEW, 10, true),
            new TicketStatus("IN_PROGRESS", "In progress", StatusCategory.IN_PROGRESS, 20, false),
            new TicketStatus("RESOLVED", "Resolved", StatusCategory.RESOLVED, 70, false),
            new TicketStatus("CLOSED", "Closed", StatusCategory.CLOSED, 80, false)), List.of(
            new StatusTransition("NEW", "IN_PROGRESS", "Start work", false),
            new StatusTransition("IN_PROGRESS", "RESOLVED", "Resolve", false),
            new StatusTransition("RESOLVED", "CLOSED", "Close", true)));

    static final AgreementTerms TERMS = new AgreementTerms("EUR", null, null,
            List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null, null, List.of())),
            List.of(priority(1, "PT15M", "PT2H"), priority(2, "PT30M", "PT4H"), priority(3, "PT2H", "PT16H")),
            3, null, null, null, null, null, null, 0, null, null, null);

    private static PriorityTerms priority(int number, String response, String resolution) {
        return new PriorityTerms(number, "P" + number, Duration.parse(response), Duration.parse(resolution),
                BigDecimal.TEN, false, List.of());
    }

    /** Ticket T-000042 of ACME under SLA-ACME-2026, priority 3, registered by anna, stored with id 42. */
    Ticket ticket(String title) {
        Agreement sla = new Agreement("SLA-ACME-2026", AgreementType.SLA, new Agreement.Header("Workplace support",
                ACME, null, null, null, "Europe/Berlin", LocalDate.of(2026, 1, 1), null, null, "max"), TERMS,
                Instant.parse("2026-01-01T00:00:00Z"), "max");
        Ticket t = new Ticket("T-000042", new Ticket.Registration(ACME, "carla", "Carla Customer",
                "carla@acme.example", title, "It jams on every page", "WS", sla, 1, 3, null, null, "incident",
                Set.of(), Channel.API, null, null, null, null), MODEL.initial(), clock.instant(), "anna", false);
        Fields.set(Ticket.class, t, "id", 42L);
        tickets.put(42L, t);
        return t;
    }
}
