-- Agreements (SLA, OLA, UC) with effective-dated versions of their terms, the stored consistency
-- report of each agreement, and the rules that choose an agreement for a new ticket.
-- Lists kept in a version have a position column (their order as given) and no key of their own:
-- a version's lists are replaced as a whole.
-- Durations are whole seconds of working time; percentages are numbers of percent; quality scores,
-- weights and band bounds are fractions from 0 to 1.

CREATE SEQUENCE agreement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agreement (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    number             VARCHAR(40)  NOT NULL,
    type               VARCHAR(3)   NOT NULL,
    title              VARCHAR(200) NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    customer_id        BIGINT,
    provider_group_id  BIGINT,
    consumer_group_id  BIGINT,
    parent_id          BIGINT,
    time_zone          VARCHAR(64)  NOT NULL,
    valid_from         DATE         NOT NULL,
    valid_to           DATE,
    review_date        DATE,
    owner_username     VARCHAR(100),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_at       TIMESTAMP WITH TIME ZONE,
    terminated_on      DATE,
    termination_reason VARCHAR(1000),
    CONSTRAINT agreement_number_uk UNIQUE (number),
    CONSTRAINT agreement_type_ck CHECK (type IN ('SLA', 'OLA', 'UC')),
    CONSTRAINT agreement_status_ck CHECK (status IN ('DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'TERMINATED')),
    CONSTRAINT agreement_customer_fk FOREIGN KEY (customer_id) REFERENCES organisation (id),
    CONSTRAINT agreement_provider_fk FOREIGN KEY (provider_group_id) REFERENCES support_group (id),
    CONSTRAINT agreement_consumer_fk FOREIGN KEY (consumer_group_id) REFERENCES support_group (id),
    CONSTRAINT agreement_parent_fk FOREIGN KEY (parent_id) REFERENCES agreement (id)
);
CREATE INDEX agreement_customer_ix ON agreement (customer_id);
CREATE INDEX agreement_parent_ix ON agreement (parent_id);
CREATE INDEX agreement_review_ix ON agreement (review_date);

CREATE SEQUENCE agreement_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agreement_version (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    agreement_id        BIGINT        NOT NULL,
    number              INTEGER       NOT NULL,
    effective_from      DATE          NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    change_note         VARCHAR(1000),
    currency            VARCHAR(3),
    monthly_fee         NUMERIC(14, 2),
    coordinator_name    VARCHAR(200),
    coordinator_email   VARCHAR(320),
    coordinator_phone   VARCHAR(50),
    default_priority    INTEGER,
    grace_months        INTEGER       NOT NULL,
    penalty_cap_percent NUMERIC(5, 2),
    CONSTRAINT agreement_version_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT agreement_version_number_uk UNIQUE (agreement_id, number),
    CONSTRAINT agreement_version_from_uk UNIQUE (agreement_id, effective_from)
);

CREATE TABLE agreement_service (
    version_id      BIGINT        NOT NULL,
    position        INTEGER       NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    description     VARCHAR(2000),
    calendar_id     BIGINT        NOT NULL,
    volume_quantity NUMERIC(12, 2),
    volume_unit     VARCHAR(10),
    volume_period   VARCHAR(10),
    exclusions      VARCHAR(4000),
    CONSTRAINT agreement_service_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE,
    CONSTRAINT agreement_service_calendar_fk FOREIGN KEY (calendar_id) REFERENCES business_calendar (id)
);
CREATE INDEX agreement_service_version_ix ON agreement_service (version_id);
CREATE INDEX agreement_service_calendar_ix ON agreement_service (calendar_id);

CREATE TABLE agreement_priority (
    version_id          BIGINT        NOT NULL,
    position            INTEGER       NOT NULL,
    number              INTEGER       NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    response_seconds    BIGINT,
    resolution_seconds  BIGINT,
    max_overdue_percent NUMERIC(5, 2),
    by_agreement        BOOLEAN       NOT NULL,
    request_kinds       VARCHAR(2000),
    CONSTRAINT agreement_priority_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_priority_version_ix ON agreement_priority (version_id);

CREATE TABLE agreement_status_limit (
    version_id      BIGINT       NOT NULL,
    position        INTEGER      NOT NULL,
    priority_number INTEGER      NOT NULL,
    status          VARCHAR(60)  NOT NULL,
    max_seconds     BIGINT       NOT NULL,
    CONSTRAINT agreement_status_limit_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_status_limit_version_ix ON agreement_status_limit (version_id);

CREATE TABLE agreement_pause_status (
    version_id BIGINT      NOT NULL,
    position   INTEGER     NOT NULL,
    status     VARCHAR(60) NOT NULL,
    CONSTRAINT agreement_pause_status_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_pause_status_version_ix ON agreement_pause_status (version_id);

CREATE TABLE agreement_line_extension (
    version_id    BIGINT  NOT NULL,
    position      INTEGER NOT NULL,
    line_level    INTEGER NOT NULL,
    extra_seconds BIGINT  NOT NULL,
    CONSTRAINT agreement_line_extension_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_line_extension_version_ix ON agreement_line_extension (version_id);

CREATE TABLE agreement_metric (
    version_id        BIGINT        NOT NULL,
    position          INTEGER       NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    priority_number   INTEGER,
    question          VARCHAR(500),
    service_code      VARCHAR(40),
    threshold_percent NUMERIC(5, 2),
    weight            NUMERIC(6, 4) NOT NULL,
    CONSTRAINT agreement_metric_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE,
    CONSTRAINT agreement_metric_kind_ck CHECK (kind IN ('RESOLUTION_TIME', 'OVERDUE_SHARE', 'SURVEY', 'AVAILABILITY'))
);
CREATE INDEX agreement_metric_version_ix ON agreement_metric (version_id);

CREATE TABLE agreement_availability_target (
    version_id         BIGINT        NOT NULL,
    position           INTEGER       NOT NULL,
    service_code       VARCHAR(40)   NOT NULL,
    minimum_percent    NUMERIC(7, 4) NOT NULL,
    max_outage_seconds BIGINT,
    CONSTRAINT agreement_availability_target_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_availability_target_version_ix ON agreement_availability_target (version_id);

CREATE TABLE agreement_penalty_band (
    version_id      BIGINT        NOT NULL,
    position        INTEGER       NOT NULL,
    qos_from        NUMERIC(6, 4) NOT NULL,
    qos_to          NUMERIC(6, 4) NOT NULL,
    penalty_percent NUMERIC(5, 2) NOT NULL,
    CONSTRAINT agreement_penalty_band_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_penalty_band_version_ix ON agreement_penalty_band (version_id);

CREATE TABLE agreement_extra_price (
    version_id BIGINT         NOT NULL,
    position   INTEGER        NOT NULL,
    kind       VARCHAR(40)    NOT NULL,
    price      NUMERIC(12, 2) NOT NULL,
    CONSTRAINT agreement_extra_price_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_extra_price_version_ix ON agreement_extra_price (version_id);

CREATE TABLE agreement_underpinning (
    version_id       BIGINT       NOT NULL,
    position         INTEGER      NOT NULL,
    sla_number       VARCHAR(40)  NOT NULL,
    sla_service_code VARCHAR(40)  NOT NULL,
    sla_priority     INTEGER      NOT NULL,
    sla_target       VARCHAR(12)  NOT NULL,
    service_code     VARCHAR(40)  NOT NULL,
    priority_number  INTEGER      NOT NULL,
    own_target       VARCHAR(12)  NOT NULL,
    path             VARCHAR(100),
    step             INTEGER,
    step_name        VARCHAR(200),
    CONSTRAINT agreement_underpinning_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_underpinning_version_ix ON agreement_underpinning (version_id);
CREATE INDEX agreement_underpinning_sla_ix ON agreement_underpinning (sla_number);

-- The latest consistency report of each agreement: recomputed when it or an agreement it must fit
-- changes, and on demand.
CREATE TABLE agreement_consistency_report (
    agreement_id BIGINT NOT NULL PRIMARY KEY,
    checked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_from TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_to   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agreement_consistency_report_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
);

CREATE TABLE agreement_consistency_finding (
    agreement_id     BIGINT        NOT NULL,
    position         INTEGER       NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    agreement_number VARCHAR(400),
    reference_number VARCHAR(40),
    service_code     VARCHAR(40),
    priority_number  INTEGER,
    target           VARCHAR(12),
    message          VARCHAR(2000) NOT NULL,
    example_at       TIMESTAMP WITH TIME ZONE,
    excess_seconds   BIGINT,
    CONSTRAINT agreement_consistency_finding_fk FOREIGN KEY (agreement_id) REFERENCES agreement_consistency_report (agreement_id) ON DELETE CASCADE
);
CREATE INDEX agreement_consistency_finding_ix ON agreement_consistency_finding (agreement_id);

CREATE SEQUENCE selection_rule_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE selection_rule (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    position        INTEGER      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    customer_code   VARCHAR(40),
    service_code    VARCHAR(40),
    request_type    VARCHAR(100),
    channel         VARCHAR(12),
    region          VARCHAR(100),
    agreement_id    BIGINT       NOT NULL,
    priority_number INTEGER,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT selection_rule_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT selection_rule_channel_ck CHECK (channel IN ('PORTAL', 'EMAIL', 'PHONE', 'API', 'MONITORING'))
);

CREATE TABLE selection_rule_tag (
    rule_id BIGINT       NOT NULL,
    tag     VARCHAR(100) NOT NULL,
    CONSTRAINT selection_rule_tag_rule_fk FOREIGN KEY (rule_id) REFERENCES selection_rule (id) ON DELETE CASCADE
);
CREATE INDEX selection_rule_tag_ix ON selection_rule_tag (rule_id);
