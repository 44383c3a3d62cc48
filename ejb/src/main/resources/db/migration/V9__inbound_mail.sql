-- E-mail received by the mail channel: one row per message, keyed by its Message-ID and written in the
-- transaction of the ticket or comment the message produced. A message read again (a second copy, a
-- crash before it was marked seen, two cluster members polling one mailbox) finds the row or collides
-- with it, so it is processed once. Rejected messages keep their text and the reason for administrators.
CREATE SEQUENCE inbound_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inbound_mail (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    message_id    VARCHAR(998)  NOT NULL,
    sender        VARCHAR(320)  NOT NULL,
    subject       VARCHAR(300)  NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE,
    processed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(20)   NOT NULL,
    ticket_number VARCHAR(20),
    actor         VARCHAR(100),
    reason        VARCHAR(1000),
    text          VARCHAR(8000),
    CONSTRAINT inbound_mail_message_id_uk UNIQUE (message_id),
    CONSTRAINT inbound_mail_outcome_ck CHECK (outcome IN ('TICKET_CREATED', 'COMMENTED', 'REJECTED'))
);
CREATE INDEX inbound_mail_outcome_ix ON inbound_mail (outcome, processed_at);
