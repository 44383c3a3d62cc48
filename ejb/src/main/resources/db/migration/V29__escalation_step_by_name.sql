-- A step is known by its name too: after a priority raise the raised priority's own rule may have a
-- step at the same position and share as a step of the rule for all priorities that fired already
-- (e.g. "not taken" at 100 % where "breach" at 100 % fired); each fires once.
ALTER TABLE escalation_step DROP CONSTRAINT escalation_step_uk;
ALTER TABLE escalation_step ADD CONSTRAINT escalation_step_uk
    UNIQUE (ticket_id, metric, step_index, step_name, step_at, occurrence);
