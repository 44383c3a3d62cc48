package org.servicelevel.application.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBContext;
import jakarta.ejb.SessionContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicelevel.Fields;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.ticket.TicketStatusService.Model;
import org.servicelevel.application.ticket.TicketStatusService.StatusDefinition;
import org.servicelevel.application.ticket.TicketStatusService.TransitionDefinition;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.ticket.StatusModel;
import org.servicelevel.domain.model.ticket.StatusTransition;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.ticket.TicketStatus;

/**
 * The status model's ETag is a digest of its content: the ETag a replacement answers is the one the
 * next read answers, whatever order the request listed statuses and transitions in, so a client can
 * base its next replacement on it; a model changed meanwhile is refused as stale.
 */
class StatusModelTagTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /** What the database holds; read back ordered as the named queries order it. */
    private StatusModel stored;
    private TicketStatusServiceBean bean;

    /** What another replacement commits while this one waits for the lock. */
    private Runnable meanwhile = () -> { };

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatusModelTagTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private StatusModel read() {
        return new StatusModel(stored.statuses().stream().sorted(Comparator.comparingInt(TicketStatus::position)
                        .thenComparing(TicketStatus::code)).toList(),
                stored.transitions().stream().sorted(Comparator.comparing(StatusTransition::from)
                        .thenComparing(StatusTransition::to)).toList());
    }

    @BeforeEach
    void setUp() {
        stored = new StatusModel(List.of(
                new TicketStatus("NEW", "New", StatusCategory.NEW, 10, true),
                new TicketStatus("IN_PROGRESS", "In progress", StatusCategory.IN_PROGRESS, 20, false),
                new TicketStatus("RESOLVED", "Resolved", StatusCategory.RESOLVED, 30, false)),
                List.of(new StatusTransition("NEW", "IN_PROGRESS", "Start", false),
                        new StatusTransition("IN_PROGRESS", "RESOLVED", "Resolve", false)));
        bean = new TicketStatusServiceBean();
        Fields.set(TicketStatusServiceBean.class, bean, "tickets", proxy(TicketRepository.class, (p, m, a) ->
                switch (m.getName()) {
                    case "statusModel" -> read();
                    case "lockStatusModel" -> {
                        meanwhile.run();
                        yield null;
                    }
                    case "replace" -> {
                        stored = (StatusModel) a[0];
                        yield null;
                    }
                    case "statusInUse" -> false;
                    default -> throw new UnsupportedOperationException(m.getName());
                }));
        Fields.set(TicketStatusServiceBean.class, bean, "audit", proxy(AuditTrail.class, (p, m, a) -> null));
        Fields.set(TicketStatusServiceBean.class, bean, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        Fields.set(TicketStatusServiceBean.class, bean, "log", Logger.getLogger("statuses"));
        Fields.set(TicketStatusServiceBean.class, bean, "session", proxy(SessionContext.class, (p, m, a) -> null));
        Fields.set(TicketStatusServiceBean.class, bean, "callers", new CallerContext() {
            @Override
            public String actor(EJBContext session) {
                return "admin";
            }
        });
    }

    /** The model with a WAITING status, listed against the order of positions and transitions. */
    private Model addWaiting(String tag) {
        return bean.replace(tag, List.of(
                        new StatusDefinition("RESOLVED", "Resolved", StatusCategory.RESOLVED, 30, false),
                        new StatusDefinition("WAITING", "Waiting", StatusCategory.WAITING_ON_CUSTOMER, 25, false),
                        new StatusDefinition("IN_PROGRESS", "In progress", StatusCategory.IN_PROGRESS, 20, false),
                        new StatusDefinition("NEW", "New", StatusCategory.NEW, 10, true)),
                List.of(new TransitionDefinition("WAITING", "IN_PROGRESS", "Answered", true),
                        new TransitionDefinition("IN_PROGRESS", "WAITING", "Ask", false),
                        new TransitionDefinition("IN_PROGRESS", "RESOLVED", "Resolve", false),
                        new TransitionDefinition("NEW", "IN_PROGRESS", "Start", false)));
    }

    @Test
    void theETagOfAReplacementIsTheOneTheNextReadAnswers() {
        Model replaced = addWaiting(bean.model().tag());
        Model read = bean.model();
        assertEquals(read.tag(), replaced.tag(), "PUT answered an ETag that GET does not: the next change is 412");
        assertEquals(read, replaced, "PUT answered the model in another order than GET");
        assertDoesNotThrow(() -> addWaiting(replaced.tag()), "a change based on the answered ETag was refused");
    }

    @Test
    void theTagDoesNotDependOnTheOrderOfTheLists() {
        List<TicketStatus> statuses = new ArrayList<>(stored.statuses());
        List<StatusTransition> transitions = new ArrayList<>(stored.transitions());
        Collections.reverse(statuses);
        Collections.reverse(transitions);
        StatusModel reversed = new StatusModel(statuses, transitions);
        assertEquals(TicketStatusServiceBean.tag(stored), TicketStatusServiceBean.tag(reversed));
    }

    @Test
    void aReplacementBasedOnAnOlderModelIsStale() {
        String before = bean.model().tag();
        Model replaced = addWaiting(before);
        assertNotEquals(before, replaced.tag());
        assertThrows(StaleVersionException.class, () -> addWaiting(before));
    }

    @Test
    void aReplacementCommittedWhileThisOneWaitedForTheLockMakesItStale() {
        String before = bean.model().tag();
        meanwhile = () -> stored = new StatusModel(Stream.concat(stored.statuses().stream(), Stream.of(
                new TicketStatus("ON_HOLD", "On hold", StatusCategory.WAITING_ON_CUSTOMER, 15, false))).toList(),
                stored.transitions());
        assertThrows(StaleVersionException.class, () -> addWaiting(before));
        assertEquals(4, stored.statuses().size(), "the status added meanwhile is kept");
    }
}
