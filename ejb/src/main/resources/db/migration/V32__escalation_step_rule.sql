-- A step is known by its rule too: after a priority raise the raised priority's own rule fires its
-- steps even where a step of the rule for all priorities at the same position, with the same name and
-- at, fired already (e.g. "warning" at 80 % to the assignee, then the P1 rule's "warning" at 80 % to the
-- group's lead). rule_priority: the priority the rule is for, 0 for all priorities and for the breach;
-- NULL for the steps stored before, each standing for the step of whichever rule matches the rest.
ALTER TABLE escalation_step ADD COLUMN rule_priority INTEGER;
ALTER TABLE escalation_step DROP CONSTRAINT escalation_step_uk;
ALTER TABLE escalation_step ADD CONSTRAINT escalation_step_uk
    UNIQUE (ticket_id, metric, rule_priority, step_index, step_name, step_at, occurrence);
