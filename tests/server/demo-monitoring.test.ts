/**
 * The home monitoring `npm start` adds to the demo (src/server/seed/demo-monitoring.ts): worker1 pulls
 * three monitorings of their grid with their checks — day 6 with its current slot waiting, day 14, and
 * one started this morning — each record one the rules would accept; worker2 and volunteer1 see none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStoredRecord } from '../../src/domain/entities/stored-record-schemas';
import { checkInPeriod, MONITORING_TIME_ZONE, scheduleOf } from '../../src/domain/monitoring/monitoring-rules';
import { monitoringStatus } from '../../src/domain/monitoring/monitoring-schedule';
import { seedDemoMonitoring } from '../../src/server/seed/demo-monitoring';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let server: TestServer;
const NOW = Date.now();

beforeAll(async () => {
  server = await startTestServer();
  const worker1 = server.demo.users.find((user) => user.username === 'worker1')!;
  expect(await seedDemoMonitoring(server.db, worker1.id, NOW)).toBeGreaterThan(3);
});
afterAll(async () => {
  await server?.close();
});

const pulled = async (username: string, entity: string) => {
  const { changes } = await (await server.api(username)).pullAll();
  return changes.filter((change) => change.entity === entity).map((change) => change.data);
};

describe('demo home monitoring', () => {
  it('gives worker1 three monitorings on days 6, 14 and 1, checked every past slot, within their periods', async () => {
    const monitorings = (await pulled('worker1', 'home_monitoring')).map((data) => parseStoredRecord('home_monitoring', data));
    const checks = (await pulled('worker1', 'monitoring_check')).map((data) => parseStoredRecord('monitoring_check', data));
    expect(monitorings.every((m) => m.ok) && checks.every((c) => c.ok)).toBe(true);
    const days: number[] = [];
    for (const parsed of monitorings) {
      if (!parsed.ok) continue;
      const m = parsed.record;
      const own = checks.flatMap((c) => (c.ok && c.record.monitoringId === m.id ? [c.record] : []));
      for (const check of own) expect(checkInPeriod(m, check.checkedAt)).toBe(true);
      const status = monitoringStatus(scheduleOf(m), own, NOW, MONITORING_TIME_ZONE);
      days.push(status.day);
      // Every slot before today is checked: nothing missed in the last 24 hours but today's.
      expect(status.missedLast24h).toBeLessThanOrEqual(1);
    }
    expect(days.sort((a, b) => a - b)).toEqual([1, 6, 14]);
  });

  it('shows none of it to worker2 or volunteer1', async () => {
    expect(await pulled('worker2', 'home_monitoring')).toEqual([]);
    expect(await pulled('volunteer1', 'home_monitoring')).toEqual([]);
    expect(await pulled('volunteer1', 'monitoring_check')).toEqual([]);
  });
});
