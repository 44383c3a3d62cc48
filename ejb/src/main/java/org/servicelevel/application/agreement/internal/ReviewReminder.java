package org.servicelevel.application.agreement.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.servicelevel.application.notification.NotificationOutbox;
import org.servicelevel.application.notification.Recipients;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.deadline.DeadlineFiring;
import org.servicelevel.domain.model.deadline.DeadlineFiringRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.notification.Notification;

/**
 * The review reminder of one agreement, in a transaction of its own: the record that it was sent and
 * the notification are stored together, so one agreement's failure does not hold back the others and
 * a reminder is queued exactly once.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
public class ReviewReminder {

    static final String UPCOMING = "review-reminder-upcoming";
    static final String DUE = "review-reminder-due";

    @Inject
    private AgreementRepository agreements;

    @Inject
    private DeadlineFiringRepository firings;

    @Inject
    private Recipients recipients;

    @Inject
    private NotificationOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Logger log;

    /** Queues the reminder the agreement is due for today, unless it was sent already; whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long agreementId, Instant now, int leadDays) {
        Agreement agreement = agreements.findById(agreementId).orElse(null);
        if (agreement == null || agreement.status() != AgreementStatus.ACTIVE || agreement.reviewDate().isEmpty()) {
            return false;
        }
        LocalDate today = agreement.today(now);
        LocalDate review = agreement.reviewDate().orElseThrow();
        String kind = !today.isBefore(review) ? DUE : !today.isBefore(review.minusDays(leadDays)) ? UPCOMING : null;
        if (kind == null) {
            return false;
        }
        Instant dueAt = review.atStartOfDay(agreement.zone()).toInstant();
        if (firings.find(kind, agreement.number(), dueAt).isPresent()) {
            return false;
        }
        Optional<String> recipient = recipients.userOrFallback(agreement.owner());
        if (recipient.isEmpty()) {
            log.warning(() -> "Agreement " + agreement.number() + " is due for review on " + review + ", but neither"
                    + " its owner nor servicelevel.notifications.fallback-recipient has an e-mail address");
            return false;
        }
        ResourceBundle texts = Recipients.texts();
        String prefix = kind.equals(DUE) ? "review.due." : "review.upcoming.";
        Object[] args = {agreement.number(), review.toString(), agreement.title(),
                agreement.customer().map(c -> c.name()).orElse(agreement.providerGroup().map(g -> g.name()).orElse("")),
                agreement.owner().orElse("")};
        firings.store(new DeadlineFiring(kind, agreement.number(), dueAt, now));
        outbox.queue(new Notification(kind, agreement.number(), recipient.get(),
                MessageFormat.format(texts.getString(prefix + "subject"), args),
                MessageFormat.format(texts.getString(prefix + "body"), args), now));
        audit.record(new AuditEntry(now, "system", AgreementServiceBean.AUDIT_SUBJECT, agreement.id(),
                "review reminder", "review on " + review + ", sent to " + recipient.get()));
        return true;
    }
}
