-- One daily report per worker, grid and day: a second one (whatever its id) is refused.
CREATE UNIQUE INDEX records_daily_report_once ON records ((data->>'date'), grid_id, created_by)
  WHERE entity = 'daily_report';
