-- Idempotency records are pruned after IDEMPOTENCY_RETENTION_DAYS (issue 19): the pruning deletes the
-- oldest rows in batches, found through this index instead of a scan of the whole table.
CREATE INDEX mutations_created_at ON mutations (created_at);
