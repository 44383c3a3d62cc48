package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.ticket.TicketFixture.defaultModel;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.AgreementTerms;

class StatusModelTest {

    private static final TicketStatus NEW = new TicketStatus("NEW", "New", StatusCategory.NEW, 10, true);
    private static final TicketStatus WORK = new TicketStatus("IN_PROGRESS", "In progress", StatusCategory.IN_PROGRESS,
            20, false);
    private static final TicketStatus DONE = new TicketStatus("RESOLVED", "Resolved", StatusCategory.RESOLVED, 30, false);

    private static Set<String> targets(List<StatusTransition> transitions) {
        return transitions.stream().map(StatusTransition::to).collect(Collectors.toSet());
    }

    private static Set<String> fields(InvalidInputException e) {
        return e.errors().stream().map(InvalidFieldException::field).collect(Collectors.toSet());
    }

    @Test
    void theInitialStatusIsTheOneMarkedInitialAndItIsNew() {
        TicketStatus initial = defaultModel().initial();

        assertEquals("NEW", initial.code());
        assertEquals(StatusCategory.NEW, initial.category());
        assertTrue(initial.initial());
    }

    @Test
    void statusesKeepTheOrderTheyWereGivenIn() {
        assertEquals(List.of("NEW", "IN_PROGRESS", "CLARIFICATION_WITH_CUSTOMER", "CUSTOMER_APPROVAL",
                "CUSTOMER_TESTING", "PASSED_TO_THIRD_PARTY", "RESOLVED", "CLOSED", "CANCELLED"),
                defaultModel().statuses().stream().map(TicketStatus::code).toList());
    }

    @Test
    void staffSeeEveryMoveFromAStatus() {
        assertEquals(Set.of("IN_PROGRESS", "CLARIFICATION_WITH_CUSTOMER", "RESOLVED", "CANCELLED"),
                targets(defaultModel().from("NEW", false)));
        assertEquals(Set.of("CLARIFICATION_WITH_CUSTOMER", "CUSTOMER_APPROVAL", "CUSTOMER_TESTING",
                "PASSED_TO_THIRD_PARTY", "RESOLVED", "CANCELLED"), targets(defaultModel().from("IN_PROGRESS", false)));
    }

    @Test
    void customersSeeOnlyTheMovesOpenToThem() {
        StatusModel model = defaultModel();

        assertEquals(Set.of("CANCELLED"), targets(model.from("NEW", true)));
        assertEquals(Set.of(), targets(model.from("IN_PROGRESS", true)), "working on a ticket is the staff's business");
        assertEquals(Set.of("IN_PROGRESS", "CANCELLED"), targets(model.from("CLARIFICATION_WITH_CUSTOMER", true)));
        assertEquals(Set.of("IN_PROGRESS", "RESOLVED"), targets(model.from("CUSTOMER_TESTING", true)));
        assertEquals(Set.of(), targets(model.from("PASSED_TO_THIRD_PARTY", true)));
        assertEquals(Set.of("IN_PROGRESS", "CLOSED"), targets(model.from("RESOLVED", true)));
        assertTrue(model.from("RESOLVED", true).stream().allMatch(StatusTransition::customerAllowed));
    }

    @Test
    void closedAndCancelledAreFinalInTheDefaultModel() {
        assertTrue(defaultModel().from("CLOSED", false).isEmpty());
        assertTrue(defaultModel().from("CANCELLED", false).isEmpty());
    }

    @Test
    void aMoveIsFoundByItsTwoStatusesWithItsNameAndPermission() {
        StatusTransition reopen = defaultModel().transition("RESOLVED", "IN_PROGRESS").orElseThrow();

        assertEquals("Reopen", reopen.name());
        assertTrue(reopen.customerAllowed());
        assertFalse(defaultModel().transition("NEW", "IN_PROGRESS").orElseThrow().customerAllowed());
        assertTrue(defaultModel().transition("IN_PROGRESS", "NEW").isEmpty(), "no way back to NEW");
        assertTrue(defaultModel().transition("NEW", "CLOSED").isEmpty());
    }

    @Test
    void aStatusIsLookedUpByItsCodeIgnoringCaseAndSurroundingSpace() {
        assertEquals("IN_PROGRESS", defaultModel().status(" in_progress ").orElseThrow().code());
    }

    @Test
    void unknownStatusesAreAbsentAndHaveNoMoves() {
        StatusModel model = defaultModel();

        assertTrue(model.status("ON_HOLD").isEmpty());
        assertTrue(model.status(null).isEmpty());
        assertTrue(model.from("ON_HOLD", false).isEmpty());
        assertTrue(model.transition("NEW", "ON_HOLD").isEmpty());
    }

