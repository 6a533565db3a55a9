-- The levels above the community (issue 19): districts (区) and streets (街道) are records with no
-- community; a community names its street in its data (streetId). A street officer reads its
-- communities' reports, fever reports and sealed buildings, never the register.
ALTER TABLE users ADD COLUMN street_id uuid;
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('grid_worker', 'secretary', 'volunteer', 'admin', 'street_officer'));
ALTER TABLE users ADD CONSTRAINT users_street_officer_street CHECK (role <> 'street_officer' OR street_id IS NOT NULL);

-- A street's communities, looked up when a street officer's scope is loaded.
CREATE INDEX records_community_street ON records ((data->>'streetId')) WHERE entity = 'community';
-- A street officer's pull: the feed of its communities' few kinds of records, without walking their
-- register and visits. The list of kinds is the one in src/server/sync/street-scope.ts (STREET_READS_SQL).
CREATE INDEX records_street_feed ON records (community_id, txid, seq)
  WHERE entity IN ('community', 'grid', 'daily_report', 'community_report', 'fever_report', 'seal_period', 'building');
