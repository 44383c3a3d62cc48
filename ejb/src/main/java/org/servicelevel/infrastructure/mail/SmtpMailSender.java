package org.servicelevel.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicelevel.application.notification.MailSender;

/**
 * Sends plain-text e-mail through the SMTP server named by MicroProfile Config:
 * {@code servicelevel.mail.host} (no host: mail is off and notifications wait in the outbox),
 * {@code servicelevel.mail.port} (25), {@code servicelevel.mail.from}, {@code servicelevel.mail.username}
 * and {@code servicelevel.mail.password} (from the environment), {@code servicelevel.mail.starttls}.
 * The settings are read at every send, so a change needs no redeploy.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

    private static final String TIMEOUT_MILLIS = "10000";

    /** Whether a mail server is configured. */
    @Override
    public boolean configured() {
        return host(ConfigProvider.getConfig()).isPresent();
    }

    @Override
    public void send(String to, String subject, String body) throws SendFailure {
        try {
            deliver(to, subject, body);
        } catch (MessagingException e) {
            throw new SendFailure(e.getMessage(), e);
        }
    }

    private void deliver(String to, String subject, String body) throws MessagingException {
        Config config = ConfigProvider.getConfig();
        String host = host(config).orElseThrow(() -> new MessagingException("No mail server is configured"
                + " (servicelevel.mail.host)"));
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", config.getOptionalValue("servicelevel.mail.port", String.class).orElse("25"));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        boolean startTls = config.getOptionalValue("servicelevel.mail.starttls", Boolean.class).orElse(false);
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        Optional<String> user = config.getOptionalValue("servicelevel.mail.username", String.class)
                .filter(u -> !u.isBlank());
        Authenticator authenticator = null;
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            String password = config.getOptionalValue("servicelevel.mail.password", String.class).orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password);
                }
            };
        }
        Session session = Session.getInstance(props, authenticator);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(config.getOptionalValue("servicelevel.mail.from", String.class)
                .orElse("servicelevel@localhost")));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }

    private static Optional<String> host(Config config) {
        return config.getOptionalValue("servicelevel.mail.host", String.class).filter(h -> !h.isBlank());
    }
}
