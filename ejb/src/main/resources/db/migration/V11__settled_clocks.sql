-- Clocks that stay settled: every stored clock snapshot records the edition of the clock rules it was
-- computed with (0: before this migration), so that the application recomputes the snapshots of
-- existing tickets under the current rules once it starts; and a running clock records the instant
-- after which it is breached if it keeps running, for the "breached" filter.
ALTER TABLE ticket ADD COLUMN clock_rules INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE ticket_clock ADD COLUMN breaches_after TIMESTAMP WITH TIME ZONE;
CREATE INDEX ticket_clock_rules_ix ON ticket (clock_rules, id);
-- Until a ticket's clocks are recomputed, a running clock counts as breached after its due instant,
-- as the "breached" filter read it before.
UPDATE ticket_clock SET breaches_after = due_at WHERE state = 'RUNNING';
