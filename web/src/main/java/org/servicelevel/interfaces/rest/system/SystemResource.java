package org.servicelevel.interfaces.rest.system;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.agreement.ReviewReminderService;
import org.servicelevel.application.notification.NotificationService;
import org.servicelevel.application.system.SystemService;
import org.servicelevel.application.system.SystemStatus;
import org.servicelevel.domain.model.identity.Role;

@Path("system")
@RequestScoped
@Tag(name = "System", description = "The installation's status and the jobs started by hand")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @Inject
    private SystemService system;

    @Inject
    private ReviewReminderService reminders;

    @Inject
    private NotificationService notifications;

    /** What a job run did. */
    public record JobRunView(String job, int count, String detail) {
    }

    @GET
    @Path("status")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "getSystemStatus", summary = "Version, database and schema version of this installation")
    public SystemStatusView status() {
        SystemStatus s = system.status();
        return new SystemStatusView(s.productVersion(), s.databaseProduct(), s.databaseVersion(), s.schemaVersion(),
                s.demoDataEnabled());
    }

    @POST
    @Path("jobs/review-reminders")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "runReviewReminders", summary = "Queue the review reminders due today now (they also run daily at 06:30)")
    public JobRunView remindReviews() {
        int queued = reminders.remindDueReviews();
        return new JobRunView("review-reminders", queued, queued + " reminder(s) queued");
    }

    @POST
    @Path("jobs/notification-delivery")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "runNotificationDelivery", summary = "Deliver the notifications whose next try is due now (this also runs every minute)")
    public JobRunView deliverNotifications() {
        NotificationService.DeliveryRun run = notifications.deliverDue();
        return new JobRunView("notification-delivery", run.delivered(), run.mailConfigured()
                ? run.delivered() + " delivered, " + run.failed() + " failed"
                : "no mail server is configured (servicelevel.mail.host): notifications wait in the outbox");
    }
}
