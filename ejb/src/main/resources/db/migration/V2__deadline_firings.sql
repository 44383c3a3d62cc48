-- One row per deadline that fired. The unique key makes firing exactly-once: a second firing of
-- the same deadline (a retry after a crash, a race between cluster members) finds the row and stops.
CREATE SEQUENCE deadline_firing_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE deadline_firing (
    id         BIGINT       NOT NULL PRIMARY KEY,
    kind       VARCHAR(60)  NOT NULL,
    reference  VARCHAR(200) NOT NULL,
    due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT deadline_firing_uk UNIQUE (kind, reference, due_at)
);
