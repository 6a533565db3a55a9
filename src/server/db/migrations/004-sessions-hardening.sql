-- Sessions hardening (issue 11): refresh-token reuse detection and the list of signed-in devices.
-- A session remembers when it was last used and why it was revoked.
ALTER TABLE sessions ADD COLUMN last_used_at timestamptz NOT NULL DEFAULT now();
UPDATE sessions SET last_used_at = created_at;
ALTER TABLE sessions ADD COLUMN revoked_reason text;
-- A session's refresh tokens form one chain: generation 0 at sign-in, one more at every rotation.
-- used_at: when the token itself was exchanged. A replaced token is accepted again (a lost answer)
-- only within the grace period and while no later token of its session has been used.
ALTER TABLE refresh_tokens ADD COLUMN generation integer NOT NULL DEFAULT 0;
ALTER TABLE refresh_tokens ADD COLUMN used_at timestamptz;
UPDATE refresh_tokens t SET generation = n.generation, used_at = t.replaced_at
  FROM (SELECT token_hash, (row_number() OVER (PARTITION BY session_id ORDER BY created_at, token_hash) - 1)::integer AS generation
          FROM refresh_tokens) n
 WHERE n.token_hash = t.token_hash;
