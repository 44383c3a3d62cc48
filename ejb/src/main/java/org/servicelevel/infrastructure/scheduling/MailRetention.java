package org.servicelevel.infrastructure.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.servicelevel.application.mail.MailChannelService;

/**
 * Deletes the mail channel's rejected e-mails once they are older than the retention period, every
 * night: a persistent timer, so a cluster runs it once and a run missed while the server was down is
 * caught up at the next start.
 */
@Singleton
public class MailRetention {

    @Inject
    private MailChannelService channel;

    @Schedule(hour = "3", minute = "15", persistent = true, info = "purge of old rejected e-mails")
    void purgeExpiredRejections() {
        channel.purgeExpiredRejections();
    }
}
