-- A grid worker's pull reads her grids through records_grid_feed, and what she reads beyond them (the
-- community-wide kinds, fever reports, gate entries, reviews, tasks) through this index, in feed order,
-- without walking the rest of her community's register and visits. The list of kinds is WORKER_OFF_GRID
-- in src/server/sync/scope.ts: the index is chosen only when the query names the same list.
CREATE INDEX records_worker_feed ON records (community_id, txid, seq)
  WHERE entity IN ('community', 'grid', 'checkpoint', 'shift_note', 'community_settings', 'testing_campaign', 'test_result',
                   'fever_report', 'checkpoint_entry', 'review', 'task');
-- A grid lies in one community: without this, a query naming both (a grid worker's part of one grid)
-- is estimated at a twentieth of its rows or less, and PostgreSQL sorts them all rather than walk
-- records_grid_feed in order up to the page's LIMIT.
CREATE STATISTICS records_grid_community (dependencies) ON grid_id, community_id FROM records;
