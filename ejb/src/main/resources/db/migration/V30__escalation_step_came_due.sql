-- When a step first came due, kept when a failed firing puts it off (due_at moves to the retry): how
-- late it fired is counted from then.
ALTER TABLE escalation_step ADD COLUMN came_due_at TIMESTAMP WITH TIME ZONE;
