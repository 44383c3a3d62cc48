package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.servicelevel.application.webhook.WebhookService;
import org.servicelevel.domain.model.identity.Role;

/**
 * Every minute, the webhook deliveries whose next attempt is due and that no member is making: retries
 * this member did not schedule itself, and whatever a restart interrupted. A persistent timer, so a
 * cluster runs it on one member and a missed run is caught up; claims keep it from doubling an attempt
 * that the after-commit trigger makes at the same time.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
public class WebhookSchedule {

    @Inject
    private WebhookService webhooks;

    @Schedule(hour = "*", minute = "*", persistent = true, info = "webhook delivery")
    void deliverDue() {
        webhooks.deliverDue();
    }
}
