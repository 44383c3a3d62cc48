package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.ticket.TicketFixture.REGISTERED;
import static org.servicelevel.domain.model.ticket.TicketFixture.SECOND_LINE;
import static org.servicelevel.domain.model.ticket.TicketFixture.TERMS;
import static org.servicelevel.domain.model.ticket.TicketFixture.at;
import static org.servicelevel.domain.model.ticket.TicketFixture.defaultModel;
import static org.servicelevel.domain.model.ticket.TicketFixture.ticket;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.Phase;
import org.servicelevel.domain.clock.StatusCategory;

class TicketChronologyTest {

    private final StatusModel model = defaultModel();

    @Test
    void registrationIsTheFirstEventAndIsRecordedToTheSecond() {
        Ticket t = ticket(REGISTERED.plusMillis(750), false);

        assertEquals(REGISTERED, t.registeredAt());
        TicketEvent registered = t.events().get(0);
        assertEquals(1, registered.sequence());
        assertEquals(TicketEventType.REGISTERED, registered.type());
        assertEquals(REGISTERED, registered.occurredAt());
        assertEquals("anna", registered.actor());
        assertEquals("NEW", registered.status());
        assertEquals(StatusCategory.NEW, registered.category());
        assertEquals(3, registered.priority());
    }

    @Test
    void nextInstantIsNowWhenNowIsAfterTheLastEvent() {
        Ticket t = ticket();
        Instant later = REGISTERED.plusSeconds(90);

        assertEquals(later, t.nextInstant(later));
    }

    @Test
    void nextInstantIsTheLastEventWhenTheClockLagsBehindIt() {
        Ticket t = ticket();
        t.comment("Looking into it", true, at("2026-03-02T09:30"), "anna", false);

        assertEquals(at("2026-03-02T09:30"), t.nextInstant(at("2026-03-02T09:29:58")),
                "a server clock running behind never yields an instant before the last event");
        assertEquals(at("2026-03-02T09:30"), t.nextInstant(at("2026-03-02T09:30")));
    }

    @Test
    void aChangeAtNextInstantIsAcceptedEvenWithALaggingClock() {
        Ticket t = ticket();
        t.comment("Looking into it", true, at("2026-03-02T09:30"), "anna", false);

        t.transition(model, "IN_PROGRESS", t.nextInstant(at("2026-03-02T09:20")), "ben", false, null, false);

        assertEquals("IN_PROGRESS", t.status());
        assertEquals(at("2026-03-02T09:30"), t.events().get(2).occurredAt());
    }

    @Test
    void anEventBeforeTheRegistrationIsRefused() {
        Ticket t = ticket();

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> t.comment("Too early", true, REGISTERED.minusSeconds(1), "anna", false));

