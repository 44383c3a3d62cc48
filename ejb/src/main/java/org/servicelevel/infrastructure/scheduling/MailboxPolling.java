package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import java.util.logging.Logger;
import org.servicelevel.application.mail.MailChannelService;
import org.servicelevel.application.mail.Mailbox;
import org.servicelevel.domain.model.identity.Role;

/**
 * Looks into the mail channel's mailbox every {@code servicelevel.mail.imap.poll-seconds}: a
 * non-persistent interval timer on every cluster member (processing is idempotent by Message-ID), which
 * follows a changed interval at its next firing. Without a configured host each firing does nothing.
 * An unreachable mailbox is logged when it becomes unreachable and when it is back, not at every poll.
 */
@Startup
@Singleton
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@DependsOn("DatabaseMigration")
public class MailboxPolling {

    private static final String INFO = "mailbox polling";

    @Resource
    private TimerService timerService;

    @Inject
    private Mailbox mailbox;

    @Inject
    private MailChannelService channel;

    @Inject
    private Logger log;

    private Duration interval;

    private String lastError;

    @PostConstruct
    void start() {
        schedule(mailbox.pollInterval());
    }

    private void schedule(Duration every) {
        interval = every;
        timerService.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig(INFO, false));
        log.info(() -> "Mail channel: the mailbox is polled every " + every.getSeconds() + " s"
                + (mailbox.configured() ? " (" + mailbox.describe() + ")" : "; no mailbox is configured"
                + " (servicelevel.mail.imap.host)"));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll(Timer timer) {
        Duration configured = mailbox.pollInterval();
        if (!configured.equals(interval)) {
            timer.cancel();
            schedule(configured);
        }
        MailChannelService.Poll result = channel.pollMailbox();
        if (!Objects.equals(result.error(), lastError)) {
            if (result.error() != null) {
                log.warning(() -> "Mail channel: the mailbox cannot be read, retrying every " + interval.getSeconds()
                        + " s: " + result.error());
            } else if (lastError != null) {
                log.info("Mail channel: the mailbox can be read again");
            }
            lastError = result.error();
        }
    }
}
