package org.servicelevel.application.escalation.internal;

import jakarta.enterprise.context.Dependent;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import org.servicelevel.application.notification.Recipients;
import org.servicelevel.application.ticket.TicketLinks;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.StepAt;
import org.servicelevel.domain.model.escalation.ScheduledStep;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The e-mail of an escalation step, in the notifications' language: a warning before the due
 * instant, the breach at it, or the time overdue after it; with the ticket's number, title and
 * customer, the clock, its due instant in the calendar's time zone, the working time left or overdue,
 * and a link to the ticket's page under {@code servicelevel.public-url}.
 */
@Dependent
public class EscalationMail {

    /** What the e-mail says. */
    public record Text(String subject, String body) {
    }

    /** The kind of step: before, at or after the clock's due instant. */
    static String kindOf(ScheduledStep step) {
        StepAt at = StepAt.parse(step.at()).orElse(StepAt.DUE);
        return at.beforeDue() ? "warning" : at.atDue() || step.isBreach() ? "breach" : "overdue";
    }

    Text text(Ticket ticket, ScheduledStep step, SlaClock clock, WorkCalendar calendar) {
        ResourceBundle texts = Recipients.texts();
        ZoneId zone = calendar.zone();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(texts.getLocale().getLanguage().isEmpty() ? java.util.Locale.ENGLISH : texts.getLocale())
                .withZone(zone);
        String kind = kindOf(step);
        if ("warning".equals(kind) && clock.state() == ClockState.BREACHED) {
            kind = "overdue";   // a warning that fires past the deadline (the server was down) tells the time overdue
        }
        Duration time = "warning".equals(kind) ? clock.remaining() : clock.elapsed().minus(clock.target());
        Object[] args = {ticket.number(), ticket.title(), ticket.customer().name(), metric(texts, clock.metric()),
                clock.due() == null ? "-" : format.format(clock.due()) + " (" + zone.getId() + offsetIfRepeated(zone,
                        clock.due()) + ")",
                duration(texts, time.isNegative() ? Duration.ZERO : time), step.name(), TicketLinks.of(ticket.id()),
                ticket.agreement().map(a -> a.number()).orElse("-")};
        return new Text(MessageFormat.format(texts.getString("escalation." + kind + ".subject"), args),
                MessageFormat.format(texts.getString("escalation." + kind + ".body"), args));
    }

    /**
     * The UTC offset, when the local time happens twice (the hour the clocks go back): 02:30 on the last
     * Sunday of October in Berlin is ", UTC+02:00" or ", UTC+01:00"; empty otherwise.
     */
    static String offsetIfRepeated(ZoneId zone, java.time.Instant instant) {
        java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(instant, zone);
        if (zone.getRules().getValidOffsets(local).size() < 2) {
            return "";
        }
        String offset = zone.getRules().getOffset(instant).getId();
        return ", UTC" + ("Z".equals(offset) ? "+00:00" : offset);
    }

    static String metric(ResourceBundle texts, String metric) {
        if (metric.startsWith(SlaClock.STATUS_PREFIX)) {
            return MessageFormat.format(texts.getString("escalation.metric.status"),
                    metric.substring(SlaClock.STATUS_PREFIX.length()));
        }
        return texts.getString("escalation.metric." + metric);
    }

    static String duration(ResourceBundle texts, Duration d) {
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            return MessageFormat.format(texts.getString("escalation.duration.seconds"), d.toSeconds());
        }
        return MessageFormat.format(texts.getString("escalation.duration"), d.toHours(), d.toMinutesPart());
    }

}
