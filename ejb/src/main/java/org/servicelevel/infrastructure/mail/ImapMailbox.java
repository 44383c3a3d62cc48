package org.servicelevel.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicelevel.application.mail.IncomingMail;
import org.servicelevel.application.mail.Mailbox;

/**
 * The mail channel's IMAP mailbox, named by MicroProfile Config: {@code servicelevel.mail.imap.host}
 * (no host: the channel is off), {@code .port} (993 with {@code .ssl=true}, else 143), {@code .ssl},
 * {@code .username}, {@code .password} (from the environment), {@code .folder} (INBOX) and
 * {@code .poll-seconds} (60). The settings are read at every poll, so a change needs no redeploy.
 *
 * <p>Messages are read without marking them seen (IMAP peek); what the handler answers decides their
 * flags afterwards, so a message whose processing failed stays unseen and is read again.
 */
@ApplicationScoped
public class ImapMailbox implements Mailbox {

    private static final String PREFIX = "servicelevel.mail.imap.";
    private static final Duration DEFAULT_POLL = Duration.ofSeconds(60);
    private static final String TIMEOUT_MILLIS = "20000";
    private static final int MAX_MESSAGE_ID = 998;

    /** The {@code Precedence} values a program sends with: mass mail and automatic replies. */
    private static final Set<String> AUTOMATIC_PRECEDENCE = Set.of("bulk", "junk", "auto_reply");

    @Inject
    private Logger log;

    /** Whether a mailbox is configured. */
    @Override
    public boolean configured() {
        return host(ConfigProvider.getConfig()).isPresent();
    }

    /** How often to look into the mailbox: {@code poll-seconds}, at least one second. */
    @Override
    public Duration pollInterval() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(PREFIX + "poll-seconds", String.class);
        if (configured.isEmpty() || configured.get().isBlank()) {
            return DEFAULT_POLL;
        }
        try {
            long seconds = Long.parseLong(configured.get().strip());
            if (seconds >= 1) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        log.warning(() -> PREFIX + "poll-seconds is '" + configured.get() + "', not a whole number of seconds from 1;"
                + " polling every " + DEFAULT_POLL.getSeconds() + " s");
        return DEFAULT_POLL;
    }

    /** The mailbox as people would name it, e.g. {@code imaps://desk@mail.example.com:993/INBOX}, for logs. */
    @Override
    public String describe() {
        Config config = ConfigProvider.getConfig();
        boolean ssl = ssl(config);
        return (ssl ? "imaps" : "imap") + "://" + config.getOptionalValue(PREFIX + "username", String.class)
                .map(u -> u + "@").orElse("") + host(config).orElse("(none)") + ":" + port(config, ssl) + "/"
                + folder(config);
    }

    /**
     * Hands each unseen message of the folder, oldest first and at most {@code max}, to {@code handler}
     * and flags it as the handler answers.
     *
     * @return how many messages were handled (processed or rejected)
     * @throws Unavailable when the mailbox cannot be reached or read
     */
    @Override
    public int process(int max, Function<IncomingMail, Handling> handler) throws Unavailable {
        try {
            return processUnseen(max, handler);
        } catch (MessagingException e) {
            throw new Unavailable(describe() + ": " + e.getMessage(), e);
        }
    }

