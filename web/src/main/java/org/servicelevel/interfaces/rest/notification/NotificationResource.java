package org.servicelevel.interfaces.rest.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.notification.NotificationService;
import org.servicelevel.domain.model.identity.Role;

/** The outbox of e-mail notifications, for administrators: what was sent to whom, and what still waits and why. */
@Path("notifications")
@RequestScoped
@Tag(name = "Notifications", description = "The notification outbox, for administrators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class NotificationResource {

    /** One notification: to whom, about what, and whether and when it was delivered. */
    public record NotificationView(long id, String kind, String reference, String recipient, String subject,
                                   String body, Instant createdAt, Instant sentAt, int attempts, String lastError,
                                   Instant nextTryAt) {
    }

    @Inject
    private NotificationService notifications;

    @GET
    @Operation(operationId = "listNotifications", summary = "The latest notifications, newest first (limit 1-500, default 50)")
    public List<NotificationView> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        return notifications.recent(limit).stream().map(n -> new NotificationView(n.id(), n.kind(), n.reference(),
                n.recipient(), n.subject(), n.body(), n.createdAt(), n.sentAt(), n.attempts(), n.lastError(),
                n.nextTryAt())).toList();
    }
}
