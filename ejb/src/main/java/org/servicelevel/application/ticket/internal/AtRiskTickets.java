package org.servicelevel.application.ticket.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.TargetShare;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;

/**
 * The tickets at risk: those whose resolution clock still counts towards its target (running or
 * waiting, not breached) and has used at least {@code servicelevel.screens.at-risk-share} percent of
 * it. The database narrows them down by the stored clocks (an indexed query that may let through
 * tickets of calendars that were closed meanwhile); the clocks of those few are then read as of now, so
 * a ticket is at risk exactly when its clock on the ticket's page says so.
 */
@ApplicationScoped
public class AtRiskTickets {

    static final String SHARE = "servicelevel.screens.at-risk-share";

    @Inject
    private TicketRepository tickets;

    @Inject
    private TicketClocks clocks;

    @Inject
    @ConfigProperty(name = SHARE, defaultValue = "80")
    private Provider<Integer> share;

    /** The threshold in percent of the target, read afresh each time so a change applies without a redeploy. */
    public int threshold() {
        return TargetShare.threshold(share.get());
    }

    /** The tickets at risk as of {@code now} (of {@code customerId} only, unless null), due first. */
    public List<Ticket> asOf(Long customerId, Instant now) {
        int percent = threshold();
        record Risk(Ticket ticket, SlaClock resolution) {
        }
        return tickets.findAllById(tickets.nearTarget(customerId, percent, now)).stream()
                .flatMap(t -> clocks.clocks(t, now).stream().filter(c -> c.metric().equals(SlaClock.RESOLUTION))
                        .filter(c -> TargetShare.atRisk(c, percent)).map(c -> new Risk(t, c)))
                .sorted(Comparator.comparing((Risk r) -> r.resolution().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> r.ticket().id()))
                .map(Risk::ticket).toList();
    }
}