    private int processUnseen(int max, Function<IncomingMail, Handling> handler) throws MessagingException {
        Config config = ConfigProvider.getConfig();
        String host = host(config).orElseThrow(() -> new MessagingException("No mailbox is configured ("
                + PREFIX + "host)"));
        boolean ssl = ssl(config);
        String protocol = ssl ? "imaps" : "imap";
        int port = port(config, ssl);
        Properties props = new Properties();
        props.put("mail.store.protocol", protocol);
        props.put("mail." + protocol + ".host", host);
        props.put("mail." + protocol + ".port", Integer.toString(port));
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        props.put("mail." + protocol + ".peek", "true");
        if (ssl) {
            props.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        Session session = Session.getInstance(props);
        int handled = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(host, port, config.getOptionalValue(PREFIX + "username", String.class).orElse(null),
                    config.getOptionalValue(PREFIX + "password", String.class).orElse(null));
            Folder folder = store.getFolder(folder(config));
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < unseen.length && i < max; i++) {
                    if (handle(unseen[i], handler)) {
                        handled++;
                    }
                }
            } finally {
                folder.close(false);
            }
        }
        return handled;
    }

    private boolean handle(Message message, Function<IncomingMail, Handling> handler) throws MessagingException {
        if (message.isExpunged()) {
            return false;
        }
        Handling handling;
        try {
            handling = handler.apply(read((MimeMessage) message));
        } catch (MessageRemovedException removed) {
            return false;
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "A message of the mailbox could not be processed; it stays unseen", e);
            handling = Handling.RETRY;
        }
        switch (handling) {
            case PROCESSED -> message.setFlag(Flags.Flag.SEEN, true);
            case REJECTED -> {
                Flags flags = new Flags(Flags.Flag.SEEN);
                flags.add(Flags.Flag.FLAGGED);
                message.setFlags(flags, true);
            }
            case RETRY -> {
                return false;
            }
        }
        return true;
    }

    /**
     * The message as the mail channel sees it, its text with {@code \n} line ends; a part that cannot be
     * read makes it {@code unreadable}.
     */
    static IncomingMail read(MimeMessage message) throws MessagingException {
        String from;
        String fromName = null;
        try {
            Address[] addresses = message.getFrom();
            InternetAddress sender = addresses != null && addresses.length > 0
                    && addresses[0] instanceof InternetAddress a ? a : null;
            from = sender == null ? "" : sender.getAddress().strip();
            fromName = sender == null ? null : sender.getPersonal();
        } catch (AddressException malformed) {
            from = Optional.ofNullable(message.getHeader("From", ",")).orElse("").strip();
        }
        String subject = Optional.ofNullable(message.getSubject()).orElse("");
        Date received = Optional.ofNullable(message.getReceivedDate()).orElse(message.getSentDate());
        String text = null;
        String unreadable = null;
        try {
            text = Optional.ofNullable(text(message)).orElse("").replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException | MessagingException e) {
            unreadable = "The text of the message could not be read: " + e;
        }
        String messageId = message.getMessageID();
        if (messageId == null || messageId.isBlank() || messageId.strip().length() > MAX_MESSAGE_ID) {
            Date sent = Optional.ofNullable(message.getSentDate()).orElse(received);
            messageId = derivedMessageId(messageId + "\n" + from + "\n" + (sent == null ? "" : sent.getTime()) + "\n"
                    + subject + "\n" + text);
        }
        return new IncomingMail(messageId.strip(), from, fromName, subject, text,
                received == null ? null : received.toInstant(), unreadable, automatic(message));
    }

    /**
     * The header that marks the message as sent by a program rather than a person, as {@code Name: value},
     * or null: {@code Auto-Submitted} other than {@code no} (RFC 3834: out-of-office and vacation replies,
     * other help desks' acknowledgements, monitoring systems' alerts), the {@code X-Autoreply}/{@code
     * X-Autorespond} headers of older responders, {@code Precedence: bulk, junk or auto_reply}, and
     * delivery reports ({@code multipart/report}: bounces).
     */
    static String automatic(MimeMessage message) throws MessagingException {
        String submitted = header(message, "Auto-Submitted");
        // the keyword before any parameters; a comment such as "no (by hand)" is no part of it
        if (submitted != null && !submitted.replaceAll("\\([^)]*\\)", " ").split(";", 2)[0].strip()
                .equalsIgnoreCase("no")) {
            return "Auto-Submitted: " + submitted;
        }
        for (String name : List.of("X-Autoreply", "X-Autorespond")) {
            String value = header(message, name);
            if (value != null) {
                return name + ": " + value;
            }
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && AUTOMATIC_PRECEDENCE.contains(precedence.toLowerCase(Locale.ROOT))) {
            return "Precedence: " + precedence;
        }
        String type = message.getContentType();
        if (type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/report")) {
            return "Content-Type: multipart/report";
        }
        return null;
    }

    /** The header's value on one line, or null when the message has none or an empty one. */
    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ",");
        if (value == null) {
            return null;
        }
        String unfolded = MimeUtility.unfold(value).replaceAll("\\s+", " ").strip();
        return unfolded.isEmpty() ? null : unfolded;
    }

    /** A stable id for a message without a usable Message-ID, from what it says. */
    private static String derivedMessageId(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash) + "@derived.servicelevel.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first plain-text part that is not an attachment, else the text of the first HTML part; null if none. */
    static String text(Part part) throws MessagingException, IOException {
        String plain = first(part, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = first(part, "text/html");
        return html == null ? null : HtmlText.of(html);
    }

    private static String first(Part part, String type) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType(type)) {
            return content(part);
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = first(multipart.getBodyPart(i), type);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** A text part's content; in a charset Java does not know, read as UTF-8 rather than lost. */
    private static String content(Part part) throws MessagingException, IOException {
        try {
            return part.getContent() instanceof String text ? text : null;
        } catch (UnsupportedEncodingException unknownCharset) {
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static Optional<String> host(Config config) {
        return config.getOptionalValue(PREFIX + "host", String.class).map(String::strip).filter(h -> !h.isEmpty());
    }

    private static boolean ssl(Config config) {
        return config.getOptionalValue(PREFIX + "ssl", Boolean.class).orElse(false);
    }

    private static int port(Config config, boolean ssl) {
        return config.getOptionalValue(PREFIX + "port", Integer.class).orElse(ssl ? 993 : 143);
    }

    private static String folder(Config config) {
        return config.getOptionalValue(PREFIX + "folder", String.class).map(String::strip).filter(f -> !f.isEmpty())
                .orElse("INBOX");
    }
}
