-- Tickets with their full event history, the configurable status model, the stored snapshot of each
-- ticket's SLA clocks (for filtering; views compute clocks afresh), idempotency keys of creating
-- requests, and outage records.

CREATE TABLE ticket_status (
    code      VARCHAR(60)  NOT NULL PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    category  VARCHAR(30)  NOT NULL,
    position  INTEGER      NOT NULL,
    initial   BOOLEAN      NOT NULL,
    CONSTRAINT ticket_status_category_ck CHECK (category IN ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER',
        'WAITING_ON_THIRD_PARTY', 'RESOLVED', 'CLOSED', 'CANCELLED'))
);

CREATE TABLE ticket_transition (
    from_code        VARCHAR(60)  NOT NULL,
    to_code          VARCHAR(60)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    customer_allowed BOOLEAN      NOT NULL,
    CONSTRAINT ticket_transition_pk PRIMARY KEY (from_code, to_code),
    CONSTRAINT ticket_transition_from_fk FOREIGN KEY (from_code) REFERENCES ticket_status (code),
    CONSTRAINT ticket_transition_to_fk FOREIGN KEY (to_code) REFERENCES ticket_status (code)
);

INSERT INTO ticket_status (code, name, category, position, initial) VALUES
    ('NEW', 'New', 'NEW', 10, TRUE),
    ('IN_PROGRESS', 'In progress', 'IN_PROGRESS', 20, FALSE),
    ('CLARIFICATION_WITH_CUSTOMER', 'Clarification with customer', 'WAITING_ON_CUSTOMER', 30, FALSE),
    ('CUSTOMER_APPROVAL', 'Customer approval', 'WAITING_ON_CUSTOMER', 40, FALSE),
    ('CUSTOMER_TESTING', 'Customer testing', 'WAITING_ON_CUSTOMER', 50, FALSE),
    ('PASSED_TO_THIRD_PARTY', 'Passed to third party', 'WAITING_ON_THIRD_PARTY', 60, FALSE),
    ('RESOLVED', 'Resolved', 'RESOLVED', 70, FALSE),
    ('CLOSED', 'Closed', 'CLOSED', 80, FALSE),
    ('CANCELLED', 'Cancelled', 'CANCELLED', 90, FALSE);

INSERT INTO ticket_transition (from_code, to_code, name, customer_allowed) VALUES
    ('NEW', 'IN_PROGRESS', 'Start work', FALSE),
    ('NEW', 'CLARIFICATION_WITH_CUSTOMER', 'Ask the customer', FALSE),
    ('NEW', 'RESOLVED', 'Resolve', FALSE),
    ('NEW', 'CANCELLED', 'Cancel', TRUE),
    ('IN_PROGRESS', 'CLARIFICATION_WITH_CUSTOMER', 'Ask the customer', FALSE),
    ('IN_PROGRESS', 'CUSTOMER_APPROVAL', 'Ask for approval', FALSE),
    ('IN_PROGRESS', 'CUSTOMER_TESTING', 'Hand over for testing', FALSE),
    ('IN_PROGRESS', 'PASSED_TO_THIRD_PARTY', 'Pass to a third party', FALSE),
    ('IN_PROGRESS', 'RESOLVED', 'Resolve', FALSE),
    ('IN_PROGRESS', 'CANCELLED', 'Cancel', FALSE),
    ('CLARIFICATION_WITH_CUSTOMER', 'IN_PROGRESS', 'Customer answered', TRUE),
    ('CLARIFICATION_WITH_CUSTOMER', 'CANCELLED', 'Cancel', TRUE),
    ('CUSTOMER_APPROVAL', 'IN_PROGRESS', 'Approved', TRUE),
    ('CUSTOMER_APPROVAL', 'CANCELLED', 'Rejected', TRUE),
    ('CUSTOMER_TESTING', 'IN_PROGRESS', 'Test failed', TRUE),
    ('CUSTOMER_TESTING', 'RESOLVED', 'Test passed', TRUE),
    ('PASSED_TO_THIRD_PARTY', 'IN_PROGRESS', 'Third party answered', FALSE),
    ('RESOLVED', 'IN_PROGRESS', 'Reopen', TRUE),
    ('RESOLVED', 'CLOSED', 'Close', TRUE);

