-- Customer surveys per agreement. A campaign asks its questions, each with an ordered answer scale of
-- which some answers count as positive; respondents (with their role at the customer) answer each
-- question at most once. A completed campaign is read-only; the month's quality score uses the last
-- campaign of the agreement completed on or before the month's last day (survey_campaign_done_ix).
CREATE SEQUENCE survey_campaign_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE survey_campaign (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    agreement_id BIGINT       NOT NULL,
    title        VARCHAR(200) NOT NULL,
    due_date     DATE         NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    completed_on DATE,
    completed_at TIMESTAMP WITH TIME ZONE,
    completed_by VARCHAR(100),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT survey_campaign_status_ck CHECK (status IN ('OPEN', 'COMPLETED')),
    CONSTRAINT survey_campaign_completed_ck CHECK (status = 'OPEN' OR completed_on IS NOT NULL),
    CONSTRAINT survey_campaign_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
CREATE INDEX survey_campaign_agreement_ix ON survey_campaign (agreement_id, due_date);
CREATE INDEX survey_campaign_done_ix ON survey_campaign (agreement_id, status, completed_on);

CREATE SEQUENCE survey_question_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE survey_question (
    id              BIGINT       NOT NULL PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    question_number INTEGER      NOT NULL,
    question_text   VARCHAR(500) NOT NULL,
    CONSTRAINT survey_question_uk UNIQUE (campaign_id, question_number),
    CONSTRAINT survey_question_campaign_fk FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id)
        ON DELETE CASCADE
);

-- The answer scale of a question, in its order (option_index from 0).
CREATE TABLE survey_answer_option (
    question_id  BIGINT       NOT NULL,
    option_index INTEGER      NOT NULL,
    option_label VARCHAR(200) NOT NULL,
    positive     BOOLEAN      NOT NULL,
    CONSTRAINT survey_answer_option_pk PRIMARY KEY (question_id, option_index),
    CONSTRAINT survey_answer_option_question_fk FOREIGN KEY (question_id) REFERENCES survey_question (id)
        ON DELETE CASCADE
);

-- A respondent is unique in a campaign by name_key (the name in lower case, spaces collapsed).
CREATE SEQUENCE survey_respondent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE survey_respondent (
    id              BIGINT       NOT NULL PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    respondent_name VARCHAR(200) NOT NULL,
    name_key        VARCHAR(200) NOT NULL,
    respondent_role VARCHAR(100) NOT NULL,
    entered_by      VARCHAR(100) NOT NULL,
    entered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT survey_respondent_uk UNIQUE (campaign_id, name_key),
    CONSTRAINT survey_respondent_campaign_fk FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id)
        ON DELETE CASCADE
);

-- One answer of a respondent to a question (by its number): the chosen option of its scale.
CREATE TABLE survey_answer (
    respondent_id   BIGINT       NOT NULL,
    question_number INTEGER      NOT NULL,
    option_index    INTEGER      NOT NULL,
    entered_by      VARCHAR(100) NOT NULL,
    entered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT survey_answer_pk PRIMARY KEY (respondent_id, question_number),
    CONSTRAINT survey_answer_respondent_fk FOREIGN KEY (respondent_id) REFERENCES survey_respondent (id)
        ON DELETE CASCADE
);
