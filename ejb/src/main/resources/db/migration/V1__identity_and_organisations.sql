-- Foundation schema: customer organisations, user accounts with roles, API tokens.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Sequences start at their increment: EclipseLink reads a sequence value as the last id of
-- a preallocated block of 50.

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE organisation (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organisation_code_uk UNIQUE (code)
);

CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE user_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(320),
    password_hash   VARCHAR(400) NOT NULL,
    organisation_id BIGINT,
    enabled         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_account_username_uk UNIQUE (username),
    CONSTRAINT user_account_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    CONSTRAINT user_account_role_pk PRIMARY KEY (user_account_id, role),
    CONSTRAINT user_account_role_user_fk FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT user_account_role_ck CHECK (role IN ('ADMIN', 'MANAGER', 'AGENT', 'CUSTOMER', 'INTEGRATION'))
);

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_token (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    user_account_id BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    token_prefix    VARCHAR(16)  NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_token_user_fk FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX api_token_expiry_ix ON api_token (expires_at);
