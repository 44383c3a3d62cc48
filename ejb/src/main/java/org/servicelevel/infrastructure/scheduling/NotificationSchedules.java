package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.servicelevel.application.agreement.ReviewReminderService;
import org.servicelevel.application.notification.NotificationService;
import org.servicelevel.domain.model.identity.Role;

/**
 * The recurring work behind notifications: the daily review reminders (a persistent timer, so a
 * cluster runs it once and a missed run is caught up after a restart) and, every minute, delivery of
 * notifications whose next try is due (on every member; a notification is locked while it is sent).
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
public class NotificationSchedules {

    @Inject
    private ReviewReminderService reminders;

    @Inject
    private NotificationService notifications;

    @Schedule(hour = "6", minute = "30", persistent = true, info = "daily review reminders")
    void remindReviews() {
        reminders.remindDueReviews();
    }

    @Schedule(hour = "*", minute = "*", persistent = false, info = "notification delivery")
    void deliverNotifications() {
        notifications.deliverDue();
    }
}