CREATE SEQUENCE ticket_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ticket_number_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE ticket (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    number              VARCHAR(20)   NOT NULL,
    external_reference  VARCHAR(200),
    customer_id         BIGINT        NOT NULL,
    requester_username  VARCHAR(100),
    requester_name      VARCHAR(200),
    requester_email     VARCHAR(320),
    title               VARCHAR(300)  NOT NULL,
    description         VARCHAR(8000),
    service_code        VARCHAR(40)   NOT NULL,
    agreement_id        BIGINT        NOT NULL,
    agreement_version   INTEGER       NOT NULL,
    priority_number     INTEGER       NOT NULL,
    request_type        VARCHAR(100),
    channel             VARCHAR(12)   NOT NULL,
    region              VARCHAR(100),
    assignee            VARCHAR(100),
    support_group_id    BIGINT,
    status              VARCHAR(60)   NOT NULL,
    status_category     VARCHAR(30)   NOT NULL,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_at   TIMESTAMP WITH TIME ZONE,
    resolved_at         TIMESTAMP WITH TIME ZONE,
    closed_at           TIMESTAMP WITH TIME ZONE,
    parent_id           BIGINT,
    created_by          VARCHAR(100)  NOT NULL,
    CONSTRAINT ticket_number_uk UNIQUE (number),
    CONSTRAINT ticket_customer_fk FOREIGN KEY (customer_id) REFERENCES organisation (id),
    CONSTRAINT ticket_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT ticket_group_fk FOREIGN KEY (support_group_id) REFERENCES support_group (id),
    CONSTRAINT ticket_parent_fk FOREIGN KEY (parent_id) REFERENCES ticket (id),
    CONSTRAINT ticket_status_fk FOREIGN KEY (status) REFERENCES ticket_status (code),
    CONSTRAINT ticket_channel_ck CHECK (channel IN ('PORTAL', 'EMAIL', 'PHONE', 'API', 'MONITORING'))
);
CREATE UNIQUE INDEX ticket_external_reference_uk ON ticket (customer_id, external_reference);
CREATE INDEX ticket_customer_ix ON ticket (customer_id, registered_at);
CREATE INDEX ticket_agreement_ix ON ticket (agreement_id, registered_at);
CREATE INDEX ticket_status_ix ON ticket (status);
CREATE INDEX ticket_assignee_ix ON ticket (assignee);
CREATE INDEX ticket_parent_ix ON ticket (parent_id);

CREATE TABLE ticket_tag (
    ticket_id BIGINT       NOT NULL,
    tag       VARCHAR(100) NOT NULL,
    CONSTRAINT ticket_tag_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
);
CREATE INDEX ticket_tag_ix ON ticket_tag (ticket_id);

-- The history: every registration, status, priority, assignment, comment and field change.
CREATE SEQUENCE ticket_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    ticket_id    BIGINT        NOT NULL,
    seq_no       INTEGER       NOT NULL,
    type         VARCHAR(20)   NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    by_customer  BOOLEAN       NOT NULL,
    from_value   VARCHAR(300),
    to_value     VARCHAR(300),
    status       VARCHAR(60)   NOT NULL,
    category     VARCHAR(30)   NOT NULL,
    group_code   VARCHAR(40),
    line_level   INTEGER       NOT NULL,
    priority     INTEGER       NOT NULL,
    text         VARCHAR(8000),
    public_text  BOOLEAN       NOT NULL,
    CONSTRAINT ticket_event_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE,
    CONSTRAINT ticket_event_seq_no_uk UNIQUE (ticket_id, seq_no)
);

-- The clocks as last computed, for filters such as "breached" and "due before".
CREATE TABLE ticket_clock (
    ticket_id       BIGINT       NOT NULL,
    metric          VARCHAR(80)  NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    target_seconds  BIGINT       NOT NULL,
    elapsed_seconds BIGINT       NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE,
    breached_at     TIMESTAMP WITH TIME ZONE,
    computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ticket_clock_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
);
CREATE INDEX ticket_clock_ticket_ix ON ticket_clock (ticket_id);
CREATE INDEX ticket_clock_due_ix ON ticket_clock (state, due_at);

CREATE TABLE idempotency_key (
    principal    VARCHAR(100) NOT NULL,
    request_key  VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    ticket_id    BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (principal, request_key),
    CONSTRAINT idempotency_key_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
);

CREATE SEQUENCE outage_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outage (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    service_code VARCHAR(40)   NOT NULL,
    customer_id  BIGINT,
    ticket_id    BIGINT,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    description  VARCHAR(2000),
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outage_customer_fk FOREIGN KEY (customer_id) REFERENCES organisation (id),
    CONSTRAINT outage_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT outage_period_ck CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX outage_service_ix ON outage (service_code, started_at);
