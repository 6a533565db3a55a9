-- Sign-in limits (issue 11) kept in the database, so that a restart keeps them and several server
-- processes share them. One row per key: 'account:<username, lower case>' (growing delays per
-- account, reset by a successful sign-in) or 'address:<client address>' (failures in a window).
-- Times are the server's clock, written by the server (not now()), so tests can move it.
CREATE TABLE sign_in_failures (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  window_start timestamptz NOT NULL,
  last_failure_at timestamptz NOT NULL,
  blocked_until timestamptz NOT NULL
);
CREATE INDEX sign_in_failures_last_failure ON sign_in_failures (last_failure_at);
