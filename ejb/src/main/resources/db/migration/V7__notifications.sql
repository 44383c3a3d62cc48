-- The outbox of e-mail notifications (review reminders now, escalations later). A notification is
-- written in the transaction of the event it reports and delivered afterwards, with retries.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    kind        VARCHAR(60)   NOT NULL,
    reference   VARCHAR(200)  NOT NULL,
    recipient   VARCHAR(320)  NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    body        VARCHAR(8000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE,
    attempts    INTEGER       NOT NULL,
    last_error  VARCHAR(1000),
    next_try_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_pending_ix ON notification (sent_at, next_try_at);
CREATE INDEX notification_reference_ix ON notification (kind, reference);
