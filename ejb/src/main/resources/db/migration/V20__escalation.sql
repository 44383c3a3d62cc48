-- Escalation. An agreement version keeps its escalation rules as a JSON array (NULL: the default
-- policy); the rules are validated as a whole when the terms are saved.
ALTER TABLE agreement_version ADD COLUMN escalations VARCHAR(100000);

-- The steps of each ticket clock's escalation: PENDING ones wait for their due instant, FIRED ones
-- are the record of what happened. The unique key makes each step of each clock (and each repetition
-- of it) fire once; step_index -1 is the breach itself. Whoever fires a step locks its row (SKIP LOCKED,
-- so other server instances take other rows) and turns it FIRED in the transaction that performs its
-- actions. Every change of the ticket replaces its PENDING rows with a new plan.
CREATE SEQUENCE escalation_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE escalation_step (
    id          BIGINT        NOT NULL PRIMARY KEY,
    ticket_id   BIGINT        NOT NULL,
    metric      VARCHAR(80)   NOT NULL,
    step_index  INTEGER       NOT NULL,
    occurrence  INTEGER       NOT NULL,
    step_name   VARCHAR(100)  NOT NULL,
    step_at     VARCHAR(40)   NOT NULL,
    actions     VARCHAR(2000) NOT NULL,
    state       VARCHAR(10)   NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    planned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at    TIMESTAMP WITH TIME ZONE,
    late_ms     BIGINT,
    fired_on    VARCHAR(100),
    outcome     VARCHAR(4000),
    CONSTRAINT escalation_step_uk UNIQUE (ticket_id, metric, step_index, step_at, occurrence),
    CONSTRAINT escalation_step_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
);
CREATE INDEX escalation_step_due_ix ON escalation_step (state, due_at);

-- Open tickets get their first plan when their clocks are next settled after start-up.
UPDATE ticket SET clock_rules = 0 WHERE status_category NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED');
