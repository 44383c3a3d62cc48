-- The work queue: open tickets are counted by the state of their resolution clock, and the tickets
-- near their target are looked up by the stored resolution clocks, without reading every ticket.
CREATE INDEX ticket_clock_metric_state_ix ON ticket_clock (metric, state, ticket_id);
CREATE INDEX ticket_open_ix ON ticket (status_category, customer_id);
