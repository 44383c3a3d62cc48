-- The people of a support group, for escalation: an optional lead and the members, each a user account
-- of the provider's staff named by its username (the lead may be a member too). A user account that is
-- removed leaves the groups it belonged to, and a group it led has no lead.
ALTER TABLE support_group ADD COLUMN lead_username VARCHAR(100);
ALTER TABLE support_group ADD CONSTRAINT support_group_lead_fk
    FOREIGN KEY (lead_username) REFERENCES user_account (username) ON DELETE SET NULL;

CREATE TABLE support_group_member (
    support_group_id BIGINT       NOT NULL,
    username         VARCHAR(100) NOT NULL,
    CONSTRAINT support_group_member_pk PRIMARY KEY (support_group_id, username),
    CONSTRAINT support_group_member_group_fk FOREIGN KEY (support_group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT support_group_member_user_fk FOREIGN KEY (username) REFERENCES user_account (username) ON DELETE CASCADE
);
CREATE INDEX support_group_member_user_ix ON support_group_member (username);
