package org.servicelevel.application.mail.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicelevel.application.mail.IncomingMail;
import org.servicelevel.application.mail.MailChannelService;
import org.servicelevel.application.mail.Mailbox.Handling;
import org.servicelevel.application.mail.Mailbox;
import org.servicelevel.domain.DomainException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.mail.InboundMail;
import org.servicelevel.domain.model.mail.InboundMailRepository;

@Stateless
@RolesAllowed(Role.Names.ADMIN)
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class MailChannelServiceBean implements MailChannelService {

    private static final int BATCH = 50;
    private static final String RETENTION_KEY = "servicelevel.mail.rejection-retention-days";
    private static final int DEFAULT_RETENTION_DAYS = 30;

    @Inject
    private Mailbox mailbox;

    @Inject
    private MailIntake intake;

    @Inject
    private InboundMailRepository mails;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public Poll pollMailbox() {
        if (!mailbox.configured()) {
            return new Poll(false, 0, null);
        }
        try {
            return new Poll(true, mailbox.process(BATCH, this::handle), null);
        } catch (Mailbox.Unavailable e) {
            return new Poll(true, 0, e.getMessage());
        }
    }

    /**
     * Processes one message in a transaction of its own. A failure is tried once more (it may have been
     * a concurrent change, or another cluster member recording the same message first); a message that
     * fails twice is kept as a rejection, and if even that fails it stays unseen for the next poll.
     */
    private Handling handle(IncomingMail mail) {
        MailIntake.Receipt receipt;
        try {
            receipt = intake.receive(mail);
        } catch (DomainException refused) {
            try {
                receipt = intake.reject(mail, MailIntake.reason(refused));
            } catch (RuntimeException failed) {
                log.log(Level.WARNING, "Mail " + mail.messageId() + " could not be recorded as rejected; it stays"
                        + " unseen", failed);
                return Handling.RETRY;
            }
        } catch (RuntimeException first) {
            log.log(Level.FINE, "Mail " + mail.messageId() + " failed once; trying again", first);
            try {
                receipt = intake.receive(mail);
            } catch (RuntimeException second) {
                String incident = UUID.randomUUID().toString();
                log.log(Level.WARNING, "Mail " + mail.messageId() + " from " + mail.from()
                        + " could not be processed; kept as a rejection, incident " + incident, second);
                try {
                    receipt = intake.reject(mail, "The message could not be processed (incident " + incident
                            + " in the server log)");
                } catch (RuntimeException third) {
                    log.log(Level.WARNING, "Mail " + mail.messageId() + " could not be recorded either; it stays"
                            + " unseen", third);
                    return Handling.RETRY;
                }
            }
        }
        return receipt.outcome() == InboundMail.Outcome.REJECTED ? Handling.REJECTED : Handling.PROCESSED;
    }

    @Override
    public List<RejectedMail> rejections(int max) {
        return mails.findByOutcome(InboundMail.Outcome.REJECTED, Math.max(1, Math.min(max, 500))).stream()
                .map(m -> new RejectedMail(m.id(), m.messageId(), m.sender(), m.subject(), m.text().orElse(null),
                        m.ticketNumber().orElse(null), m.receivedAt().orElse(null), m.processedAt(),
                        m.reason().orElse(null)))
                .toList();
    }

    @Override
    public void dismissRejection(long id) {
        InboundMail mail = mails.findById(id).filter(m -> m.outcome() == InboundMail.Outcome.REJECTED)
                .orElseThrow(() -> new NotFoundException("There is no rejected e-mail " + id));
        mails.remove(mail);
        log.info(() -> "Rejected e-mail " + id + " from " + mail.sender() + " dismissed");
    }

    @Override
    public int purgeRejections(Instant before) {
        int deleted = mails.deleteByOutcomeProcessedBefore(InboundMail.Outcome.REJECTED, before);
        log.info(() -> "Rejected e-mails recorded before " + before + " deleted: " + deleted);
        return deleted;
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public int purgeExpiredRejections() {
        int days = retentionDays();
        if (days <= 0) {
            return 0;
        }
        return purgeRejections(clock.instant().minus(Duration.ofDays(days)));
    }

    private int retentionDays() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(RETENTION_KEY, String.class);
        if (configured.isEmpty() || configured.get().isBlank()) {
            return DEFAULT_RETENTION_DAYS;
        }
        try {
            return Integer.parseInt(configured.get().strip());
        } catch (NumberFormatException e) {
            log.warning(() -> RETENTION_KEY + " is '" + configured.get() + "', not a whole number of days; keeping"
                    + " rejected e-mails for " + DEFAULT_RETENTION_DAYS + " days");
            return DEFAULT_RETENTION_DAYS;
        }
    }
}
