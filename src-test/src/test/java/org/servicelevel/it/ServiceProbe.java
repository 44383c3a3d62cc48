package org.servicelevel.it;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.ticket.TicketChange;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.NotFoundException;

/**
 * Calls application services directly as the signed-in caller, past every REST resource and its role
 * checks, the way a JAX-RS runtime that ignores Jersey's roles feature would: it answers whether the
 * service itself allowed the call ({@code allowed}), refused the role ({@code denied}) or hid the
 * record ({@code hidden}). Deployed only with the access test.
 */
@WebServlet("/it-probe")
public class ServiceProbe extends HttpServlet {

    @Inject
    private TicketService tickets;

    @Inject
    private AgreementService agreements;

    @Inject
    private CalendarService calendars;

    @Inject
    private IdentityService identity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String call = request.getParameter("call");
        String id = request.getParameter("id");
        String outcome;
        try {
            switch (call) {
                case "ticket-priority" -> tickets.update(Long.parseLong(id), tickets.find(Long.parseLong(id), null)
                        .version(), new TicketChange(null, null, null, null, null, 1, "probe", null, null, null));
                case "ticket-agreement" -> tickets.assignAgreement(Long.parseLong(id), tickets.find(Long.parseLong(id),
                        null).version(), "probe", null);
                case "users" -> identity.users();
                case "ticket" -> tickets.find(Long.parseLong(id), null);
                case "agreement" -> agreements.find(Long.parseLong(id));
                case "calendar" -> calendars.find(Long.parseLong(id));
                case "calendars" -> {
                    response.getWriter().write(calendars.list().stream().map(c -> Long.toString(c.id())).toList()
                            .toString());
                    return;
                }
                case "ticket-import" -> tickets.importTickets(List.of());
                case "create-user" -> identity.createUser(new org.servicelevel.application.identity.NewUser(
                        "probe-" + System.nanoTime(), "Probe", null, "probe-password".toCharArray(),
                        Set.of(org.servicelevel.domain.model.identity.Role.ADMIN), null));
                default -> throw new IllegalArgumentException(call);
            }
            outcome = "allowed";
        } catch (EJBAccessException e) {
            outcome = "denied";
        } catch (NotFoundException e) {
            outcome = "hidden";
        } catch (EJBException e) {
            outcome = e.getCause() instanceof NotFoundException ? "hidden" : "failed: " + e.getCause();
        }
        response.setContentType("text/plain");
        response.getWriter().write(outcome);
    }
}
