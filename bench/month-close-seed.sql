-- Seeds a month of tickets for the month's close benchmark (run by bench/month-close-load.sh with the
-- server stopped):
--   psql -v tickets=1000000 -v agreements=1000 -v month=2026-10 -v template=6 -f bench/month-close-seed.sql
-- :template is an active SLA created through the API on 24/7 calendars, with the template tickets the
-- script imported (they give the clock-rules edition). It is cloned, with its customer and every row of
-- its version's terms, into :agreements agreements SLA-CLOSE-00001...; then :tickets tickets are
-- spread over them round robin, each with its history (registration, first response, breaches,
-- resolution, closing) and its stored response and resolution clocks. Because the calendars are 24/7,
-- a clock's elapsed time is the wall-clock time between the events, so the stored clocks are exactly
-- what the clock rules compute from the history. The mix, drawn with a fixed seed:
--   priorities 1/2/3/4: 5/15/50/30 %; services WS/NET: 70/30 %;
--   registered: 10 % in the last 5 days of the month before, 90 % evenly over the month;
--   6 % still open now (60 % of them in progress, 40 % new, never answered); the others answered after
--   0.5 × the response target on average and resolved after 0.6 × the resolution target on average
--   (exponential: about 13 % answer late, 19 % are resolved late); half of the resolved closed 3 days
--   later (when that is in the past).
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SET client_min_messages = warning;
SET jit = off;
SELECT setseed(0.15) \g /dev/null

DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.setting AS
SELECT :template::BIGINT AS agreement_id,
       (SELECT v.id FROM agreement_version v WHERE v.agreement_id = :template ORDER BY v.number DESC LIMIT 1) AS version_id,
       (SELECT customer_id FROM agreement WHERE id = :template) AS customer_id,
       (SELECT MAX(clock_rules) FROM ticket WHERE agreement_id = :template) AS clock_rules,
       (date_trunc('second', now()))::TIMESTAMPTZ AS computed_at,
       ((:'month' || '-01')::DATE::TIMESTAMP AT TIME ZONE 'Europe/Berlin') AS month_start,
       (((:'month' || '-01')::DATE + INTERVAL '1 month')::TIMESTAMP AT TIME ZONE 'Europe/Berlin') AS month_end,
       GREATEST((SELECT MAX(id) FROM agreement), (SELECT last_value FROM agreement_seq)) + 1000 AS agreement_base,
       GREATEST((SELECT MAX(id) FROM agreement_version), (SELECT last_value FROM agreement_version_seq)) + 1000 AS version_base,
       GREATEST((SELECT MAX(id) FROM organisation), (SELECT last_value FROM organisation_seq)) + 1000 AS organisation_base,
       GREATEST((SELECT MAX(id) FROM ticket), (SELECT last_value FROM ticket_seq)) + 1000 AS ticket_base,
       (SELECT last_value FROM ticket_number_seq) + 1000 AS number_base,
       GREATEST((SELECT MAX(id) FROM ticket_event), (SELECT last_value FROM ticket_event_seq)) + 1000 AS event_base;

-- ---- agreements ------------------------------------------------------------------------------------
CREATE TABLE bench.agreement AS
SELECT k, s.agreement_base + k AS agreement_id, s.version_base + k AS version_id, s.organisation_base + k AS customer_id,
       'SLA-CLOSE-' || LPAD(k::TEXT, 5, '0') AS number
FROM generate_series(1, :agreements) k CROSS JOIN bench.setting s;

INSERT INTO organisation (id, version, code, name, created_at)
SELECT a.customer_id, 1, 'CLOSE-' || LPAD(a.k::TEXT, 5, '0'), 'Month close customer ' || a.k, s.computed_at
FROM bench.agreement a CROSS JOIN bench.setting s;

DO $$
DECLARE
    template bench.setting%ROWTYPE;
    tbl RECORD;
    columns TEXT;
    vals TEXT;
