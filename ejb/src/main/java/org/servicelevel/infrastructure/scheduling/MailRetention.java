package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.servicelevel.application.mail.MailChannelService;
import org.servicelevel.domain.model.identity.Role;

/**
 * Deletes the mail channel's rejected e-mails once they are older than the retention period, every
 * night: a persistent timer, so a cluster runs it once and a run missed while the server was down is
 * caught up at the next start.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
public class MailRetention {

    @Inject
    private MailChannelService channel;

    @Schedule(hour = "3", minute = "15", persistent = true, info = "purge of old rejected e-mails")
    void purgeExpiredRejections() {
        channel.purgeExpiredRejections();
    }
}
