-- Review and tasks (issue 14): a record's reviews are read on every decision (its history), a grid
-- worker reads the reviews of their own records and the tasks given to them wherever they are.
CREATE INDEX records_review_record ON records ((data->>'recordId')) WHERE entity = 'review';
CREATE INDEX records_review_author ON records (community_id, (data->>'recordBy')) WHERE entity = 'review';
CREATE INDEX records_task_assignee ON records (community_id, (data->>'assigneeId')) WHERE entity = 'task';
