package org.servicelevel.application.notification.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.servicelevel.application.notification.MailSender;
import org.servicelevel.application.notification.NotificationService;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.notification.Notification;
import org.servicelevel.domain.model.notification.NotificationRepository;

/**
 * Delivers one notification per transaction. The row is locked while it is sent, so two cluster
 * members never send the same notification; a failure is recorded with the time of the next try.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@PermitAll
public class NotificationDelivery {

    /** The outcome of one delivery attempt (public: it crosses the bean's container proxy). */
    public enum Outcome { DELIVERED, FAILED, SKIPPED }

    @Inject
    private NotificationRepository notifications;

    @Inject
    private MailSender mailer;

    @Inject
    private NotificationService service;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome deliver(long id) {
        Notification n = notifications.findForDelivery(id).orElse(null);
        if (n == null || n.isSent()) {
            return Outcome.SKIPPED;
        }
        try {
            mailer.send(n.recipient(), n.subject(), n.body());
            n.delivered(clock.instant());
            log.info(() -> "Notification " + n.kind() + " about " + n.reference() + " sent to " + n.recipient());
            return Outcome.DELIVERED;
        } catch (MailSender.SendFailure | RuntimeException e) {
            n.failed(e.getMessage(), clock.instant());
            log.warning(() -> "Notification " + n.kind() + " about " + n.reference() + " to " + n.recipient()
                    + " not sent (attempt " + n.attempts() + "): " + e.getMessage());
            return Outcome.FAILED;
        }
    }

    /** Starts delivering, in the background, what a committed transaction queued. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverSoon() {
        service.deliverDue();
    }
}
