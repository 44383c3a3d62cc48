-- Failed sign-ins, per account and per client address: how many in the current window, and until when
-- further attempts are refused (a growing delay, then a lockout that an administrator can lift).
CREATE TABLE login_throttle (
    subject          VARCHAR(320) NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    failures         INTEGER      NOT NULL,
    first_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until    TIMESTAMP WITH TIME ZONE,
    locked           BOOLEAN      NOT NULL
);
CREATE INDEX login_throttle_blocked_ix ON login_throttle (blocked_until);
