-- User accounts hold what their roles allow: a customer user has the customer role only, and only a
-- customer user belongs to an organisation. Accounts stored before the accounts refused otherwise are
-- brought in line with how they already signed in: a customer user's staff roles (never granted at
-- sign-in) go, and a staff or integration account's organisation (which confined nothing) is cleared.
DELETE FROM user_account_role
    WHERE role <> 'CUSTOMER'
      AND user_account_id IN (SELECT user_account_id FROM user_account_role WHERE role = 'CUSTOMER');

UPDATE user_account SET organisation_id = NULL, version = version + 1
    WHERE organisation_id IS NOT NULL
      AND id NOT IN (SELECT user_account_id FROM user_account_role WHERE role = 'CUSTOMER');
