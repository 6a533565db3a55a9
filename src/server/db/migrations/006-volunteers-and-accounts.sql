-- Volunteers, help requests and community accounts (issue 13).
-- A person's phone (shown on unit posters, used as the username of accounts the community adds),
-- the buildings a volunteer is assigned to, who added the account, and when it ends: from ends_at
-- on it can no longer sign in or sync (the secretary's "End account" sets it to the moment).
ALTER TABLE users ADD COLUMN phone text;
ALTER TABLE users ADD COLUMN building_ids jsonb NOT NULL DEFAULT '[]';
ALTER TABLE users ADD COLUMN added_by uuid;
ALTER TABLE users ADD COLUMN ends_at timestamptz;

-- One-time sign-in codes: stored as SHA-256 hashes; good for one use until expires_at.
CREATE TABLE sign_in_codes (
  code_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX sign_in_codes_user ON sign_in_codes (user_id);

-- The code on each unit's poster (the residents' help page of that unit). Replacing a poster's code
-- marks the old one replaced: it stops working at once. One current code per building and unit.
CREATE TABLE unit_posters (
  token text PRIMARY KEY,
  building_id uuid NOT NULL,
  unit text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  replaced_at timestamptz
);
CREATE UNIQUE INDEX unit_posters_current ON unit_posters (building_id, unit) WHERE replaced_at IS NULL;

-- Abuse limits of the public help page: requests per poster code and per address in a window.
CREATE TABLE public_request_counts (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  count integer NOT NULL
);
