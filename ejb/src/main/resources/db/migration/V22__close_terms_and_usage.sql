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