    @Test
    void theWaitingStatusesAreExactlyTheDefaultPauseStatusesOfAgreements() {
        Set<String> waiting = defaultModel().statuses().stream().filter(s -> s.category().waiting())
                .map(TicketStatus::code).collect(Collectors.toSet());

        assertEquals(Set.copyOf(AgreementTerms.DEFAULT_PAUSE_STATUSES), waiting);
        assertEquals(StatusCategory.WAITING_ON_THIRD_PARTY,
                defaultModel().status("PASSED_TO_THIRD_PARTY").orElseThrow().category());
    }

    @Test
    void onlyResolvedClosedAndCancelledStatusesAreNoLongerOpen() {
        Set<String> finished = defaultModel().statuses().stream().filter(s -> !s.category().open())
                .map(TicketStatus::code).collect(Collectors.toSet());

        assertEquals(Set.of("RESOLVED", "CLOSED", "CANCELLED"), finished);
    }

    @Test
    void aModelNeedsExactlyOneInitialStatus() {
        TicketStatus secondNew = new TicketStatus("TRIAGE", "Triage", StatusCategory.NEW, 15, true);
        TicketStatus notInitial = new TicketStatus("NEW", "New", StatusCategory.NEW, 10, false);

        InvalidInputException two = assertThrows(InvalidInputException.class,
                () -> new StatusModel(List.of(NEW, secondNew, WORK), List.of()));
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> new StatusModel(List.of(notInitial, WORK), List.of()));

        assertEquals(Set.of("statuses"), fields(two));
        assertEquals(Set.of("statuses"), fields(none));
    }

    @Test
    void theInitialStatusMustBeOfCategoryNew() {
        TicketStatus initialWork = new TicketStatus("IN_PROGRESS", "In progress", StatusCategory.IN_PROGRESS, 20, true);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new StatusModel(List.of(initialWork, DONE), List.of()));

        assertEquals(Set.of("statuses"), fields(e));
    }

    @Test
    void statusCodesAreUniqueAndWellFormed() {
        TicketStatus twice = new TicketStatus("IN_PROGRESS", "Working", StatusCategory.IN_PROGRESS, 25, false);
        TicketStatus lowerCase = new TicketStatus("on hold", "On hold", StatusCategory.WAITING_ON_CUSTOMER, 40, false);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new StatusModel(List.of(NEW, WORK, twice, lowerCase), List.of()));

        assertEquals(Set.of("statuses[2].code", "statuses[3].code"), fields(e));
    }

    @Test
    void aStatusNeedsANameAndACategory() {
        TicketStatus nameless = new TicketStatus("ON_HOLD", " ", StatusCategory.WAITING_ON_CUSTOMER, 40, false);
        TicketStatus uncategorised = new TicketStatus("PARKED", "Parked", null, 50, false);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new StatusModel(List.of(NEW, nameless, uncategorised), List.of()));

        assertEquals(Set.of("statuses[1].name", "statuses[2].category"), fields(e));
    }

    @Test
    void transitionsJoinTwoDifferentKnownStatusesOnceEach() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new StatusModel(
                List.of(NEW, WORK, DONE), List.of(
                new StatusTransition("NEW", "IN_PROGRESS", "Start work", false),
                new StatusTransition("NEW", "ON_HOLD", "Hold", false),
                new StatusTransition("LIMBO", "NEW", "Back", false),
                new StatusTransition("RESOLVED", "RESOLVED", "Again", false),
                new StatusTransition("NEW", "IN_PROGRESS", "Start again", false),
                new StatusTransition("IN_PROGRESS", "RESOLVED", "", false))));

        assertEquals(Set.of("transitions[1].to", "transitions[2].from", "transitions[3].to", "transitions[4]",
                "transitions[5].name"), fields(e));
    }

    @Test
    void aValidModelListsItsTransitionsAsGiven() {
        List<StatusTransition> moves = List.of(new StatusTransition("NEW", "IN_PROGRESS", "Start work", false),
                new StatusTransition("IN_PROGRESS", "RESOLVED", "Resolve", false));

        StatusModel model = new StatusModel(List.of(NEW, WORK, DONE), moves);

        assertEquals(List.of("NEW>IN_PROGRESS", "IN_PROGRESS>RESOLVED"),
                model.transitions().stream().map(t -> t.from() + ">" + t.to()).toList());
        assertThrows(UnsupportedOperationException.class,
                () -> model.transitions().add(new StatusTransition("RESOLVED", "NEW", "Back", false)));
    }
}
