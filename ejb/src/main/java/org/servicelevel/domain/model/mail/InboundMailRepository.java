package org.servicelevel.domain.model.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores and finds the e-mail the mail channel processed. */
public interface InboundMailRepository {

    Optional<InboundMail> findByMessageId(String messageId);

    /** Writes a new record; the unique Message-ID makes a second record of the same message fail. */
    void store(InboundMail mail);

    /** The latest messages with the outcome, newest first. */
    List<InboundMail> findByOutcome(InboundMail.Outcome outcome, int max);

    Optional<InboundMail> findById(long id);

    void remove(InboundMail mail);

    /** Deletes the records of messages with the outcome processed before the instant; returns how many. */
    int deleteByOutcomeProcessedBefore(InboundMail.Outcome outcome, Instant before);
}
