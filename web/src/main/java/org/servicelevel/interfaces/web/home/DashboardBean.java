package org.servicelevel.interfaces.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.interfaces.web.agreement.AgreementRows;
import org.servicelevel.interfaces.web.ticket.TicketRows;

/**
 * The home page as a work queue: open tickets by the state of their resolution clock, the tickets at
 * risk, those breached today and the open tickets per customer, each a link to the ticket list
 * filtered the same way. The figures come from the ticket service, which applies the caller's
 * organisation; "today" is the service desk's day ({@code servicelevel.screens.zone}).
 */
@Named
@RequestScoped
public class DashboardBean {

    /** How many of the tickets at risk the page lists (all of them are counted and a link lists them). */
    static final int AT_RISK_SHOWN = 10;

    /** The states the page counts open tickets by, in this order. */
    static final List<String> STATES = List.of("BREACHED", "RUNNING", "PAUSED", "NOT_STARTED", "NO_AGREEMENT");

    @Inject
    private TicketService tickets;

    @Inject
    private FacesContext faces;

    private TicketService.Dashboard dashboard;
    private List<TicketRows.TicketLine> atRisk;

    private TicketService.Dashboard dashboard() {
        if (dashboard == null) {
            dashboard = tickets.dashboard(null, AT_RISK_SHOWN);
        }
        return dashboard;
    }

    private ResourceBundle texts() {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    /** A count of open tickets whose resolution clock is in one state, with the list's address for them. */
    public record StateCount(String state, String label, long count, String resolution, boolean withoutAgreement) {
        public String getState() {
            return state;
        }

        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }

        /** The list's {@code resolution} view parameter; empty for tickets without an agreement. */
        public String getResolution() {
            return resolution;
        }

        public boolean isWithoutAgreement() {
            return withoutAgreement;
        }
    }

    public List<StateCount> getStates() {
        ResourceBundle texts = texts();
        return STATES.stream().map(s -> s.equals("NO_AGREEMENT")
                ? new StateCount(s, texts.getString("tickets.noAgreement"),
                dashboard().openByResolution().getOrDefault(s, 0L), "", true)
                : new StateCount(s, texts.getString("ticket.clock.state." + s),
                dashboard().openByResolution().getOrDefault(s, 0L), s, false)).toList();
    }

    public long getOpen() {
        return dashboard().openByResolution().values().stream().mapToLong(Long::longValue).sum();
    }

    public int getAtRiskShare() {
        return dashboard().atRiskShare();
    }

    public long getAtRiskCount() {
        return dashboard().atRisk();
    }

    /** The first tickets at risk, due first. */
    public List<TicketRows.TicketLine> getAtRisk() {
        if (atRisk == null) {
            atRisk = TicketRows.lines(dashboard().atRiskTickets(), texts(), dashboard().atRiskShare());
        }
        return atRisk;
    }

    public long getBreachedToday() {
        return dashboard().breachedToday();
    }

    /** "00:00 UTC": since when "today" counts. */
    public String getDayStart() {
        return AgreementRows.format(texts(), "dashboard.breachedToday.since",
                dashboard().dayStart().toLocalDate().toString(), dashboard().dayStart().getZone().getId());
    }

    /** A customer ("ACME Ltd (ACME)") and how many of their tickets are open. */
    public record CustomerLine(String code, String label, long open) {
        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public long getOpen() {
            return open;
        }
    }

    public List<CustomerLine> getCustomers() {
        return dashboard().openByCustomer().stream()
                .map(c -> new CustomerLine(c.code(), TicketRows.customerLabel(c.code(), c.name()), c.open())).toList();
    }
}
