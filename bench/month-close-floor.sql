-- What the database alone needs to keep a month's ticket lines and to write them as documents (the
-- month's close benchmark runs this after timing the hand-written query):
--   psql -v month=2026-10 -f bench/month-close-floor.sql
-- Step 1 writes one row per ticket that ended in the month or was open at its end, with what a line of
-- the month's report shows (number, service, priority, status, registered and ended instants, counted
-- resolution and response time, resolution target), from the same stored clocks the query reads.
-- Step 2 writes one JSON document per agreement holding those lines, built by the database itself.
-- Both tables are dropped at the end. The months run in Europe/Berlin, as the benchmark's agreements do.
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_floor_lines;
DROP TABLE IF EXISTS bench_floor_documents;
\timing on
\echo floor step 1: the lines
CREATE TABLE bench_floor_lines AS
SELECT t.agreement_id, t.id AS ticket_id, t.number, t.service_code, t.priority_number, t.status_category,
       t.registered_at, COALESCE(t.resolved_at, t.closed_at) AS ended_at, r.elapsed_seconds AS resolution_seconds,
       s.elapsed_seconds AS response_seconds, r.target_seconds AS resolution_target_seconds
FROM (SELECT (:'month' || '-01')::DATE::TIMESTAMP AT TIME ZONE 'Europe/Berlin' AS month_start,
             ((:'month' || '-01')::DATE + INTERVAL '1 month')::TIMESTAMP AT TIME ZONE 'Europe/Berlin' AS month_end) m
JOIN ticket t ON t.registered_at < m.month_end
             AND (COALESCE(t.resolved_at, t.closed_at) IS NULL OR COALESCE(t.resolved_at, t.closed_at) >= m.month_start)
LEFT JOIN ticket_clock r ON r.ticket_id = t.id AND r.metric = 'resolution'
LEFT JOIN ticket_clock s ON s.ticket_id = t.id AND s.metric = 'response'
WHERE t.agreement_id IS NOT NULL;
\echo floor step 2: the documents
CREATE TABLE bench_floor_documents AS
SELECT agreement_id, json_agg(json_build_object('ticket', number, 'service', service_code,
           'priority', priority_number, 'status', status_category, 'registered', registered_at, 'ended', ended_at,
           'resolutionSeconds', resolution_seconds, 'responseSeconds', response_seconds,
           'late', resolution_seconds > resolution_target_seconds,
           'evidence', '/api/tickets/' || ticket_id || '/clocks/resolution/timeline') ORDER BY ticket_id)::TEXT AS document
FROM bench_floor_lines GROUP BY agreement_id;
\timing off
SELECT (SELECT COUNT(*) FROM bench_floor_lines) AS lines, COUNT(*) AS documents,
       pg_size_pretty(SUM(OCTET_LENGTH(document))) AS document_text FROM bench_floor_documents;
DROP TABLE bench_floor_lines;
DROP TABLE bench_floor_documents;
