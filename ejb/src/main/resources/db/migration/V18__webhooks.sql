-- Webhooks beside the e-mail outbox: integrations subscribe a URL to event types (optionally of one
-- customer's tickets), and each event becomes one delivery row per matching subscription, written in
-- the transaction of the event itself and delivered after it commits, with retries. A delivery is
-- claimed for one attempt by a conditional update (claimed_until), so two members or a timer racing
-- the after-commit trigger never send the same attempt twice.
CREATE SEQUENCE webhook_subscription_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE webhook_subscription (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    secret      VARCHAR(200)  NOT NULL,
    active      BOOLEAN       NOT NULL,
    customer_id BIGINT,
    description VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT webhook_subscription_customer_fk FOREIGN KEY (customer_id) REFERENCES organisation (id)
);

CREATE TABLE webhook_event_type (
    subscription_id BIGINT      NOT NULL,
    event_type      VARCHAR(60) NOT NULL,
    CONSTRAINT webhook_event_type_pk PRIMARY KEY (subscription_id, event_type),
    CONSTRAINT webhook_event_type_subscription_fk FOREIGN KEY (subscription_id)
        REFERENCES webhook_subscription (id) ON DELETE CASCADE
);
CREATE INDEX webhook_event_type_ix ON webhook_event_type (event_type);

CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE webhook_delivery (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    subscription_id BIGINT        NOT NULL,
    event_id        VARCHAR(60)   NOT NULL,
    event_type      VARCHAR(60)   NOT NULL,
    subject         VARCHAR(200),
    payload         VARCHAR(60000) NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    last_status     INTEGER,
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_state_ck CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED', 'DEAD')),
    CONSTRAINT webhook_delivery_subscription_fk FOREIGN KEY (subscription_id)
        REFERENCES webhook_subscription (id) ON DELETE CASCADE
);
CREATE INDEX webhook_delivery_due_ix ON webhook_delivery (state, next_attempt_at);
CREATE INDEX webhook_delivery_log_ix ON webhook_delivery (subscription_id, created_at);
