package org.servicelevel.domain.model.ticket;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.domain.model.supportgroup.SupportGroupKind;

/**
 * The default status model (as the first database migration installs it), a customer with an SLA of
 * three priorities, support groups, and tickets registered the way the ticket factory registers them.
 */
final class TicketFixture {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2026-03-02, 09:00 in Berlin: when the fixture's tickets are registered. */
    static final Instant REGISTERED = at("2026-03-02T09:00");

    static final Organisation ACME = new Organisation("ACME", "ACME Manufacturing", REGISTERED);
    static final SupportGroup FIRST_LINE = new SupportGroup("L1", "First line", SupportGroupKind.SUPPORT_LINE, 1, null,
            REGISTERED);
    static final SupportGroup SECOND_LINE = new SupportGroup("L2", "Second line", SupportGroupKind.SUPPORT_LINE, 2, null,
            REGISTERED);
    static final SupportGroup VENDOR = new SupportGroup("VENDOR", "Hardware vendor", SupportGroupKind.SUPPLIER, null,
            null, REGISTERED);

    static final AgreementTerms TERMS = new AgreementTerms("EUR", null, null,
            List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null, null, List.of())),
            List.of(priority(1, "PT15M", "PT2H"), priority(2, "PT30M", "PT4H"), priority(3, "PT2H", "PT16H")),
            3, null, null, null, null, null, null, 0, null, null, null);

    static final Agreement SLA = new Agreement("SLA-ACME-2026", AgreementType.SLA, new Agreement.Header(
            "Workplace support", ACME, null, null, null, "Europe/Berlin", LocalDate.of(2026, 1, 1), null, null, "max"),
            TERMS, REGISTERED, "max");

    private TicketFixture() {
    }

    /** Berlin wall-clock time, e.g. {@code at("2026-03-02T09:00")}. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    /** The statuses and transitions the application starts with (V8__tickets.sql). */
    static StatusModel defaultModel() {
        return new StatusModel(List.of(
                new TicketStatus("NEW", "New", StatusCategory.NEW, 10, true),
                new TicketStatus("IN_PROGRESS", "In progress", StatusCategory.IN_PROGRESS, 20, false),
                new TicketStatus("CLARIFICATION_WITH_CUSTOMER", "Clarification with customer",
                        StatusCategory.WAITING_ON_CUSTOMER, 30, false),
                new TicketStatus("CUSTOMER_APPROVAL", "Customer approval", StatusCategory.WAITING_ON_CUSTOMER, 40, false),
                new TicketStatus("CUSTOMER_TESTING", "Customer testing", StatusCategory.WAITING_ON_CUSTOMER, 50, false),
                new TicketStatus("PASSED_TO_THIRD_PARTY", "Passed to third party",
                        StatusCategory.WAITING_ON_THIRD_PARTY, 60, false),
                new TicketStatus("RESOLVED", "Resolved", StatusCategory.RESOLVED, 70, false),
                new TicketStatus("CLOSED", "Closed", StatusCategory.CLOSED, 80, false),
                new TicketStatus("CANCELLED", "Cancelled", StatusCategory.CANCELLED, 90, false)), List.of(
                new StatusTransition("NEW", "IN_PROGRESS", "Start work", false),
                new StatusTransition("NEW", "CLARIFICATION_WITH_CUSTOMER", "Ask the customer", false),
                new StatusTransition("NEW", "RESOLVED", "Resolve", false),
                new StatusTransition("NEW", "CANCELLED", "Cancel", true),
                new StatusTransition("IN_PROGRESS", "CLARIFICATION_WITH_CUSTOMER", "Ask the customer", false),
                new StatusTransition("IN_PROGRESS", "CUSTOMER_APPROVAL", "Ask for approval", false),
                new StatusTransition("IN_PROGRESS", "CUSTOMER_TESTING", "Hand over for testing", false),
                new StatusTransition("IN_PROGRESS", "PASSED_TO_THIRD_PARTY", "Pass to a third party", false),
                new StatusTransition("IN_PROGRESS", "RESOLVED", "Resolve", false),
                new StatusTransition("IN_PROGRESS", "CANCELLED", "Cancel", false),
                new StatusTransition("CLARIFICATION_WITH_CUSTOMER", "IN_PROGRESS", "Customer answered", true),
                new StatusTransition("CLARIFICATION_WITH_CUSTOMER", "CANCELLED", "Cancel", true),
                new StatusTransition("CUSTOMER_APPROVAL", "IN_PROGRESS", "Approved", true),
                new StatusTransition("CUSTOMER_APPROVAL", "CANCELLED", "Rejected", true),
                new StatusTransition("CUSTOMER_TESTING", "IN_PROGRESS", "Test failed", true),
                new StatusTransition("CUSTOMER_TESTING", "RESOLVED", "Test passed", true),
                new StatusTransition("PASSED_TO_THIRD_PARTY", "IN_PROGRESS", "Third party answered", false),
                new StatusTransition("RESOLVED", "IN_PROGRESS", "Reopen", true),
                new StatusTransition("RESOLVED", "CLOSED", "Close", true)));
    }

    /** A priority-3 ticket of ACME registered by the agent "anna" at {@link #REGISTERED}, with nobody assigned. */
    static Ticket ticket() {
        return ticket(REGISTERED, false);
    }

    /** A priority-3 ticket of ACME registered at {@code at}, by the customer user "carla" or the agent "anna". */
    static Ticket ticket(Instant at, boolean byCustomer) {
        return new Ticket("T-000001", registration(null, null), defaultModel().initial(), at,
                byCustomer ? "carla" : "anna", byCustomer);
    }

    /** A priority-3 ticket of ACME registered by staff with the given assignee and support group. */
    static Ticket assignedTicket(String assignee, SupportGroup group) {
        return new Ticket("T-000002", registration(assignee, group), defaultModel().initial(), REGISTERED, "anna",
                false);
    }

    static Ticket.Registration registration(String assignee, SupportGroup group) {
        return new Ticket.Registration(ACME, "carla", "Carla Customer", "carla@acme.example", "Printer jams",
                "The printer on floor 2 jams on every page", "WS", SLA, 1, 3, null, null, "incident", Set.of("printer"),
                Channel.PORTAL, "EU", assignee, group, "OLD-4711");
    }

    private static PriorityTerms priority(int number, String response, String resolution) {
        return new PriorityTerms(number, "P" + number, Duration.parse(response), Duration.parse(resolution),
                BigDecimal.TEN, false, List.of());
    }
}
