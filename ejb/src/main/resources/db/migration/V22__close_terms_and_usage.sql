-- Terms the month's invoice needs. An agreement version may name the tickets a month its fee includes
-- across all its services (agreement_volume), the development hours a month it includes
-- (planned_development_hours) and a late-ticket penalty: per priority an amount per ticket resolved
-- late and optionally per started hour over the target (agreement_late_penalty; no rows: no such
-- penalty), with an optional monthly cap. Amounts keep three decimals, the most any currency's minor
-- unit has; the terms allow only as many as the agreement's currency has.
ALTER TABLE agreement_version ADD COLUMN agreement_volume INTEGER;
ALTER TABLE agreement_version ADD COLUMN planned_development_hours NUMERIC(7, 2);
ALTER TABLE agreement_version ADD COLUMN late_penalty_cap NUMERIC(15, 3);

CREATE TABLE agreement_late_penalty (
    version_id       BIGINT         NOT NULL,
    position         INTEGER        NOT NULL,
    priority_number  INTEGER        NOT NULL,
    amount           NUMERIC(13, 3) NOT NULL,
    per_started_hour NUMERIC(13, 3),
    CONSTRAINT agreement_late_penalty_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_late_penalty_version_ix ON agreement_late_penalty (version_id);

-- A survey metric says how its share of positive answers compares with the threshold: AT_LEAST (what
-- every survey metric stored so far meant) or GREATER_THAN ("more than 70 %"). Other metrics have none.
ALTER TABLE agreement_metric ADD COLUMN threshold_comparison VARCHAR(12);
UPDATE agreement_metric SET threshold_comparison = 'AT_LEAST' WHERE kind = 'SURVEY';
ALTER TABLE agreement_metric ADD CONSTRAINT agreement_metric_comparison_ck
    CHECK (threshold_comparison IN ('AT_LEAST', 'GREATER_THAN'));

-- Work billed at the month's close besides tickets, recorded by staff and correctable until then:
-- development hours of a month (on a day and for a ticket where known) and days on which the customer
-- ordered support outside a service's hours (one per agreement, service and day; development hours
-- have no service, so they never meet the unique key). Deleted records leave the table; the
-- agreement's audit trail keeps every record, correction and deletion.
CREATE SEQUENCE usage_work_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE usage_work (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    agreement_id  BIGINT        NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    work_month    DATE          NOT NULL,
    work_day      DATE,
    hours         NUMERIC(8, 2),
    service_code  VARCHAR(40),
    ticket_id     BIGINT,
    ticket_number VARCHAR(40),
    note          VARCHAR(2000),
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    corrected_by  VARCHAR(100),
    corrected_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT usage_work_kind_ck CHECK (kind IN ('DEVELOPMENT_HOURS', 'WEEKEND_HOLIDAY_DAY')),
    CONSTRAINT usage_work_support_day_uk UNIQUE (agreement_id, service_code, work_day),
    CONSTRAINT usage_work_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT usage_work_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX usage_work_month_ix ON usage_work (agreement_id, work_month);
