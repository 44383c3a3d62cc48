-- The provider's support groups: the lines a ticket moves through, field engineers and suppliers.
CREATE SEQUENCE support_group_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE support_group (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    line_level  INTEGER,
    description VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT support_group_code_uk UNIQUE (code),
    CONSTRAINT support_group_kind_ck CHECK (kind IN ('SUPPORT_LINE', 'FIELD_ENGINEERS', 'SUPPLIER')),
    CONSTRAINT support_group_level_ck CHECK ((kind = 'SUPPORT_LINE' AND line_level BETWEEN 1 AND 9)
        OR (kind <> 'SUPPORT_LINE' AND line_level IS NULL))
);
