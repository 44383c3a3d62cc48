package org.servicelevel.interfaces.web.ticket;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.servicelevel.application.ticket.TicketEventDetails;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationRecipient;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.interfaces.web.Refusals;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * The texts the system writes into a ticket's history, in the page's language: why no agreement
 * applied (the selection rules' account, line by line), how the priority was derived at registration,
 * a breach's deadline in the calendar's zone, what an escalation step's actions did, the agreement an
 * assignment put the ticket under, and a priority raised by escalation. The services word these in
 * English; they are looked up in the catalogue of the services' sentences ({@link Refusals}). What
 * people typed (comments, descriptions, a person's reason, a step's or a priority's name) stays as typed.
 */
final class HistoryTexts {

    /** Between the lines of the selection rules' account in "No agreement applies: …". */
    private static final String TRACE_SEPARATOR = "; ";

    /** Between the head of a sentence and its list, and between an escalation action and what it did. */
    private static final String COLON = ": ";

    /** Between the outcomes of an escalation step's actions. */
    private static final String LINES = "\n";

    /** What {@code Ticket.recordBreach} puts before the deadline. */
    private static final String DUE = "due ";

    private HistoryTexts() {
    }

    /** The event's text as the page shows it; an event type whose text people write keeps it. */
    static String text(TicketEventDetails e, ZoneId zone, ResourceBundle texts) {
        String text = e.text();
        if (text == null) {
            return "";
        }
        return switch (e.type()) {
            case "AGREEMENT" -> listed(text, texts);
            case "PRIORITY" -> bySystem(e) ? sentence(text, texts) : text;
            case "BREACH" -> due(text, zone, texts);
            case "ESCALATION" -> Arrays.stream(text.split(LINES, -1)).map(line -> outcome(line, texts))
                    .collect(Collectors.joining(LINES));
            default -> text;
        };
    }

    /**
     * The "change" column of an event the system writes, in the page's language: the clock of a breach
     * or an escalation by its name (with the step's name as the agreement gives it), and the agreement,
     * version and priority an assignment chose; {@code change} for the other events.
     */
    static String change(TicketEventDetails e, String change, Map<String, String> statusNames,
                         ResourceBundle texts) {
        if (change == null || change.isEmpty()) {
            return change;
        }
        return switch (e.type()) {
            case "BREACH" -> TicketRows.metric(change, statusNames, texts);
            case "ESCALATION" -> {
                int colon = change.indexOf(COLON);
                yield colon < 0 ? TicketRows.metric(change, statusNames, texts)
                        : TicketRows.metric(change.substring(0, colon), statusNames, texts) + change.substring(colon);
            }
            case "AGREEMENT" -> sentence(change, texts);
            default -> change;
        };
    }

    /** A priority set at registration from the impact and urgency, or raised by an escalation step. */
    private static boolean bySystem(TicketEventDetails e) {
        return e.from() == null || Ticket.SYSTEM_ACTOR.equals(e.actor());
    }

    /**
     * "No agreement applies: rule 'a': no, …; there is no default rule …": the head with its list, each
     * line of the list looked up by itself.
     */
    static String listed(String text, ResourceBundle texts) {
        int colon = text.indexOf(COLON);
        if (colon < 0) {
            return sentence(text, texts);
        }
        String frame = sentence(text.substring(0, colon) + COLON + "{0}", texts);
        String list = Arrays.stream(text.substring(colon + COLON.length()).split(TRACE_SEPARATOR, -1))
                .map(line -> sentence(line, texts)).collect(Collectors.joining(TRACE_SEPARATOR));
        return frame.replace("{0}", list);
    }

    /** "due 2026-03-02T09:00:00Z" with the deadline in the calendar's zone, as the history shows instants. */
    static String due(String text, ZoneId zone, ResourceBundle texts) {
        if (!text.startsWith(DUE)) {
            return text;
        }
        try {
            Instant due = Instant.parse(text.substring(DUE.length()));
            return AgreementRows.format(texts, "ticket.history.due", AgreementRows.instant(due, zone));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** "RAISE_PRIORITY: priority 3 -> 2": the action in the words of the agreement page, and what it did. */
    static String outcome(String line, ResourceBundle texts) {
        int colon = line.indexOf(COLON);
        if (colon < 0) {
            return sentence(line, texts);
        }
        return action(line.substring(0, colon), texts).orElse(line.substring(0, colon)) + COLON
                + sentence(line.substring(colon + COLON.length()), texts);
    }

    /** An escalation action as the services describe it ("NOTIFY ASSIGNEE, ops@acme.example", "TAG hot"). */
    static Optional<String> action(String described, ResourceBundle texts) {
        int space = described.indexOf(' ');
        String code = space < 0 ? described : described.substring(0, space);
        String rest = space < 0 ? "" : described.substring(space + 1);
        Optional<EscalationActionType> type = Arrays.stream(EscalationActionType.values())
                .filter(t -> t.name().equals(code)).findFirst();
        return type.map(t -> switch (t) {
            case NOTIFY -> AgreementRows.format(texts, "agreement.escalations.action.NOTIFY",
                    Arrays.stream(rest.split(", ")).map(r -> EscalationRecipient.named(r)
                            .map(n -> texts.getString("agreement.escalations.recipient." + n.name())).orElse(r))
                            .collect(Collectors.joining(", ")));
            case MOVE_TO_GROUP, TAG -> AgreementRows.format(texts, "agreement.escalations.action." + t.name(), rest);
            case COMMENT -> texts.getString("ticket.history.commentAction");
            default -> texts.getString("agreement.escalations.action." + t.name());
        });
    }

    private static String sentence(String english, ResourceBundle texts) {
        return Refusals.catalogue().inLanguageOf(english, texts);
    }
}
