-- The month's per-priority figures of every agreement, by hand, from the stored clocks (the month's
-- close benchmark times this beside the report job):
--   psql -v month=2026-10 -f bench/month-close-query.sql
-- Per agreement and priority: accepted (registered in the month), resolved in the month, their average
-- resolution time in seconds, how many were overdue (resolution clock's counted time over its target),
-- the overdue share in percent, and the tickets open at the month's end. The month runs from midnight
-- to midnight in the agreements' zone (Europe/Berlin for all of the benchmark's).
SELECT t.agreement_id, t.priority_number,
       COUNT(*) FILTER (WHERE t.registered_at >= m.month_start AND t.registered_at < m.month_end) AS accepted,
       COUNT(*) FILTER (WHERE t.resolved_at >= m.month_start AND t.resolved_at < m.month_end) AS resolved,
       ROUND(AVG(c.elapsed_seconds) FILTER (WHERE t.resolved_at >= m.month_start AND t.resolved_at < m.month_end), 2)
           AS average_seconds,
       COUNT(*) FILTER (WHERE t.resolved_at >= m.month_start AND t.resolved_at < m.month_end
                          AND c.elapsed_seconds > c.target_seconds) AS overdue,
       ROUND(100.0 * COUNT(*) FILTER (WHERE t.resolved_at >= m.month_start AND t.resolved_at < m.month_end
                                        AND c.elapsed_seconds > c.target_seconds)
             / NULLIF(COUNT(*) FILTER (WHERE t.resolved_at >= m.month_start AND t.resolved_at < m.month_end), 0), 2)
           AS overdue_percent,
       COUNT(*) FILTER (WHERE COALESCE(t.resolved_at, t.closed_at) IS NULL
                           OR COALESCE(t.resolved_at, t.closed_at) >= m.month_end) AS open_at_month_end
FROM (SELECT (:'month' || '-01')::DATE::TIMESTAMP AT TIME ZONE 'Europe/Berlin' AS month_start,
             ((:'month' || '-01')::DATE + INTERVAL '1 month')::TIMESTAMP AT TIME ZONE 'Europe/Berlin' AS month_end) m
JOIN ticket t ON t.registered_at < m.month_end
             AND (COALESCE(t.resolved_at, t.closed_at) IS NULL OR COALESCE(t.resolved_at, t.closed_at) >= m.month_start)
JOIN ticket_clock c ON c.ticket_id = t.id AND c.metric = 'resolution'
WHERE t.agreement_id IS NOT NULL
GROUP BY t.agreement_id, t.priority_number
ORDER BY t.agreement_id, t.priority_number;
