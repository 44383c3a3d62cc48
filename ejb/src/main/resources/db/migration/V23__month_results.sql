-- The month's results as documents. Each run of an agreement's month stores its report, quality
-- score and invoice as a numbered result (R-2026-11-<agreement>-1): a DRAFT until a manager approves
-- it. A new run replaces a draft's content (revision + 1); an approved result never changes, and a
-- run after the approval stores a correction (the next number, corrects_id naming the approved one)
-- that states the difference. The content is a JSON document; the key figures are columns for lists.
-- One sequence number per agreement and month: the unique key lets only one of two racing runs
-- create it.
CREATE SEQUENCE month_result_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE month_result (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    number                VARCHAR(80)   NOT NULL,
    agreement_id          BIGINT        NOT NULL,
    agreement_number      VARCHAR(40)   NOT NULL,
    organisation_id       BIGINT,
    result_month          VARCHAR(7)    NOT NULL,
    sequence_number       INTEGER       NOT NULL,
    corrects_id           BIGINT,
    state                 VARCHAR(10)   NOT NULL,
    revision              INTEGER       NOT NULL,
    computed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    computed_by           VARCHAR(100)  NOT NULL,
    approved_at           TIMESTAMP WITH TIME ZONE,
    approved_by           VARCHAR(100),
    agreement_versions    VARCHAR(200),
    calendar_versions     VARCHAR(2000),
    currency              VARCHAR(3)    NOT NULL,
    qos_score             NUMERIC(10, 4),
    band                  VARCHAR(40),
    band_penalty_percent  NUMERIC(5, 2),
    penalty               NUMERIC(18, 4) NOT NULL,
    total                 NUMERIC(18, 4) NOT NULL,
    total_difference      NUMERIC(18, 4),
    document              TEXT          NOT NULL,
    CONSTRAINT month_result_number_uk UNIQUE (number),
    CONSTRAINT month_result_sequence_uk UNIQUE (agreement_id, result_month, sequence_number),
    CONSTRAINT month_result_state_ck CHECK (state IN ('DRAFT', 'APPROVED')),
    CONSTRAINT month_result_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT month_result_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT month_result_corrects_fk FOREIGN KEY (corrects_id) REFERENCES month_result (id)
);
CREATE INDEX month_result_month_ix ON month_result (result_month, agreement_id);
CREATE INDEX month_result_organisation_ix ON month_result (organisation_id, state);