        assertEquals("at", e.field());
        assertEquals(1, t.events().size());
    }

    @Test
    void anEventBeforeTheLastOneIsRefusedAndChangesNothing() {
        Ticket t = ticket();
        t.transition(model, "IN_PROGRESS", at("2026-03-02T10:00"), "anna", false, null, false);

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> t.transition(model, "RESOLVED", at("2026-03-02T09:59:59"), "anna", false, "Done", true));

        assertEquals("at", e.field());
        assertEquals("IN_PROGRESS", t.status());
        assertEquals(2, t.events().size());
        assertTrue(t.resolvedAt().isEmpty());
    }

    @Test
    void everyKindOfChangeIsRefusedBeforeTheLastEvent() {
        Ticket t = ticket();
        t.comment("Looking into it", true, at("2026-03-02T10:00"), "anna", false);
        Instant before = at("2026-03-02T09:45");

        assertEquals("at", assertThrows(InvalidFieldException.class,
                () -> t.comment("Late note", false, before, "anna", false)).field());
        assertEquals("at", assertThrows(InvalidFieldException.class,
                () -> t.changePriority(2, TERMS, before, "anna", "VIP")).field());
        assertEquals("at", assertThrows(InvalidFieldException.class,
                () -> t.assign("ben", SECOND_LINE, before, "anna")).field());
        assertEquals("at", assertThrows(InvalidFieldException.class,
                () -> t.transition(model, "IN_PROGRESS", before, "anna", false, null, false)).field());

        assertEquals(2, t.events().size());
        assertEquals(3, t.priority());
        assertNull(t.assignee());
        assertEquals("NEW", t.status());
    }

    @Test
    void eventsInTheSameSecondAsTheLastOneAreAccepted() {
        Ticket t = ticket();
        Instant second = at("2026-03-02T10:00");

        t.comment("First", true, second.plusMillis(900), "anna", false);
        t.comment("Second", true, second.plusMillis(100), "anna", false);
        t.transition(model, "IN_PROGRESS", second, "anna", false, null, false);

        assertEquals(List.of(second, second, second),
                t.events().subList(1, 4).stream().map(TicketEvent::occurredAt).toList());
        assertEquals(List.of("First", "Second"), t.events().subList(1, 3).stream().map(TicketEvent::text).toList());
    }

    @Test
    void anEventInTheSameSecondAsTheRegistrationIsAccepted() {
        Ticket t = ticket(REGISTERED.plusMillis(800), false);

        t.transition(model, "IN_PROGRESS", REGISTERED.plusMillis(200), "anna", false, null, false);

        assertEquals(REGISTERED, t.events().get(1).occurredAt());
        assertEquals(REGISTERED, t.firstResponseAt().orElseThrow());
    }

    @Test
    void sequenceNumbersCountTheEventsFromOneInTheOrderTheyHappened() {
        Ticket t = ticket();
        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);
        t.assign("ben", SECOND_LINE, at("2026-03-02T09:20"), "anna");
        t.changePriority(2, TERMS, at("2026-03-02T09:30"), "ben", "VIP");
        t.comment("On it", true, at("2026-03-02T09:40"), "ben", false);

        assertEquals(List.of(1, 2, 3, 4, 5), t.events().stream().map(TicketEvent::sequence).toList());
        assertEquals(List.of(TicketEventType.REGISTERED, TicketEventType.STATUS, TicketEventType.ASSIGNMENT,
                TicketEventType.PRIORITY, TicketEventType.COMMENT), t.events().stream().map(TicketEvent::type).toList());
        IntStream.range(1, t.events().size()).forEach(i -> assertFalse(
                t.events().get(i).occurredAt().isBefore(t.events().get(i - 1).occurredAt())));
    }

    @Test
    void aRefusedChangeTakesNoSequenceNumber() {
        Ticket t = ticket();
        assertThrows(InvalidFieldException.class, () -> t.comment(" ", true, at("2026-03-02T09:10"), "anna", false));

        t.comment("Real comment", true, at("2026-03-02T09:10"), "anna", false);

        assertEquals(List.of(1, 2), t.events().stream().map(TicketEvent::sequence).toList());
    }

    @Test
    void theHistoryCannotBeChangedFromOutside() {
        Ticket t = ticket();

        assertThrows(UnsupportedOperationException.class, () -> t.events().clear());
        assertEquals(1, t.events().size());
    }

    @Test
    void theClocksReadTheHistoryAsOfAnInstant() {
        Ticket t = ticket();
        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);
        t.changePriority(1, TERMS, at("2026-03-02T09:20"), "anna", "Production down");
        t.transition(model, "CLARIFICATION_WITH_CUSTOMER", at("2026-03-02T09:30"), "anna", false, "Which floor?", true);

        ClockCalculator.TicketHistory early = t.historyAsOf(at("2026-03-02T09:15"));
        ClockCalculator.TicketHistory late = t.historyAsOf(at("2026-03-02T12:00"));

        assertEquals(List.of("NEW", "IN_PROGRESS"), early.phases().stream().map(Phase::status).toList());
        assertEquals(3, early.priority(), "the priority it had then");
        assertEquals(at("2026-03-02T09:10"), early.firstResponseAt());
        assertEquals(List.of("NEW", "IN_PROGRESS", "IN_PROGRESS", "CLARIFICATION_WITH_CUSTOMER"),
                late.phases().stream().map(Phase::status).toList());
        assertEquals(List.of(REGISTERED, at("2026-03-02T09:10"), at("2026-03-02T09:20"), at("2026-03-02T09:30")),
                late.phases().stream().map(Phase::from).toList());
        assertEquals(List.of(3, 3, 1, 1), late.phases().stream().map(Phase::priority).toList(),
                "a priority change begins a phase");
        assertEquals(StatusCategory.WAITING_ON_CUSTOMER, late.phases().get(3).category());
        assertEquals(1, late.priority());
    }

    @Test
    void aStaffCommentOnACancelledTicketIsNoFirstResponse() {
        Ticket t = ticket();
        t.transition(model, "CANCELLED", at("2026-03-02T10:00"), "carl", true, null, false);
        t.comment("Closing this as requested", true, at("2026-03-04T10:00"), "anna", false);

        assertTrue(t.firstResponseAt().isEmpty(), "the customer cancelled before anyone responded");
        assertNull(t.historyAsOf(at("2026-03-05T10:00")).firstResponseAt());
    }

    @Test
    void beforeTheFirstResponseTheClocksSeeNone() {
        Ticket t = ticket();
        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);

        ClockCalculator.TicketHistory before = t.historyAsOf(at("2026-03-02T09:05"));

        assertNull(before.firstResponseAt());
        assertEquals(List.of("NEW"), before.phases().stream().map(Phase::status).toList());
    }
}
