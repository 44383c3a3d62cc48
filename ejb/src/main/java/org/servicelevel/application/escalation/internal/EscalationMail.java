package org.servicelevel.application.escalation.internal;

import jakarta.enterprise.context.Dependent;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.servicelevel.application.notification.Recipients;
import org.servicelevel.application.ticket.TicketLinks;
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

    /**
     * The texts' patterns parsed once: a burst of steps renders thousands of e-mails from the same few
     * patterns, and parsing one took a tenth of a step. A {@link MessageFormat} is not safe for threads,
     * so each use formats with a copy.
     */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    /** The due instant's formatter by language and zone; a {@link DateTimeFormatter} is immutable. */
    private static final Map<String, DateTimeFormatter> DUE = new ConcurrentHashMap<>();

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
        Locale locale = texts.getLocale().toLanguageTag().isEmpty() ? Locale.ENGLISH : texts.getLocale();
        DateTimeFormatter format = DUE.computeIfAbsent(locale.toLanguageTag() + " " + zone.getId(),
                key -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone));
        String kind = kindOf(step);
        Duration time = "warning".equals(kind) ? clock.remaining() : clock.elapsed().minus(clock.target());
        Object[] args = {ticket.number(), ticket.title(), ticket.customer().name(), metric(texts, clock.metric()),
                clock.due() == null ? "-" : format.format(clock.due()) + " (" + zone.getId() + ")",
                duration(texts, time.isNegative() ? Duration.ZERO : time), step.name(), TicketLinks.of(ticket.id()),
                ticket.agreement().map(a -> a.number()).orElse("-")};
        return new Text(format(texts.getString("escalation." + kind + ".subject"), args),
                format(texts.getString("escalation." + kind + ".body"), args));
    }

    static String metric(ResourceBundle texts, String metric) {
        if (metric.startsWith(SlaClock.STATUS_PREFIX)) {
            return format(texts.getString("escalation.metric.status"), metric.substring(SlaClock.STATUS_PREFIX.length()));
        }
        return texts.getString("escalation.metric." + metric);
    }

    static String duration(ResourceBundle texts, Duration d) {
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            return format(texts.getString("escalation.duration.seconds"), d.toSeconds());
        }
        return format(texts.getString("escalation.duration"), d.toHours(), d.toMinutesPart());
    }

    /** As {@link MessageFormat#format(String, Object...)}, with the pattern parsed once. */
    static String format(String pattern, Object... args) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        MessageFormat parsed = FORMATS.computeIfAbsent(locale.toLanguageTag() + " " + pattern,
                key -> new MessageFormat(pattern, locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }

}
