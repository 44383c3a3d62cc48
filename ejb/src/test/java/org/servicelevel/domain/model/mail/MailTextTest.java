package org.servicelevel.domain.model.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void aSubjectNamesATicketOnlyInBrackets() {
        assertEquals(Optional.of("T-000123"), MailText.ticketNumber("Re: [T-000123] Printer on fire"));
        assertEquals(Optional.of("T-000123"), MailText.ticketNumber("AW: Printer [ t-000123 ]"));
        assertEquals(Optional.of("T-000007"), MailText.ticketNumber("[T-000007] about [T-000008]"), "the first one counts");
        assertEquals(Optional.empty(), MailText.ticketNumber("Same as T-000123 last week"));
        assertEquals(Optional.empty(), MailText.ticketNumber("[TX-000123] other system"));
        assertEquals(Optional.empty(), MailText.ticketNumber(null));
    }

    @Test
    void aTitleIsNeverBlankNorLongerThanAllowed() {
        assertEquals("Printer on fire", MailText.title("  Printer \t on\r\n fire ", 300));
        assertEquals(MailText.NO_SUBJECT, MailText.title("   ", 300));
        assertEquals(MailText.NO_SUBJECT, MailText.title(null, 300));
        String title = MailText.title("x".repeat(400), 300);
        assertEquals(300, title.length());
        assertEquals("...", title.substring(297));
    }

    @Test
    void aReplyKeepsOnlyItsNewText() {
        String reply = """
                Still broken after the restart.
                Second line.

                On Mon, 1 Jun 2026 at 10:00, Service Desk <desk@example.com> wrote:
                > Please restart the printer.
                > Regards
                """;
        assertEquals("Still broken after the restart.\nSecond line.", MailText.withoutQuotedReply(reply));
    }

    @Test
    void aWrappedAttributionAnOutlookHeaderAndASignatureEndTheNewText() {
        assertEquals("Thanks", MailText.withoutQuotedReply("Thanks\r\nOn Mon, 1 Jun 2026 at 10:00, Service Desk"
                + " <desk@example.com>\r\nwrote:\r\n> earlier"));
        assertEquals("Fixed now", MailText.withoutQuotedReply("Fixed now\n\nFrom: Service Desk\nSent: Monday\n"
                + "Subject: [T-000001]"));
        assertEquals("Fixed now", MailText.withoutQuotedReply("Fixed now\n-----Original Message-----\nold text"));
        assertEquals("Fixed now", MailText.withoutQuotedReply("Fixed now\n-- \nCarl Customer\nACME"));
        assertEquals("Answers inline\nyes", MailText.withoutQuotedReply("> question?\nAnswers inline\n> other?\nyes"));
    }

    @Test
    void aReplyOfOnlyQuotedTextSaysNothing() {
        assertEquals("", MailText.withoutQuotedReply("> all quoted\n> still quoted\n"));
        assertEquals("", MailText.withoutQuotedReply(null));
    }

    @Test
    void textWithoutQuotesIsKeptWhole() {
        String text = "From the monitoring: disk full.\nOn db01 the job wrote 2 GB.";
        assertEquals(text, MailText.withoutQuotedReply(text));
    }
}
