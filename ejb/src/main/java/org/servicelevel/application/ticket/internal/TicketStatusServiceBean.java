package org.servicelevel.application.ticket.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.ticket.TicketStatusService;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.ticket.StatusModel;
import org.servicelevel.domain.model.ticket.StatusTransition;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.ticket.TicketStatus;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class TicketStatusServiceBean implements TicketStatusService {

    @Inject
    private TicketRepository tickets;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Inject
    private CallerContext callers;

    @Resource
    private SessionContext session;

    @Override
    public Model model() {
        return model(tickets.statusModel());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public Model replace(String expectedTag, List<StatusDefinition> statuses, List<TransitionDefinition> transitions) {
        tickets.lockStatusModel();
        // read again once the lock is held: a replacement that committed while this one waited for the lock
        // may have added statuses, which the locking statement does not see
        StatusModel current = tickets.statusModel();
        String tag = tag(current);
        if (!tag.equals(expectedTag)) {
            throw new StaleVersionException("The status model was changed by someone else; read it again and"
                    + " reapply your change.");
        }
        StatusModel replacement = new StatusModel(
                statuses.stream().map(s -> new TicketStatus(s.code() == null ? null : s.code().strip()
                        .toUpperCase(Locale.ROOT), s.name(), s.category(), s.position(), s.initial())).toList(),
                transitions.stream().map(t -> new StatusTransition(upper(t.from()), upper(t.to()), t.name(),
                        t.customerAllowed())).toList());
        for (TicketStatus removed : current.statuses()) {
            if (replacement.status(removed.code()).isEmpty() && tickets.statusInUse(removed.code())) {
                throw new ConflictException("Status " + removed.code() + " is in tickets' histories and cannot be"
                        + " removed; keep it without transitions into it instead");
            }
        }
        tickets.replace(replacement);
        audit.record(new AuditEntry(clock.instant(), callers.actor(session), "ticket-status-model", 0L, "replaced",
                replacement.statuses().size() + " statuses, " + replacement.transitions().size() + " transitions"));
        log.info(() -> "Ticket status model replaced: " + replacement.statuses().size() + " statuses");
        return model(tickets.statusModel());
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static Model model(StatusModel m) {
        return new Model(m.statuses().stream().map(s -> new StatusDefinition(s.code(), s.name(), s.category(),
                s.position(), s.initial())).toList(),
                m.transitions().stream().map(t -> new TransitionDefinition(t.from(), t.to(), t.name(),
                        t.customerAllowed())).toList(), tag(m));
    }

    /**
     * A digest of the model's content: it changes exactly when the model does, whatever order the statuses
     * and transitions are listed in (a request's, or the database's).
     */
    static String tag(StatusModel m) {
        StringBuilder text = new StringBuilder();
        m.statuses().stream().sorted(Comparator.comparing(TicketStatus::code))
                .forEach(s -> text.append(s.code()).append('|').append(s.name()).append('|').append(s.category())
                        .append('|').append(s.position()).append('|').append(s.initial()).append('\n'));
        m.transitions().stream()
                .sorted(Comparator.comparing(StatusTransition::from).thenComparing(StatusTransition::to))
                .forEach(t -> text.append(t.from()).append('>').append(t.to()).append('|').append(t.name())
                        .append('|').append(t.customerAllowed()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