BEGIN
    SELECT * INTO template FROM bench.setting;
    -- the agreement and its version: every column the template's, but identity, number, customer, title
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
           string_agg(CASE column_name WHEN 'id' THEN 'a.agreement_id' WHEN 'number' THEN 'a.number'
                          WHEN 'customer_id' THEN 'a.customer_id' WHEN 'title' THEN '''Month close bench '' || a.k'
                          WHEN 'version' THEN '1' ELSE 't.' || quote_ident(column_name) END, ', ' ORDER BY ordinal_position)
      INTO columns, vals
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'agreement';
    EXECUTE format('INSERT INTO agreement (%s) SELECT %s FROM bench.agreement a CROSS JOIN agreement t WHERE t.id = %s',
                   columns, vals, template.agreement_id);
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
           string_agg(CASE column_name WHEN 'id' THEN 'a.version_id' WHEN 'agreement_id' THEN 'a.agreement_id'
                          ELSE 't.' || quote_ident(column_name) END, ', ' ORDER BY ordinal_position)
      INTO columns, vals
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'agreement_version';
    EXECUTE format('INSERT INTO agreement_version (%s) SELECT %s FROM bench.agreement a CROSS JOIN agreement_version t'
                   ' WHERE t.id = %s', columns, vals, template.version_id);
    -- every list of the version's terms (services, priorities, metrics, bands, ...)
    FOR tbl IN SELECT table_name FROM information_schema.columns
               WHERE table_schema = 'public' AND column_name = 'version_id' AND table_name LIKE 'agreement\_%'
    LOOP
        SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
               string_agg(CASE column_name WHEN 'version_id' THEN 'a.version_id' ELSE 't.' || quote_ident(column_name) END,
                          ', ' ORDER BY ordinal_position)
          INTO columns, vals
          FROM information_schema.columns WHERE table_schema = 'public' AND table_name = tbl.table_name;
        EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM bench.agreement a CROSS JOIN %I t WHERE t.version_id = %s',
                       tbl.table_name, columns, vals, tbl.table_name, template.version_id);
    END LOOP;
END $$;

-- ---- tickets ---------------------------------------------------------------------------------------
-- The template's targets per priority (every clone has the same); one row per ticket with every draw,
-- from which its instants follow.
CREATE TABLE bench.priority AS
SELECT p.number, p.response_seconds, p.resolution_seconds
FROM agreement_priority p JOIN bench.setting s ON p.version_id = s.version_id;
CREATE UNLOGGED TABLE bench.draw AS
SELECT g, random() AS u_priority, random() AS u_service, random() AS u_early, random() AS u_registered,
       random() AS u_open, random() AS u_new, random() AS u_response, random() AS u_resolution, random() AS u_closed
FROM generate_series(1, :tickets) g;
ANALYZE bench.setting;
ANALYZE bench.agreement;
ANALYZE bench.priority;
ANALYZE bench.draw;

CREATE UNLOGGED TABLE bench.t AS
WITH d AS (
    SELECT d.*, s.month_start, s.month_end, a.agreement_id AS agreement, a.customer_id AS customer,
           CASE WHEN u_priority < 0.05 THEN 1 WHEN u_priority < 0.20 THEN 2 WHEN u_priority < 0.70 THEN 3 ELSE 4 END AS priority,
           CASE WHEN u_service < 0.7 THEN 'WS' ELSE 'NET' END AS service,
           CASE WHEN u_early < 0.1
                THEN s.month_start - INTERVAL '5 days' * u_registered
                ELSE s.month_start + (s.month_end - s.month_start) * u_registered END AS registered_raw
    FROM bench.draw d
    CROSS JOIN bench.setting s
    JOIN bench.agreement a ON a.k = (d.g - 1) % :agreements + 1
), r AS (
    SELECT d.*, date_trunc('second', d.registered_raw) AS registered_at,
           p.response_seconds AS response_target, p.resolution_seconds AS resolution_target,
           u_open < 0.06 AS open,
           u_open < 0.06 AND u_new < 0.4 AS unanswered,
           GREATEST(60, ROUND(p.response_seconds * 0.5 * -LN(1 - u_response)))::BIGINT AS response_s,
           LEAST(20 * 86400, ROUND(p.resolution_seconds * 0.6 * -LN(1 - u_resolution)))::BIGINT AS resolution_draw
    FROM d JOIN bench.priority p ON p.number = d.priority
)
SELECT g, s.ticket_base + g AS id,
       'T-' || CASE WHEN s.number_base + g > 999999 THEN (s.number_base + g)::TEXT
                    ELSE LPAD((s.number_base + g)::TEXT, 6, '0') END AS number,
       agreement, customer, priority, service, registered_at, response_target, resolution_target, open, unanswered,
       CASE WHEN unanswered THEN NULL ELSE registered_at + response_s * INTERVAL '1 second' END AS responded_at,
       CASE WHEN open THEN NULL ELSE registered_at + GREATEST(response_s + 60, resolution_draw) * INTERVAL '1 second' END
           AS resolved_at,
       u_closed < 0.5 AS closing
FROM r CROSS JOIN bench.setting s;
UPDATE bench.t SET closing = closing AND resolved_at + INTERVAL '3 days' < (SELECT computed_at FROM bench.setting);
ALTER TABLE bench.t ADD PRIMARY KEY (id);
ANALYZE bench.t;

INSERT INTO ticket (id, version, number, customer_id, title, service_code, agreement_id, agreement_version,
                    priority_number, channel, status, status_category, registered_at, first_response_at, resolved_at,
                    closed_at, created_by, clock_rules)
SELECT t.id, 1, t.number, t.customer, 'Month close bench ticket ' || t.g, t.service, t.agreement, 1, t.priority,
       'PORTAL',
       CASE WHEN t.closing THEN 'CLOSED' WHEN t.resolved_at IS NOT NULL THEN 'RESOLVED'
            WHEN t.unanswered THEN 'NEW' ELSE 'IN_PROGRESS' END,
       CASE WHEN t.closing THEN 'CLOSED' WHEN t.resolved_at IS NOT NULL THEN 'RESOLVED'
            WHEN t.unanswered THEN 'NEW' ELSE 'IN_PROGRESS' END,
       t.registered_at, t.responded_at, t.resolved_at,
       CASE WHEN t.closing THEN t.resolved_at + INTERVAL '3 days' END, 'alice', s.clock_rules
FROM bench.t t CROSS JOIN bench.setting s;

-- The history: registration, first response (NEW -> IN_PROGRESS), a BREACH event at each target passed
-- before the clock stopped, resolution, closing; numbered in order of time.
CREATE UNLOGGED TABLE bench.event AS
SELECT t.id AS ticket_id, 0 AS ord, 'REGISTERED' AS type, t.registered_at AS at, 'alice' AS actor, NULL AS from_value,
       'NEW' AS to_value, NULL AS text, TRUE AS public_text, t.priority
FROM bench.t t
UNION ALL
SELECT t.id, 1, 'STATUS', t.responded_at, 'anna', 'NEW', 'IN_PROGRESS', NULL, FALSE, t.priority
FROM bench.t t WHERE t.responded_at IS NOT NULL
UNION ALL
SELECT t.id, 2, 'BREACH', t.registered_at + t.response_target * INTERVAL '1 second', 'system', NULL, 'response',
       'due ' || to_char((t.registered_at + t.response_target * INTERVAL '1 second') AT TIME ZONE 'UTC',
                         'YYYY-MM-DD"T"HH24:MI:SS"Z"'), FALSE, t.priority
FROM bench.t t CROSS JOIN bench.setting s
WHERE COALESCE(t.responded_at, t.resolved_at, s.computed_at) > t.registered_at + t.response_target * INTERVAL '1 second'
UNION ALL
SELECT t.id, 3, 'BREACH', t.registered_at + t.resolution_target * INTERVAL '1 second', 'system', NULL, 'resolution',
       'due ' || to_char((t.registered_at + t.resolution_target * INTERVAL '1 second') AT TIME ZONE 'UTC',
                         'YYYY-MM-DD"T"HH24:MI:SS"Z"'), FALSE, t.priority
FROM bench.t t CROSS JOIN bench.setting s
WHERE COALESCE(t.resolved_at, s.computed_at) > t.registered_at + t.resolution_target * INTERVAL '1 second'
UNION ALL
SELECT t.id, 4, 'STATUS', t.resolved_at, 'anna', 'IN_PROGRESS', 'RESOLVED', NULL, FALSE, t.priority
FROM bench.t t WHERE t.resolved_at IS NOT NULL
UNION ALL
SELECT t.id, 5, 'STATUS', t.resolved_at + INTERVAL '3 days', 'anna', 'RESOLVED', 'CLOSED', NULL, FALSE, t.priority
FROM bench.t t WHERE t.closing;

INSERT INTO ticket_event (id, ticket_id, seq_no, type, occurred_at, actor, by_customer, from_value, to_value, status,
                          category, group_code, line_level, priority, text, public_text)
SELECT s.event_base + ROW_NUMBER() OVER (ORDER BY e.ticket_id, e.at, e.ord), e.ticket_id,
       ROW_NUMBER() OVER (PARTITION BY e.ticket_id ORDER BY e.at, e.ord), e.type, e.at, e.actor, FALSE, e.from_value,
       e.to_value, st.status, st.status, NULL, 0, e.priority, e.text, e.public_text
FROM bench.event e
JOIN bench.t t ON t.id = e.ticket_id
CROSS JOIN bench.setting s
CROSS JOIN LATERAL (SELECT CASE WHEN e.ord = 5 THEN 'CLOSED' WHEN e.ord = 4 THEN 'RESOLVED'
                                WHEN t.responded_at IS NOT NULL AND t.responded_at <= e.at AND e.ord <> 0 THEN 'IN_PROGRESS'
                                ELSE 'NEW' END AS status) st;

-- The stored clocks, as the clock rules compute them on a 24/7 calendar at the seeding instant: a
-- stopped clock MET or BREACHED by its counted time; a running one counted up to now.
INSERT INTO ticket_clock (ticket_id, metric, state, target_seconds, elapsed_seconds, due_at, breached_at, computed_at,
                          breaches_after)
SELECT c.id, c.metric,
       CASE WHEN c.elapsed > c.target THEN 'BREACHED' WHEN c.stopped THEN 'MET' ELSE 'RUNNING' END,
       c.target, c.elapsed, c.due, CASE WHEN c.elapsed > c.target THEN c.due END, s.computed_at,
       CASE WHEN NOT c.stopped AND c.elapsed <= c.target THEN c.due END
FROM (
    SELECT t.id, 'response' AS metric, t.response_target AS target,
           t.registered_at + t.response_target * INTERVAL '1 second' AS due,
           COALESCE(t.responded_at, t.resolved_at) IS NOT NULL AS stopped,
           EXTRACT(EPOCH FROM COALESCE(t.responded_at, t.resolved_at, s.computed_at) - t.registered_at)::BIGINT AS elapsed
    FROM bench.t t CROSS JOIN bench.setting s
    UNION ALL
    SELECT t.id, 'resolution', t.resolution_target, t.registered_at + t.resolution_target * INTERVAL '1 second',
           t.resolved_at IS NOT NULL,
           EXTRACT(EPOCH FROM COALESCE(t.resolved_at, s.computed_at) - t.registered_at)::BIGINT
    FROM bench.t t CROSS JOIN bench.setting s
) c CROSS JOIN bench.setting s;

-- Sequences past every id used; statistics for the planner.
SELECT setval('organisation_seq', (SELECT MAX(id) FROM organisation) + 100),
       setval('agreement_seq', (SELECT MAX(id) FROM agreement) + 100),
       setval('agreement_version_seq', (SELECT MAX(id) FROM agreement_version) + 100),
       setval('ticket_seq', (SELECT MAX(id) FROM ticket) + 100),
       setval('ticket_event_seq', (SELECT MAX(id) FROM ticket_event) + 100),
       setval('ticket_number_seq', (SELECT number_base FROM bench.setting) + :tickets + 100) \g /dev/null
ANALYZE organisation;
ANALYZE agreement;
ANALYZE agreement_version;
ANALYZE ticket;
ANALYZE ticket_event;
ANALYZE ticket_clock;
DROP TABLE bench.draw, bench.event;
