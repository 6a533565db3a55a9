-- Home monitoring (issue 16): one open monitoring per resident (two racing creates: the second is
-- refused, push.ts names the open one), a resident's monitorings and a monitoring's checks.
CREATE UNIQUE INDEX records_monitoring_open_once ON records ((data->>'residentId'))
  WHERE entity = 'home_monitoring' AND voided_at IS NULL AND NOT (data ? 'endedOn');
CREATE INDEX records_monitoring_check_of ON records ((data->>'monitoringId')) WHERE entity = 'monitoring_check';
