package org.servicelevel.application.usage.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;
import org.servicelevel.application.notification.NotificationOutbox;
import org.servicelevel.application.notification.Recipients;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.deadline.DeadlineFiring;
import org.servicelevel.domain.model.deadline.DeadlineFiringRepository;
import org.servicelevel.domain.model.notification.Notification;
import org.servicelevel.domain.model.usage.UsageCounter;

/**
 * The e-mails that a volume is 80 % or 100 % used, queued in the transaction that counted the use: to
 * the agreement's owner (else {@code servicelevel.notifications.fallback-recipient}) and to the
 * customer's coordinator, who is the one to decide whether to order more. Each threshold is notified
 * exactly once per agreement, service, unit and period: the record that it fired has a unique key
 * (kind {@code volume-80} or {@code volume-100}, reference {@code SLA-1/WS/TICKETS/2026-12}).
 */
@Dependent
public class VolumeNotices {

    static final String KIND = "volume-";

    @Inject
    private DeadlineFiringRepository firings;

    @Inject
    private Recipients addresses;

    @Inject
    private NotificationOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Logger log;

    /** Queues the notification that the counter's usage reached {@code threshold} %, unless it was queued before. */
    void reached(Agreement agreement, UsageCounter counter, int threshold, Instant now) {
        String kind = KIND + threshold;
        String periodLabel = counter.period().label(counter.periodStart());
        String reference = agreement.number() + "/" + counter.serviceCode() + "/" + counter.unit() + "/" + periodLabel;
        Instant periodStart = counter.periodStart().atStartOfDay(agreement.zone()).toInstant();
        if (firings.find(kind, reference, periodStart).isPresent()) {
            return;
        }
        firings.store(new DeadlineFiring(kind, reference, periodStart, now));
        Set<String> recipients = recipients(agreement);
        if (recipients.isEmpty()) {
            log.warning(() -> reference + " reached " + threshold + " % of its volume, but neither the agreement's owner,"
                    + " the customer's coordinator nor servicelevel.notifications.fallback-recipient has an e-mail address");
        }
        ResourceBundle texts = Recipients.texts();
        Object[] args = {agreement.number(), counter.serviceCode(), texts.getString("volume.unit." + counter.unit()),
                periodLabel, plain(counter.used()), plain(counter.volume()), agreement.title(),
                agreement.customer().map(c -> c.name()).orElse("")};
        String subject = MessageFormat.format(texts.getString("volume." + threshold + ".subject"), args);
        String body = MessageFormat.format(texts.getString("volume." + threshold + ".body"), args);
        for (String recipient : recipients) {
            outbox.queue(new Notification(kind, reference, recipient, subject, body, now));
        }
        audit.record(new AuditEntry(now, "system", "agreement", agreement.id(), "volume " + threshold + " %",
                counter + ", notified " + (recipients.isEmpty() ? "nobody" : String.join(", ", recipients))));
        if (!recipients.isEmpty()) {
            log.info(() -> reference + " reached " + threshold + " % of its volume; notified " + recipients);
        }
    }

    private Set<String> recipients(Agreement agreement) {
        Set<String> recipients = new LinkedHashSet<>();
        addresses.userOrFallback(agreement.owner()).ifPresent(recipients::add);
        agreement.customer().map(c -> c.coordinatorEmail()).filter(Recipients::isAddress).ifPresent(recipients::add);
        return recipients;
    }

    private static String plain(BigDecimal number) {
        return number == null ? "-" : number.stripTrailingZeros().toPlainString();
    }
}
