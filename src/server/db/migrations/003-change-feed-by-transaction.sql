-- The change feed without one counter for the whole server (issue 10). A record's place in the feed
-- is (txid, seq): the id of the transaction that last wrote it, then a number from a sequence (order
-- within that transaction). Writers no longer queue on one row lock: nextval() never blocks. A pull
-- delivers only rows of transactions older than every transaction still running (the snapshot's
-- xmin), so a change committed later can never land behind a cursor already handed out.
CREATE SEQUENCE records_seq;
SELECT setval('records_seq', GREATEST(value, 1), value > 0) FROM sync_counter WHERE id = 1;
ALTER TABLE records ALTER COLUMN seq SET DEFAULT nextval('records_seq');
-- Rows written before this migration all take this migration's transaction id: a cursor of the
-- first format (a counter value s) reads on as (this id, s).
ALTER TABLE records ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();
INSERT INTO settings (key, value) SELECT 'feed_origin_txid', pg_current_xact_id()::text;
CREATE INDEX records_community_feed ON records (community_id, txid, seq);
CREATE INDEX records_grid_feed ON records (grid_id, txid, seq);
DROP INDEX records_community_seq;
DROP INDEX records_grid_seq;
DROP TABLE sync_counter;
