-- Tickets without an agreement: a ticket no selection rule found an SLA for may be registered without
-- one (servicelevel.tickets.without-agreement=REGISTER) and be given one later. Until then it has no
-- agreement, no agreement version and a priority only if the caller gave one, and its history records
-- no priority either.
ALTER TABLE ticket ALTER COLUMN agreement_id DROP NOT NULL;
ALTER TABLE ticket ALTER COLUMN agreement_version DROP NOT NULL;
ALTER TABLE ticket ALTER COLUMN priority_number DROP NOT NULL;
ALTER TABLE ticket_event ALTER COLUMN priority DROP NOT NULL;
