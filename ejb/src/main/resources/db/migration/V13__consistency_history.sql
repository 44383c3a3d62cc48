-- Consistency is a function of a date. Each agreement keeps every result of its consistency check
-- that differed from the one before: the day it speaks of, the findings from that day and on each
-- upcoming day a version takes effect, and the agreement and calendar versions checked. The newest
-- result is the agreement's report. The results are derived data; the single stored report of each
-- agreement before this change is dropped and computed again at the first daily check.
DROP TABLE agreement_consistency_finding;
DROP TABLE agreement_consistency_report;

CREATE SEQUENCE agreement_consistency_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agreement_consistency_report (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    agreement_id BIGINT                   NOT NULL,
    checked_on   DATE                     NOT NULL,
    checked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_from TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_to   TIMESTAMP WITH TIME ZONE NOT NULL,
    trigger_text VARCHAR(400)             NOT NULL,
    CONSTRAINT agreement_consistency_report_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
);
CREATE INDEX agreement_consistency_report_ix ON agreement_consistency_report (agreement_id, id);

CREATE TABLE agreement_consistency_finding (
    report_id        BIGINT        NOT NULL,
    position         INTEGER       NOT NULL,
    applies_on       DATE          NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    agreement_number VARCHAR(400),
    reference_number VARCHAR(40),
    service_code     VARCHAR(40),
    priority_number  INTEGER,
    target           VARCHAR(12),
    message          VARCHAR(2000) NOT NULL,
    example_at       TIMESTAMP WITH TIME ZONE,
    excess_seconds   BIGINT,
    CONSTRAINT agreement_consistency_finding_fk FOREIGN KEY (report_id) REFERENCES agreement_consistency_report (id) ON DELETE CASCADE
);
CREATE INDEX agreement_consistency_finding_ix ON agreement_consistency_finding (report_id);

CREATE TABLE agreement_consistency_checked (
    report_id      BIGINT       NOT NULL,
    position       INTEGER      NOT NULL,
    applies_on     DATE         NOT NULL,
    kind           VARCHAR(12)  NOT NULL,
    reference      VARCHAR(200) NOT NULL,
    version_number INTEGER      NOT NULL,
    CONSTRAINT agreement_consistency_checked_fk FOREIGN KEY (report_id) REFERENCES agreement_consistency_report (id) ON DELETE CASCADE
);
CREATE INDEX agreement_consistency_checked_ix ON agreement_consistency_checked (report_id);
