package org.servicelevel.domain.model.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the mail channel reads a message: a subject naming a ticket in brackets ({@code Re: [T-000123]
 * Printer}) makes the message a reply to that ticket, and of a reply only the new text counts, not the
 * quoted message below it or the signature.
 */
public final class MailText {

    /** What a ticket is titled when its e-mail had no subject. */
    public static final String NO_SUBJECT = "(no subject)";

    private static final Pattern TICKET_TAG = Pattern.compile("\\[\\s*(T-\\d+)\\s*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(On|Am|Le|El) .*(wrote|schrieb|a écrit|escribió):\\s*$");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("^\\s*-{2,}\\s*(Original Message|Ursprüngliche"
            + " Nachricht|Message d'origine)\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*(From|Von|De):\\s.+$");
    private static final Pattern OUTLOOK_SENT = Pattern.compile("^\\s*(Sent|Gesendet|Envoyé|Date):\\s.+$");
    private static final String SIGNATURE = "-- ";

    private MailText() {
    }

    /** The ticket number a subject names in brackets, upper case; empty if it names none. */
    public static Optional<String> ticketNumber(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher matcher = TICKET_TAG.matcher(subject);
        return matcher.find() ? Optional.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** A ticket title from a subject: whitespace collapsed, at most {@code max} characters, never blank. */
    public static String title(String subject, int max) {
        String title = subject == null ? "" : subject.strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            return NO_SUBJECT;
        }
        return shortened(title, max);
    }

    /** {@code text} cut to at most {@code max} characters, marked with "..." where it was cut. */
    public static String shortened(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /**
     * The new text of a reply: without quoted lines ({@code > ...}), without everything from the
     * attribution line ("On ... wrote:") or a forwarded-message header on, and without the signature
     * after a {@code "-- "} line. Blank if the reply says nothing new.
     */
    public static String withoutQuotedReply(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (quoteStartsAt(lines, i)) {
                break;
            }
            if (!lines[i].stripLeading().startsWith(">")) {
                kept.add(lines[i].stripTrailing());
            }
        }
        return String.join("\n", kept).strip();
    }

    /**
     * Whether the signature, an attribution ("On ... wrote:", also wrapped over two lines) or the header
     * of a quoted message starts at line {@code i}.
     */
    private static boolean quoteStartsAt(String[] lines, int i) {
        String line = lines[i];
        String next = i + 1 < lines.length ? lines[i + 1].strip() : null;
        return line.equals(SIGNATURE)
                || ORIGINAL_MESSAGE.matcher(line).matches()
                || ATTRIBUTION.matcher(line).matches()
                || next != null && ATTRIBUTION.matcher(line.stripTrailing() + " " + next).matches()
                || next != null && OUTLOOK_FROM.matcher(line).matches() && OUTLOOK_SENT.matcher(next).matches();
    }
}
