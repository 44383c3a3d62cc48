package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.ticket.TicketFixture.FIRST_LINE;
import static org.servicelevel.domain.model.ticket.TicketFixture.SECOND_LINE;
import static org.servicelevel.domain.model.ticket.TicketFixture.TERMS;
import static org.servicelevel.domain.model.ticket.TicketFixture.VENDOR;
import static org.servicelevel.domain.model.ticket.TicketFixture.assignedTicket;
import static org.servicelevel.domain.model.ticket.TicketFixture.at;
import static org.servicelevel.domain.model.ticket.TicketFixture.defaultModel;
import static org.servicelevel.domain.model.ticket.TicketFixture.ticket;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.clock.Phase;
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.domain.model.supportgroup.SupportGroupKind;

class TicketPriorityAndAssignmentTest {

    private final StatusModel model = defaultModel();

    private static TicketEvent last(Ticket t) {
        return t.events().get(t.events().size() - 1);
    }

    // ---- priority --------------------------------------------------------------------------------

    @Test
    void aPriorityChangeIsRecordedWithTheOldAndNewPriorityAndTheReason() {
        Ticket t = ticket();

        t.changePriority(1, TERMS, at("2026-03-02T09:30"), "anna", "Production line stopped");

        assertEquals(1, t.priority());
        TicketEvent changed = last(t);
        assertEquals(TicketEventType.PRIORITY, changed.type());
        assertEquals("3", changed.fromValue());
        assertEquals("1", changed.toValue());
        assertEquals("Production line stopped", changed.text());
        assertEquals(1, changed.priority(), "the event keeps the priority it left the ticket with");
        assertEquals("NEW", changed.status());
        assertFalse(changed.isPublic(), "the reason is for staff");
    }

    @Test
    void theEventsBeforeAPriorityChangeKeepThePriorityOfTheirTime() {
        Ticket t = ticket();
        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);

        t.changePriority(2, TERMS, at("2026-03-02T09:30"), "anna", null);
        t.changePriority(1, TERMS, at("2026-03-02T09:40"), "anna", null);

