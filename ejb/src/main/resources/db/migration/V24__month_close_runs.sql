-- What a run of the monthly report collected: the facts of each ticket of an agreement's month as the
-- month's close reads them (service, priority when it ended or at the month's end, how and when it
-- ended, its resolution and first-response times from its settled clocks, the target its clock
-- counted against, and lowerings of its priority after a breach). A run is one job instance: a
-- restarted job goes on adding to the same run from its checkpoint, so a page of tickets is
-- collected exactly once; a collection is complete when its last page is in, and only complete
-- collections are closed. When an agreement's month is closed from a run, the runs before it are
-- removed; the last closed run stays, so the quality score and invoice can be recomputed from it
-- when a survey or work record arrives later without reading the tickets again.
CREATE TABLE month_close_collection (
    run_id        BIGINT                   NOT NULL,
    agreement_id  BIGINT                   NOT NULL,
    close_month   VARCHAR(7)               NOT NULL,
    tickets       INTEGER                  NOT NULL,
    complete      BOOLEAN                  NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT month_close_collection_pk PRIMARY KEY (run_id, agreement_id),
    CONSTRAINT month_close_collection_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id)
        ON DELETE CASCADE
);
CREATE INDEX month_close_collection_month_ix ON month_close_collection (agreement_id, close_month);

CREATE TABLE month_close_ticket (
    run_id                    BIGINT                   NOT NULL,
    agreement_id              BIGINT                   NOT NULL,
    ticket_id                 BIGINT                   NOT NULL,
    number                    VARCHAR(20)              NOT NULL,
    service_code              VARCHAR(40)              NOT NULL,
    priority_number           INTEGER                  NOT NULL,
    outcome                   VARCHAR(10)              NOT NULL,
    registered_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at                  TIMESTAMP WITH TIME ZONE,
    resolution_seconds        BIGINT,
    response_seconds          BIGINT,
    resolution_target_seconds BIGINT,
    lowerings                 TEXT,
    CONSTRAINT month_close_ticket_pk PRIMARY KEY (run_id, agreement_id, ticket_id),
    CONSTRAINT month_close_ticket_collection_fk FOREIGN KEY (run_id, agreement_id)
        REFERENCES month_close_collection (run_id, agreement_id) ON DELETE CASCADE
);

-- The report reads an agreement's tickets page by page in id order.
CREATE INDEX ticket_agreement_id_ix ON ticket (agreement_id, id);
