package org.servicelevel.infrastructure.startup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.servicelevel.application.ticket.ImportedTicket;
import org.servicelevel.application.ticket.TicketDraft;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.model.selection.Channel;

/**
 * ACME's tickets of the last days in the demo data set, imported with their histories relative to
 * the moment the data set is loaded: some open, one waiting on the customer, one with a third party,
 * one resolved and closed, one new. Their clocks are whatever the Berlin office hours and the SLA make
 * of them.
 */
final class DemoTickets {

    private DemoTickets() {
    }

    /** One ticket: registered {@code agoHours} hours ago, and its events after registration. */
    private record Demo(String title, String service, String requestType, Channel channel, double agoHours,
                        List<Step> steps) {
    }

    /** An event {@code afterHours} after registration; kept only if it has happened by now. */
    private record Step(double afterHours, String type, String to, String text, String group, boolean byCustomer) {
    }

    static void load(TicketService tickets, Instant now) {
        List<Demo> demos = List.of(
                new Demo("Outlook crashes on start", "WS", "incident", Channel.EMAIL, 26, List.of(
                        new Step(0.3, "STATUS", "IN_PROGRESS", "Looking into it", null, false),
                        new Step(2, "STATUS", "CLARIFICATION_WITH_CUSTOMER", "Which Outlook version do you use?", null,
                                false),
                        new Step(20, "COMMENT", null, "Outlook 2021, the one from the last roll-out.", null, true),
                        new Step(20.1, "STATUS", "IN_PROGRESS", null, null, true))),
                new Demo("Core switch in building B down", "NET", "outage", Channel.MONITORING, 5, List.of(
                        new Step(0.05, "STATUS", "IN_PROGRESS", "Field engineer on the way", null, false),
                        new Step(0.1, "ASSIGNMENT", null, null, "FIELD", false),
                        new Step(1.5, "STATUS", "RESOLVED", "Power supply replaced", null, false),
                        new Step(3, "STATUS", "CLOSED", null, null, true))),
                new Demo("Laptops for the new sales team", "WS", "service request", Channel.PORTAL, 75, List.of(
                        new Step(1, "STATUS", "IN_PROGRESS", null, null, false),
                        new Step(2, "STATUS", "CUSTOMER_APPROVAL", "Please approve the quote for six laptops", null,
                                false))),
                new Demo("VPN slow from the Munich office", "NET", "degradation", Channel.PHONE, 50, List.of(
                        new Step(0.2, "STATUS", "IN_PROGRESS", null, null, false),
                        new Step(0.5, "ASSIGNMENT", null, null, "L2", false),
                        new Step(1, "STATUS", "PASSED_TO_THIRD_PARTY", "Carrier ticket opened", null, false),
                        new Step(24, "STATUS", "IN_PROGRESS", "Carrier rerouted the line", null, false))),
                new Demo("Error in the monthly sales report", "DEV", "incident", Channel.PORTAL, 0.5, List.of()),
                new Demo("Printer on floor 3 jams", "WS", "incident", Channel.PHONE, 4, List.of(
                        new Step(0.5, "ASSIGNMENT", null, null, "L2", false),
                        new Step(0.6, "STATUS", "IN_PROGRESS", null, null, false))));
        List<ImportedTicket> imported = new ArrayList<>();
        for (int i = 0; i < demos.size(); i++) {
            Demo d = demos.get(i);
            Instant registered = now.minus(hours(d.agoHours()));
            List<ImportedTicket.Event> events = d.steps().stream()
                    .filter(s -> !registered.plus(hours(s.afterHours())).isAfter(now))
                    .map(s -> new ImportedTicket.Event(registered.plus(hours(s.afterHours())), s.type(),
                            s.byCustomer() ? "carl" : "anna", s.byCustomer(), s.to(), null,
                            s.group() == null ? null : "anna", s.group(), s.text(), Boolean.TRUE))
                    .toList();
            imported.add(new ImportedTicket(new TicketDraft("ACME", "carl", "Carl Customer", "carl@demo.invalid",
                    d.title(), null, d.service(), null, null, null, null, d.requestType(), Set.of(), d.channel(), "EU", null, null,
                    null, "DEMO-" + (i + 1), registered), events));
        }
        tickets.importTogether(imported);
    }

    private static Duration hours(double hours) {
        return Duration.ofSeconds(Math.round(hours * 3600));
    }
}
