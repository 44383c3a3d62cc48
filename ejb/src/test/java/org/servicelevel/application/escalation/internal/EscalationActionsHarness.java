package org.servicelevel.application.escalation.internal;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.Fields;
import org.servicelevel.application.UnitTestConfig;
import org.servicelevel.application.escalation.ClockEscalated;
import org.servicelevel.application.notification.NotificationOutbox;
import org.servicelevel.application.notification.Recipients;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.ticket.internal.TicketClocks;
import org.servicelevel.application.webhook.WebhookOutbox;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.Contact;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.LineExtension;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.escalation.PlannedStep;
import org.servicelevel.domain.model.escalation.ScheduledStep;
import org.servicelevel.domain.model.escalation.ScheduledStepRepository;
import org.servicelevel.domain.model.identity.UserAccountRepository;
import org.servicelevel.domain.model.notification.Notification;
import org.servicelevel.domain.model.notification.NotificationRepository;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.domain.model.supportgroup.SupportGroupKind;
import org.servicelevel.domain.model.supportgroup.SupportGroupRepository;
import org.servicelevel.domain.model.ticket.StatusModel;
import org.servicelevel.domain.model.ticket.StatusTransition;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketEvent;
import org.servicelevel.domain.model.ticket.TicketEventType;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.ticket.TicketStatus;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The real escalation classes that fire a step ({@link EscalationServiceBean}, {@link EscalationPlanning},
 * {@link EscalationActions}, {@link EscalationMail}, {@link NotificationOutbox}, {@link Recipients}) and the
 * webhook observer of fired steps ({@code TicketWebhooks}), wired as the container wires them, with in-memory
 * repositories that behave like theirs: users with addresses (a disabled one has none, as the query reads
 * enabled users only), support groups by code, the stored steps of one ticket (replacing the pending ones, a
 * claim taking a pending step), the notification outbox's rows, and the webhook events published.
 *
 * <p>Clocks are the real {@link ClockCalculator}'s, computed from the ticket's history on a 24/7 Berlin
 * calendar (working time is real time, DST included) unless a test gives another.
 *
 * <p>Cast: group L1 (line 1, lead lena, members anna and ben), L2 (line 2, lead lars, members lars and olga),
 * L3 (line 3, lead tom, member tom). Users: anna, ben, lena, lars, olga, tom, max (the agreement's owner) with
 * {@code <name>@provider.example}; "nomail" without an address; "gone" disabled.
 */
final class EscalationActionsHarness {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String PUBLIC_URL = "https://sla.example.com/servicelevel";

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

    /** A webhook event as the outbox was asked to publish it. */
    record Published(String type, String subject, String customer, JsonObject data) {
    }

    private static final Logger LOG = Logger.getLogger("escalation-actions-harness");

    static {
        LOG.setLevel(Level.OFF);
    }

    static final StatusModel MODEL = new StatusModel(List.of(
            new TicketStatus("NEW", "New", StatusCategory.NEW, 10, true),
            new TicketStatus("IN_PROGRESS", "In progress", StatusCategory.IN_PROGRESS, 20, false),
            new TicketStatus("CLARIFICATION_WITH_CUSTOMER", "Clarification", StatusCategory.WAITING_ON_CUSTOMER, 30,
                    false),
            new TicketStatus("RESOLVED", "Resolved", StatusCategory.RESOLVED, 70, false),
            new TicketStatus("CLOSED", "Closed", StatusCategory.CLOSED, 80, false),
            new TicketStatus("CANCELLED", "Cancelled", StatusCategory.CANCELLED, 90, false)), List.of(
            new StatusTransition("NEW", "IN_PROGRESS", "Start work", false),
            new StatusTransition("NEW", "CANCELLED", "Cancel", true),
            new StatusTransition("IN_PROGRESS", "CLARIFICATION_WITH_CUSTOMER", "Ask", false),
            new StatusTransition("CLARIFICATION_WITH_CUSTOMER", "IN_PROGRESS", "Answered", true),
            new StatusTransition("IN_PROGRESS", "RESOLVED", "Resolve", false),
            new StatusTransition("IN_PROGRESS", "CANCELLED", "Cancel", false),
            new StatusTransition("RESOLVED", "IN_PROGRESS", "Reopen", true),
            new StatusTransition("RESOLVED", "CLOSED", "Close", true)));

    /** Berlin wall-clock time, {@code 2026-03-02T09:00}. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    static PriorityTerms priority(int number, String response, String resolution) {
        return new PriorityTerms(number, "P" + number, response == null ? null : Duration.parse(response),
                resolution == null ? null : Duration.parse(resolution), BigDecimal.TEN, false, List.of());
    }

    /** P1 15 min / 2 h, P2 30 min / 4 h, P3 2 h / 16 h. */
    static final List<PriorityTerms> PRIORITIES = List.of(priority(1, "PT15M", "PT2H"), priority(2, "PT30M", "PT4H"),
            priority(3, "PT2H", "PT16H"));

    /** Terms of service WS with the given priorities, policy ({@code []}: the default), limits and line extensions. */
    static AgreementTerms terms(List<PriorityTerms> priorities, List<EscalationRule> escalations, Contact coordinator,
                               List<StatusLimit> limits, List<LineExtension> extensions) {
        return new AgreementTerms("EUR", null, coordinator,
                List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null, null, List.of())), priorities,
                priorities.get(priorities.size() - 1).number(), limits, null, extensions, null, null, null, 0, null,
                null, null, List.of(), List.of(), escalations);
    }

    static AgreementTerms terms(List<EscalationRule> escalations) {
        return terms(PRIORITIES, escalations, null, List.of(), List.of());
    }

    static ServiceCalendar calendar(CalendarRules rules) {
        WorkCalendar engine = WorkCalendar.of(rules);
        return new ServiceCalendar() {
            @Override
            public long id() {
                return 1;
            }

            @Override
            public String name() {
                return "Service hours";
            }

            @Override
            public WorkCalendar engine() {
                return engine;
            }

            @Override
            public int versionOn(LocalDate date) {
                return 1;
            }
        };
    }

    // ---- the world ------------------------------------------------------------------------------------

    final MovableClock clock;
    final Organisation acme = new Organisation("ACME", "ACME Manufacturing", Instant.parse("2026-01-01T00:00:00Z"));
    AgreementTerms terms;
    ServiceCalendar calendar = calendar(CalendarRules.twentyFourSeven(BERLIN));
    final Agreement sla;

    /** username -> address; a username mapped to null has no address; disabled users are left out. */
    final Map<String, String> enabledAddresses = new HashMap<>();
    final Map<String, SupportGroup> groups = new LinkedHashMap<>();
    final List<Notification> mails = new ArrayList<>();
    final List<ClockEscalated> fired = new ArrayList<>();
    final List<Published> published = new ArrayList<>();
    final List<ScheduledStep> steps = new ArrayList<>();
    final Map<Long, Ticket> tickets = new HashMap<>();
    private final Map<Object, Object> transaction = new HashMap<>();
    private long nextStepId = 451;
    Ticket ticket;

    final EscalationServiceBean service = new EscalationServiceBean();
    final EscalationActions actions = new EscalationActions();
    final EscalationPlanning planning = new EscalationPlanning();

    EscalationActionsHarness(AgreementTerms terms, Instant now) {
        this.terms = terms;
        this.clock = new MovableClock(now);
        UnitTestConfig.install();
        UnitTestConfig.VALUES.clear();
        UnitTestConfig.VALUES.put("servicelevel.public-url", PUBLIC_URL);
        clearBundles();
        sla = new Agreement("SLA-ACME-2026", AgreementType.SLA, new Agreement.Header("Workplace support", acme, null,
                null, null, "Europe/Berlin", LocalDate.of(2026, 1, 1), null, null, "max"),
                terms(PRIORITIES, List.of(), null, List.of(), List.of()), Instant.parse("2026-01-01T00:00:00Z"), "max");

        for (String u : List.of("anna", "ben", "lena", "lars", "olga", "tom", "max")) {
            enabledAddresses.put(u, u + "@provider.example");
        }
        enabledAddresses.put("nomail", null);
        group("L1", 1, "lena", "anna", "ben");
        group("L2", 2, "lars", "lars", "olga");
        group("L3", 3, "tom", "tom");
        wire();
    }

    SupportGroup group(String code, Integer line, String lead, String... members) {
        SupportGroup g = new SupportGroup(code, code + " group", line == null ? SupportGroupKind.SUPPLIER
                : SupportGroupKind.SUPPORT_LINE, line, null, Instant.parse("2026-01-01T00:00:00Z"));
        g.staff(lead, List.of(members));
        groups.put(code, g);
        return g;
    }

    static void clearBundles() {
        try {
            Field f = Recipients.class.getDeclaredField("BUNDLES");
            f.setAccessible(true);
            ((Map<?, ?>) f.get(null)).clear();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void wire() {
        TransactionSynchronizationRegistry tx = proxy(TransactionSynchronizationRegistry.class,
                (p, m, a) -> switch (m.getName()) {
                    case "getResource" -> transaction.get(a[0]);
                    case "putResource" -> transaction.put(a[0], a[1]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        UserAccountRepository users = proxy(UserAccountRepository.class, (p, m, a) -> switch (m.getName()) {
            case "enabledAddresses" -> {
                // as the query: enabled users among the names (compared in lower case, as stored), by the name asked
                Map<String, String> found = new HashMap<>();
                for (Object name : (java.util.Collection<?>) a[0]) {
                    String asked = (String) name;
                    String stored = asked.strip().toLowerCase(Locale.ROOT);
                    if (enabledAddresses.containsKey(stored)) {
                        found.put(asked, enabledAddresses.get(stored));
                    }
                }
                yield found;
            }
            case "findByUsername" -> Optional.empty();
            default -> throw new UnsupportedOperationException(m.getName());
        });
        SupportGroupRepository groupRepository = proxy(SupportGroupRepository.class, (p, m, a) ->
                switch (m.getName()) {
                    case "findByCode" -> Optional.ofNullable(groups.get((String) a[0]));
                    case "findAll" -> List.copyOf(groups.values());
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        NotificationRepository notifications = proxy(NotificationRepository.class, (p, m, a) -> {
            if (m.getName().equals("store")) {
                mails.add((Notification) a[0]);
                return null;
            }
            throw new UnsupportedOperationException(m.getName());
        });
        NotificationOutbox outbox = new NotificationOutbox();
        Fields.set(NotificationOutbox.class, outbox, "notifications", notifications);
        Fields.set(NotificationOutbox.class, outbox, "queued", proxy(Event.class, (p, m, a) -> null));
        Fields.set(NotificationOutbox.class, outbox, "transaction", tx);
        Recipients recipients = new Recipients();
        Fields.set(Recipients.class, recipients, "users", users);

        Fields.set(EscalationActions.class, actions, "users", users);
        Fields.set(EscalationActions.class, actions, "groups", groupRepository);
        Fields.set(EscalationActions.class, actions, "outbox", outbox);
        Fields.set(EscalationActions.class, actions, "recipients", recipients);
        Fields.set(EscalationActions.class, actions, "mail", new EscalationMail());
        Fields.set(EscalationActions.class, actions, "transaction", tx);

        ScheduledStepRepository stepRepository = proxy(ScheduledStepRepository.class, (p, m, a) ->
                switch (m.getName()) {
                    case "ofTicket" -> steps.stream().filter(s -> s.ticketId() == (long) a[0])
                            .sorted(ScheduledStep.DUE_ORDER).toList();
                    case "replacePending" -> {
                        long ticketId = (long) a[0];
                        steps.removeIf(s -> s.ticketId() == ticketId && s.state() == ScheduledStep.State.PENDING);
                        for (Object planned : (List<?>) a[1]) {
                            ScheduledStep s = new ScheduledStep(ticketId, (PlannedStep) planned, (Instant) a[2]);
                            Fields.set(ScheduledStep.class, s, "id", nextStepId++);
                            steps.add(s);
                        }
                        yield null;
                    }
                    case "claim" -> steps.stream().filter(s -> s.id() == (long) a[0]
                            && s.state() == ScheduledStep.State.PENDING).findFirst();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        Fields.set(EscalationPlanning.class, planning, "steps", stepRepository);
        Fields.set(EscalationPlanning.class, planning, "planned", proxy(Event.class, (p, m, a) -> null));
        Fields.set(EscalationPlanning.class, planning, "transaction", tx);

        TicketClocks clocks = new TicketClocks() {
            @Override
            public Optional<AgreementTerms> terms(Ticket t) {
                return t.agreement().map(a -> EscalationActionsHarness.this.terms);
            }

            @Override
            public Optional<ServiceCalendar> calendar(Ticket t) {
                return t.agreement().map(a -> calendar);
            }

            @Override
            public List<SlaClock> clocks(Ticket t, Instant asOf) {
                Instant when = asOf.isBefore(t.registeredAt()) ? t.registeredAt() : asOf;
                return ClockCalculator.clocks(t.historyAsOf(when), EscalationActionsHarness.this.terms
                        .forService(t.serviceCode()), calendar, when, null);
            }
        };

        // the webhook observer of fired steps, publishing into an outbox that records what it is asked
        WebhookOutbox webhooks = new WebhookOutbox() {
            @Override
            public void publish(String type, String subject, String customerCode, Supplier<JsonObject> data) {
                published.add(new Published(type, subject, customerCode, data.get()));
            }
        };
        Object ticketWebhooks;
        Method escalatedObserver;
        try {
            Class<?> type = Class.forName("org.servicelevel.application.webhook.internal.TicketWebhooks");
            ticketWebhooks = type.getDeclaredConstructor().newInstance();
            Fields.set(type, ticketWebhooks, "tickets", proxy(TicketRepository.class, (p, m, a) ->
                    switch (m.getName()) {
                        case "findById" -> Optional.ofNullable(tickets.get((Long) a[0]));
                        default -> throw new UnsupportedOperationException(m.getName());
                    }));
            Fields.set(type, ticketWebhooks, "outbox", webhooks);
            escalatedObserver = type.getDeclaredMethod("escalated", ClockEscalated.class);
            escalatedObserver.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }

        Fields.set(EscalationServiceBean.class, service, "steps", stepRepository);
        Fields.set(EscalationServiceBean.class, service, "tickets", proxy(TicketRepository.class, (p, m, a) ->
                switch (m.getName()) {
                    case "findById" -> Optional.ofNullable(tickets.get((Long) a[0]));
                    default -> throw new UnsupportedOperationException(m.getName());
                }));
        Fields.set(EscalationServiceBean.class, service, "clocks", clocks);
        Fields.set(EscalationServiceBean.class, service, "planning", planning);
        Fields.set(EscalationServiceBean.class, service, "actions", actions);
        Fields.set(EscalationServiceBean.class, service, "callers", new CallerContext() {
            @Override
            public Optional<Long> customerOrganisation(jakarta.ejb.EJBContext session) {
                return Optional.empty();
            }
        });
        Fields.set(EscalationServiceBean.class, service, "escalated", proxy(Event.class, (p, m, a) -> {
            if (m.getName().equals("fire")) {
                fired.add((ClockEscalated) a[0]);
                escalatedObserver.invoke(ticketWebhooks, a[0]);
            }
            return null;
        }));
        Fields.set(EscalationServiceBean.class, service, "clock", clock);
        Fields.set(EscalationServiceBean.class, service, "log", LOG);
        Fields.set(EscalationServiceBean.class, service, "instance", "server");
        Fields.set(EscalationServiceBean.class, service, "lateAfter", "PT1M");
        Fields.set(EscalationServiceBean.class, service, "application", "servicelevel");
        Fields.set(EscalationServiceBean.class, service, "session", proxy(SessionContext.class, (p, m, a) -> null));
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(EscalationActionsHarness.class.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> switch (m.getName()) {
                    case "toString" -> type.getSimpleName() + " fake";
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    default -> handler.invoke(p, m, a);
                });
    }

    // ---- what a test does ----------------------------------------------------------------------------

    /**
     * Registers T-000042 "Mail server down" of ACME under SLA-ACME-2026 at the clock's instant, by anna, and
     * plans its steps as the registration does.
     */
    Ticket register(int priority, String assignee, String group, String... tags) {
        ticket = new Ticket("T-000042", new Ticket.Registration(acme, "carla", "Carla Customer", "carla@acme.example",
                "Mail server down", "Nobody gets mail", "WS", sla, 1, priority, null, null, "incident",
                Set.of(tags), Channel.API, null, assignee, group == null ? null : groups.get(group), null),
                MODEL.initial(), clock.instant(), "anna", false);
        Fields.set(Ticket.class, ticket, "id", 42L);
        tickets.put(42L, ticket);
        replan();
        return ticket;
    }

    /** What a change of the ticket does to its steps ({@code TicketClocksChanged}): plans them afresh. */
    void replan() {
        newTransaction();
        service.replan(42L);
    }

    /** A person (anna) moves the ticket at the clock's instant; its steps are planned afresh, as with any change. */
    void move(String to) {
        ticket.transition(MODEL, to, ticket.nextInstant(clock.instant()), "anna", false, null, false);
        replan();
    }

    void advanceTo(Instant when) {
        clock.now = when;
    }

    /** The pending steps, earliest first. */
    List<ScheduledStep> pending() {
        return steps.stream().filter(s -> s.state() == ScheduledStep.State.PENDING).sorted(ScheduledStep.DUE_ORDER)
                .toList();
    }

    /** What the timer does: fires every due step, one at a time, each in a transaction of its own. */
    void fireDue() {
        for (int round = 0; round < 100; round++) {
            Optional<ScheduledStep> due = pending().stream().filter(s -> !s.dueAt().isAfter(clock.instant()))
                    .findFirst();
            if (due.isEmpty()) {
                return;
            }
            fire(due.get().id());
        }
        throw new IllegalStateException("steps keep coming due");
    }

    /** Fires the step with the id, as the timer does once it has claimed it. */
    void fire(long stepId) {
        newTransaction();
        service.fire(stepId);
    }

    void newTransaction() {
        transaction.clear();
    }

    /** The ticket's ESCALATION events as "to | text". */
    List<String> escalations() {
        return events(TicketEventType.ESCALATION).stream().map(e -> e.toValue() + " | " + e.text()).toList();
    }

    List<TicketEvent> events(TicketEventType type) {
        return ticket.events().stream().filter(e -> e.type() == type).toList();
    }

    List<String> recipients() {
        return mails.stream().map(Notification::recipient).toList();
    }

    /** The fired steps of the ticket as "metric/name#occurrence". */
    List<String> firedSteps() {
        return steps.stream().filter(s -> s.state() == ScheduledStep.State.FIRED).sorted(ScheduledStep.DUE_ORDER)
                .map(s -> s.metric() + "/" + s.name() + "#" + s.occurrence()).toList();
    }

    /** The ticket's clock of the metric, computed now. */
    SlaClock clock(String metric) {
        return clocksNow().stream().filter(c -> c.metric().equals(metric)).findFirst().orElseThrow();
    }

    List<SlaClock> clocksNow() {
        return ClockCalculator.clocks(ticket.historyAsOf(clock.instant()), terms.forService("WS"), calendar,
                clock.instant(), null);
    }
}
