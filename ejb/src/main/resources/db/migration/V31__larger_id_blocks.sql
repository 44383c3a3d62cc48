-- The rows written for every fired escalation step (its history event, its e-mails, its webhook
-- deliveries, the steps planned afresh) take their ids in blocks of 500 instead of 50: a burst of
-- 10,000 due steps fetched a new block from the database about 400 times. The persistence unit's
-- allocation sizes of these sequences are 500 to match.
ALTER SEQUENCE ticket_event_seq INCREMENT BY 500;
ALTER SEQUENCE notification_seq INCREMENT BY 500;
ALTER SEQUENCE escalation_step_seq INCREMENT BY 500;
ALTER SEQUENCE webhook_delivery_seq INCREMENT BY 500;
