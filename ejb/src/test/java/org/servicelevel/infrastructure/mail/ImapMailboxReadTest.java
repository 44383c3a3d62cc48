package org.servicelevel.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.mail.IncomingMail;

/** How a message from the mailbox is read: sender, Message-ID and the text that matters. */
class ImapMailboxReadTest {

    private static IncomingMail read(String raw) throws MessagingException {
        return ImapMailbox.read(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aPlainTextPartIsPreferredToItsHtmlAlternative() throws MessagingException {
        IncomingMail mail = read("""
                From: Carl Customer <Carl@Acme.example>
                To: desk@example.com
                Subject: =?UTF-8?Q?Drucker_br=C3=A4nnt?=
                Date: Mon, 1 Jun 2026 10:00:00 +0200
                Message-ID: <abc-1@acme.example>
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                The printer is on fire.
                Since 9:00.
                --b1
                Content-Type: text/html; charset=UTF-8

                <p>The <b>printer</b> is on fire.</p>
                --b1--
                """);
        assertEquals("<abc-1@acme.example>", mail.messageId());
        assertEquals("Carl@Acme.example", mail.from());
        assertEquals("Carl Customer", mail.fromName());
        assertEquals("Drucker brännt", mail.subject());
        assertEquals("The printer is on fire.\nSince 9:00.", mail.text().strip(), "with \\n line ends");
        assertEquals(Instant.parse("2026-06-01T08:00:00Z"), mail.receivedAt());
        assertNull(mail.unreadable());
    }

    @Test
    void anHtmlOnlyMessageIsReadAsTextAndAttachmentsAreNotItsText() throws MessagingException {
        IncomingMail mail = read("""
                From: carl@acme.example
                Subject: Logs
                Message-ID: <abc-2@acme.example>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8
                Content-Disposition: attachment; filename="server.log"

                ERROR 1
                --b1
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p {color: red}</style></head><body><p>See the log &amp; call me.</p>Thanks<br>Carl</body></html>
                --b1--
                """);
        assertEquals("See the log & call me.\nThanks\nCarl", mail.text());
    }

    @Test
    void aMessageWithoutMessageIdGetsAStableOneFromItsContent() throws MessagingException {
        String raw = """
                From: carl@acme.example
                Subject: No id
                Date: Mon, 1 Jun 2026 10:00:00 +0200

                Hello
                """;
        IncomingMail first = read(raw);
        assertTrue(first.messageId().matches("<[0-9a-f]{64}@derived\\.servicelevel\\.invalid>"), first.messageId());
        assertEquals(first.messageId(), read(raw).messageId(), "the same message, the same id");
        assertNotEquals(first.messageId(), read(raw.replace("Hello", "Hello again")).messageId());
    }

    @Test
    void aCharsetJavaDoesNotKnowIsReadAsUtf8RatherThanLost() throws MessagingException {
        IncomingMail mail = read("""
                From: carl@acme.example
                Subject: Odd charset
                Message-ID: <abc-3@acme.example>
                Content-Type: text/plain; charset=x-unknown-charset

                Still readable
                """);
        assertEquals("Still readable", mail.text().strip());
        assertNull(mail.unreadable());
    }

    private static String automaticOf(String headers) throws MessagingException {
        return read("""
                From: carl@acme.example
                To: desk@example.com
                Subject: Re: [T-000123] Printer on fire
                Message-ID: <auto-1@acme.example>
                %s
                I am out of the office until Monday.
                """.formatted(headers)).automatic();
    }

    @Test
    void outOfOfficeRepliesAndBouncesAreMarkedAutomatic() throws MessagingException {
        assertEquals("Auto-Submitted: auto-replied", automaticOf("Auto-Submitted: auto-replied\n"));
        assertEquals("Auto-Submitted: auto-generated; owner-email=x@acme.example",
                automaticOf("Auto-Submitted: auto-generated; owner-email=x@acme.example\n"));
        assertEquals("Auto-Submitted: auto-replied (vacation)",
                automaticOf("Auto-Submitted: auto-replied\n\t(vacation)\n"), "a folded header on one line");
        assertEquals("X-Autoreply: yes", automaticOf("X-Autoreply: yes\n"));
        assertEquals("X-Autorespond: vacation", automaticOf("X-Autorespond: vacation\n"));
        assertEquals("Precedence: bulk", automaticOf("Precedence: bulk\n"));
        assertEquals("Precedence: Auto_Reply", automaticOf("Precedence: Auto_Reply\n"));
        assertEquals("Content-Type: multipart/report", automaticOf("""
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                Delivery failed.
                --r--
                """));
    }

    @Test
    void aPersonsMessageIsNotAutomatic() throws MessagingException {
        assertNull(automaticOf(""));
        assertNull(automaticOf("Auto-Submitted: no\n"));
        assertNull(automaticOf("Auto-Submitted: No ; comment\n"));
        assertNull(automaticOf("Auto-Submitted: no (sent by hand)\n"), "a comment is no part of the keyword");
        assertNull(automaticOf("Precedence: first-class\n"));
        assertNull(automaticOf("Precedence: list\n"), "a customer's distribution list is still its people");
    }

    @Test
    void aMonitoringAlertMayOpenATicketButAnswersAndBouncesMayNot() throws MessagingException {
        assertEquals(false, read("""
                From: monitor@acme.example
                Subject: Disk full on db1
                Auto-Submitted: auto-generated

                /var is 98 % full.
                """).automaticAnswer());
        for (String header : List.of("Auto-Submitted: auto-replied", "Auto-Submitted: auto-notified",
                "X-Autorespond: yes", "Precedence: junk")) {
            assertTrue(read("""
                    From: carl@acme.example
                    Subject: Out of office
                    %s

                    Back on Monday.
                    """.formatted(header)).automaticAnswer(), header);
        }
        assertEquals(false, read("""
                From: carl@acme.example
                Subject: Printer

                It is on fire.
                """).automaticAnswer());
    }
}
