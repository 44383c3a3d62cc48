package org.servicelevel.application.notification.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.servicelevel.application.notification.MailSender;
import org.servicelevel.application.notification.NotificationService;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.notification.Notification;
import org.servicelevel.domain.model.notification.NotificationRepository;

@Stateless
@RolesAllowed(Role.Names.ADMIN)
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class NotificationServiceBean implements NotificationService {

    private static final int BATCH = 100;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private NotificationDelivery delivery;

    @Inject
    private MailSender mailer;

    @Inject
    private Clock clock;

    @Override
    public List<NotificationDetails> recent(int max) {
        return notifications.findRecent(Math.max(1, Math.min(max, 500))).stream()
                .map(NotificationServiceBean::details).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public DeliveryRun deliverDue() {
        if (!mailer.configured()) {
            return new DeliveryRun(0, 0, false);
        }
        int delivered = 0;
        int failed = 0;
        for (long id : notifications.findDue(clock.instant(), BATCH)) {
            switch (delivery.deliver(id)) {
                case DELIVERED -> delivered++;
                case FAILED -> failed++;
                case SKIPPED -> { }
            }
        }
        return new DeliveryRun(delivered, failed, true);
    }

    private static NotificationDetails details(Notification n) {
        return new NotificationDetails(n.id(), n.kind(), n.reference(), n.recipient(), n.subject(), n.body(),
                n.createdAt(), n.sentAt().orElse(null), n.attempts(), n.lastError().orElse(null),
                n.nextTryAt().orElse(null));
    }
}