        assertEquals(List.of(3, 3, 2, 1), t.events().stream().map(TicketEvent::priority).toList());
        assertEquals(2, t.historyAsOf(at("2026-03-02T09:35")).priority());
    }

    @Test
    void aPriorityTheAgreementDoesNotHaveIsRefused() {
        Ticket t = ticket();

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> t.changePriority(4, TERMS, at("2026-03-02T09:30"), "anna", null));

        assertEquals("priority", e.field());
        assertEquals(3, t.priority());
        assertEquals(1, t.events().size());
    }

    @Test
    void settingTheSamePriorityRecordsNothing() {
        Ticket t = ticket();

        t.changePriority(3, TERMS, at("2026-03-02T09:30"), "anna", "no change");

        assertEquals(1, t.events().size());
    }

    @Test
    void aPriorityReasonHasAtMost8000Characters() {
        Ticket t = ticket();

        t.changePriority(2, TERMS, at("2026-03-02T09:30"), "anna", "x".repeat(8000));
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> t.changePriority(1, TERMS, at("2026-03-02T09:40"), "anna", "x".repeat(8001)));

        assertEquals("priorityReason", e.field());
        assertEquals(2, t.priority());
    }

    @Test
    void theCancelledTicketsPriorityCannotChange() {
        Ticket t = ticket();
        t.transition(model, "CANCELLED", at("2026-03-02T09:10"), "anna", false, null, false);

        assertThrows(ConflictException.class, () -> t.changePriority(1, TERMS, at("2026-03-02T09:30"), "anna", null));
        assertEquals(3, t.priority());
    }

    // ---- assignment ------------------------------------------------------------------------------

    @Test
    void aTicketRegisteredWithAGroupStandsAtItsLine() {
        Ticket t = assignedTicket("anna", FIRST_LINE);

        assertEquals("anna", t.assignee());
        assertEquals(FIRST_LINE, t.supportGroup().orElseThrow());
        assertEquals(1, t.lineLevel());
        assertEquals("L1", t.events().get(0).group());
        assertEquals(1, t.events().get(0).lineLevel());
    }

    @Test
    void anAssignmentIsRecordedWithWhoHadItAndWhoHasIt() {
        Ticket t = assignedTicket("anna", FIRST_LINE);

        t.assign("ben", SECOND_LINE, at("2026-03-02T10:00"), "anna");

        assertEquals("ben", t.assignee());
        assertEquals(2, t.lineLevel());
        TicketEvent assigned = last(t);
        assertEquals(TicketEventType.ASSIGNMENT, assigned.type());
        assertEquals("anna in L1", assigned.fromValue());
        assertEquals("ben in L2", assigned.toValue());
        assertEquals("L2", assigned.group());
        assertEquals(2, assigned.lineLevel(), "the event keeps the line it left the ticket at");
        assertEquals("NEW", assigned.status());
        assertEquals(3, assigned.priority());
    }

    @Test
    void anAssignmentToNobodyAndNoGroupIsRecordedAsSuch() {
        Ticket t = assignedTicket("anna", FIRST_LINE);

        t.assign(" ", null, at("2026-03-02T10:00"), "anna");

        assertNull(t.assignee());
        assertTrue(t.supportGroup().isEmpty());
        assertEquals(0, t.lineLevel());
        assertEquals("nobody in no group", last(t).toValue());
        assertNull(last(t).group());
    }

    @Test
    void aGroupThatIsNotASupportLineHasLineZero() {
        Ticket t = assignedTicket(null, SECOND_LINE);

        t.assign(null, VENDOR, at("2026-03-02T10:00"), "anna");

        assertEquals(0, t.lineLevel());
        assertEquals("VENDOR", last(t).group());
        assertEquals(0, last(t).lineLevel());
        assertEquals("nobody in L2", last(t).fromValue());
    }

    @Test
    void reassigningToTheSamePersonAndGroupRecordsNothing() {
        Ticket t = assignedTicket("anna", FIRST_LINE);

        SupportGroup sameGroupLoadedAgain = new SupportGroup("l1", "Renamed first line", SupportGroupKind.SUPPORT_LINE,
                1, null, TicketFixture.REGISTERED);

        t.assign(" anna ", sameGroupLoadedAgain, at("2026-03-02T10:00"), "anna");

        assertEquals(1, t.events().size());
    }

    @Test
    void anAssigneeHasAtMost100Characters() {
        Ticket t = ticket();

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> t.assign("a".repeat(101), FIRST_LINE, at("2026-03-02T10:00"), "anna"));

        assertEquals("assignee", e.field());
        assertNull(t.assignee());
        assertEquals(1, t.events().size());
    }

    @Test
    void movingBetweenLinesGivesTheClocksOnePhasePerGroup() {
        Ticket t = assignedTicket("anna", FIRST_LINE);
        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);
        t.assign("ben", SECOND_LINE, at("2026-03-02T10:00"), "anna");
        t.comment("Escalated to second line", false, at("2026-03-02T10:01"), "anna", false);

        List<Phase> phases = t.historyAsOf(at("2026-03-02T12:00")).phases();

        assertEquals(List.of("L1", "L1", "L2"), phases.stream().map(Phase::group).toList());
        assertEquals(List.of(1, 1, 2), phases.stream().map(Phase::lineLevel).toList());
        assertEquals(at("2026-03-02T10:00"), phases.get(2).from());
        assertEquals("IN_PROGRESS", phases.get(2).status());
    }

    @Test
    void anEventKeepsTheLineOfItsTimeEvenWhenTheGroupChangesLater() {
        SupportGroup group = new SupportGroup("NET", "Network team", SupportGroupKind.SUPPORT_LINE, 2, null,
                TicketFixture.REGISTERED);
        Ticket t = assignedTicket("anna", group);

        group.change("Network team", SupportGroupKind.SUPPORT_LINE, 3, null);

        assertEquals(2, t.events().get(0).lineLevel());
        assertEquals(3, t.lineLevel(), "the ticket now stands at the group's new line");
    }
}
