-- Gridwalk upstream schema, version 1. Runs unchanged on PostgreSQL and PGlite.

CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('grid_worker', 'secretary', 'volunteer', 'admin')),
  community_id uuid,
  grid_ids jsonb NOT NULL DEFAULT '[]',
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One signed-in device. Its refresh tokens rotate; revoking the session ends them all.
CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  device_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Refresh tokens, stored as SHA-256 hashes. A replaced token stays valid for a short grace period.
CREATE TABLE refresh_tokens (
  token_hash text PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES sessions (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  replaced_at timestamptz
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

-- The change feed's sequence: one row, incremented inside every writing transaction.
CREATE TABLE sync_counter (
  id integer PRIMARY KEY CHECK (id = 1),
  value bigint NOT NULL
);
INSERT INTO sync_counter (id, value) VALUES (1, 0);

-- Every synced record of every entity, with its scope columns derived from the parent chain.
CREATE TABLE records (
  id uuid PRIMARY KEY,
  entity text NOT NULL,
  version integer NOT NULL,
  data jsonb NOT NULL,
  field_meta jsonb NOT NULL DEFAULT '{}',
  community_id uuid,
  grid_id uuid,
  building_id uuid,
  household_id uuid,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  voided_at timestamptz,
  void_reason text,
  seq bigint NOT NULL UNIQUE
);
CREATE INDEX records_community_seq ON records (community_id, seq);
CREATE INDEX records_grid_seq ON records (grid_id, seq);
CREATE INDEX records_building ON records (building_id);
CREATE INDEX records_entity_community ON records (entity, community_id);

-- Applied mutations, for idempotent resends. Written in the same transaction as the record change.
CREATE TABLE mutations (
  mutation_id text PRIMARY KEY,
  user_id uuid NOT NULL,
  device_id text NOT NULL,
  request_hash text NOT NULL,
  result jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Same-field clashes between devices, kept for the community secretary.
CREATE TABLE conflicts (
  id bigserial PRIMARY KEY,
  community_id uuid,
  entity text NOT NULL,
  record_id uuid NOT NULL,
  field text NOT NULL,
  base_version integer NOT NULL,
  server_value jsonb,
  client_value jsonb,
  user_id uuid NOT NULL,
  device_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conflicts_community ON conflicts (community_id, created_at);
