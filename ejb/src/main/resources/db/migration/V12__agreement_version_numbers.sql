-- Version numbers of an agreement are never reused, also after a planned version is withdrawn: the
-- agreement keeps the highest number it has given.
ALTER TABLE agreement ADD COLUMN last_version_number INTEGER DEFAULT 0 NOT NULL;
UPDATE agreement SET last_version_number =
    (SELECT COALESCE(MAX(v.number), 0) FROM agreement_version v WHERE v.agreement_id = agreement.id);
