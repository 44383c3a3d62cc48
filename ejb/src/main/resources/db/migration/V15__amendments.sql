-- Governed changes: a new version of an agreement in force is an amendment, proposed as a draft and
-- approved by a manager other than its author (and by the customer where the agreement says so)
-- before it can take effect. Versions that exist are approved.
ALTER TABLE agreement ADD COLUMN amendment_approval VARCHAR(20) DEFAULT 'PROVIDER' NOT NULL;
ALTER TABLE agreement_version ADD COLUMN amendment_status VARCHAR(12) DEFAULT 'APPROVED' NOT NULL;
ALTER TABLE agreement_version ADD COLUMN approved_by VARCHAR(100);
ALTER TABLE agreement_version ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE agreement_version ADD COLUMN customer_approved_by VARCHAR(100);
ALTER TABLE agreement_version ADD COLUMN customer_approved_at TIMESTAMP WITH TIME ZONE;
