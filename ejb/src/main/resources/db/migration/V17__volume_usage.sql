-- Usage against volume. One counter per agreement, service, unit and period (a month for monthly
-- volumes): the volume the period includes and what was used of it. Counting locks the counter's row,
-- so concurrent registrations are counted one after the other; the unique key lets only one
-- transaction open a period's counter.
CREATE SEQUENCE usage_counter_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE usage_counter (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    agreement_id    BIGINT        NOT NULL,
    service_code    VARCHAR(40)   NOT NULL,
    unit            VARCHAR(10)   NOT NULL,
    period          VARCHAR(10)   NOT NULL,
    period_start    DATE          NOT NULL,
    period_end      DATE          NOT NULL,
    volume_quantity NUMERIC(12,2),
    used            NUMERIC(14,2) NOT NULL,
    CONSTRAINT usage_counter_uk UNIQUE (agreement_id, service_code, unit, period, period_start),
    CONSTRAINT usage_counter_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

-- Each use counted: a ticket registered under the agreement (counted once: counted_ticket_id is
-- unique) or hours and visits recorded by staff, with the part beyond the volume (extra_quantity > 0:
-- a billable extra of the period, for the month's close).
CREATE SEQUENCE usage_record_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE usage_record (
    id                BIGINT        NOT NULL PRIMARY KEY,
    agreement_id      BIGINT        NOT NULL,
    service_code      VARCHAR(40)   NOT NULL,
    unit              VARCHAR(10)   NOT NULL,
    period_start      DATE          NOT NULL,
    usage_day         DATE          NOT NULL,
    quantity          NUMERIC(12,2) NOT NULL,
    extra_quantity    NUMERIC(12,2) NOT NULL,
    source            VARCHAR(10)   NOT NULL,
    ticket_id         BIGINT,
    ticket_number     VARCHAR(40),
    counted_ticket_id BIGINT,
    note              VARCHAR(2000),
    recorded_by       VARCHAR(100)  NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT usage_record_ticket_uk UNIQUE (counted_ticket_id),
    CONSTRAINT usage_record_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT usage_record_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX usage_record_period_ix ON usage_record (agreement_id, period_start);
CREATE INDEX usage_record_day_ix ON usage_record (agreement_id, usage_day);
