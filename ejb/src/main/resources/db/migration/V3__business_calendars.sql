-- Business calendars with effective-dated versions, and the audit trail of edits.

CREATE SEQUENCE business_calendar_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE business_calendar (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    description VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT business_calendar_name_uk UNIQUE (name)
);

CREATE SEQUENCE business_calendar_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE business_calendar_version (
    id             BIGINT       NOT NULL PRIMARY KEY,
    calendar_id    BIGINT       NOT NULL,
    number         INTEGER      NOT NULL,
    effective_from DATE         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    CONSTRAINT business_calendar_version_calendar_fk FOREIGN KEY (calendar_id) REFERENCES business_calendar (id) ON DELETE CASCADE,
    CONSTRAINT business_calendar_version_number_uk UNIQUE (calendar_id, number),
    CONSTRAINT business_calendar_version_from_uk UNIQUE (calendar_id, effective_from)
);

-- Working intervals per weekday, in minutes of the day: [open_minute, close_minute), 1440 = 24:00.
CREATE TABLE business_calendar_weekly_hours (
    version_id   BIGINT      NOT NULL,
    day_of_week  VARCHAR(9)  NOT NULL,
    open_minute  INTEGER     NOT NULL,
    close_minute INTEGER     NOT NULL,
    CONSTRAINT business_calendar_weekly_hours_version_fk FOREIGN KEY (version_id) REFERENCES business_calendar_version (id) ON DELETE CASCADE,
    CONSTRAINT business_calendar_weekly_hours_ck CHECK (open_minute >= 0 AND close_minute <= 1440 AND open_minute < close_minute)
);
CREATE INDEX business_calendar_weekly_hours_ix ON business_calendar_weekly_hours (version_id);

CREATE TABLE business_calendar_holiday (
    version_id   BIGINT       NOT NULL,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(200),
    CONSTRAINT business_calendar_holiday_version_fk FOREIGN KEY (version_id) REFERENCES business_calendar_version (id) ON DELETE CASCADE
);
CREATE INDEX business_calendar_holiday_ix ON business_calendar_holiday (version_id);

-- Dates whose hours replace the weekly hours. A row with no minutes makes the date a day off.
CREATE TABLE business_calendar_override (
    version_id    BIGINT       NOT NULL,
    override_date DATE         NOT NULL,
    open_minute   INTEGER,
    close_minute  INTEGER,
    name          VARCHAR(200),
    CONSTRAINT business_calendar_override_version_fk FOREIGN KEY (version_id) REFERENCES business_calendar_version (id) ON DELETE CASCADE,
    CONSTRAINT business_calendar_override_ck CHECK ((open_minute IS NULL AND close_minute IS NULL)
        OR (open_minute >= 0 AND close_minute <= 1440 AND open_minute < close_minute))
);
CREATE INDEX business_calendar_override_ix ON business_calendar_override (version_id);

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    subject_type VARCHAR(60)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    details      VARCHAR(4000)
);
CREATE INDEX audit_entry_subject_ix ON audit_entry (subject_type, subject_id, occurred_at);
