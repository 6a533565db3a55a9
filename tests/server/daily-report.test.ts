import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, type ApiClient } from '../fixtures/server-client';

let server: TestServer;
const clients: Record<string, ApiClient> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'worker2', 'secretary1', 'volunteer1']) {
    clients[username] = await server.api(username, `device-${username}`);
  }
});
afterAll(async () => {
  await server?.close();
});

const grid = (i: number) => server.demo.gridIds[i]!;

function aDailyReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gridId: grid(0),
    date: '2026-11-02',
    counts: { doorsKnocked: 40, visited: 31, notHome: 7, refused: 2, residentsChecked: 66, feversFound: 0, feversReported: 0 },
    confirmedAt: '2026-11-02T11:30:00.000Z',
    ...overrides,
  };
}

describe('daily report', () => {
  it('is applied once per worker, grid and day: a second one with a new id is ALREADY_EXISTS and not stored', async () => {
    const first = createOf('daily_report', aDailyReport({ date: '2026-11-03' }));
    expect((await clients.worker1!.push([first])).body.results[0]).toMatchObject({ status: 'applied', version: 1 });

    const second = createOf('daily_report', aDailyReport({ date: '2026-11-03', confirmedAt: '2026-11-03T12:00:00.000Z' }));
    const res = await clients.worker1!.push([second]);
    expect(res.body.results[0]).toMatchObject({ mutationId: second.mutationId, status: 'rejected', error: { code: 'ALREADY_EXISTS' } });
    expect(await findRecord(server.db, second.id)).toBeNull();

    // Nothing of the rejected mutation was recorded: the next day still goes through.
    const nextDay = createOf('daily_report', aDailyReport({ date: '2026-11-04' }));
    expect((await clients.worker1!.push([nextDay])).body.results[0]!.status).toBe('applied');
  });

  it('applies exactly one of two reports for the same day pushed at the same time from two phones', async () => {
    const reports = [0, 1].map((i) => createOf('daily_report', aDailyReport({ date: '2026-11-10', confirmedAt: `2026-11-10T1${i}:00:00.000Z` })));
    const phones = await Promise.all([0, 1].map((i) => server.api('worker1', `phone-${i}`)));
    const results = await Promise.all(reports.map((m, i) => phones[i]!.push([m])));
    const outcomes = results.map((r) => r.body.results[0]!);
    expect(outcomes.map((r) => r.status).sort()).toEqual(['applied', 'rejected']);
    expect(outcomes.find((r) => r.status === 'rejected')?.error).toMatchObject({ code: 'ALREADY_EXISTS' });
  });

  it('answers a resend of the same mutation as a duplicate', async () => {
    const report = createOf('daily_report', aDailyReport({ date: '2026-11-05' }));
    expect((await clients.worker1!.push([report])).body.results[0]!.status).toBe('applied');
    expect((await clients.worker1!.push([report])).body.results[0]).toMatchObject({ status: 'duplicate', version: 1 });
  });

  it('refuses a report for a grid that is not the worker’s (FORBIDDEN) and one for an unknown grid (NOT_FOUND)', async () => {
    const other = createOf('daily_report', aDailyReport({ gridId: grid(1), date: '2026-11-06' }));
    const unknown = createOf('daily_report', aDailyReport({ gridId: '0190a000-0000-7000-8000-0000000000aa', date: '2026-11-06' }));
    const res = await clients.worker1!.push([other, unknown]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN' } });
    expect(res.body.results[1]).toMatchObject({ status: 'rejected', error: { code: 'NOT_FOUND' } });
  });

  it('rejects counts that do not add up with the field and its key', async () => {
    const counts = { doorsKnocked: 10, visited: 5, notHome: 2, refused: 1, residentsChecked: 9, feversFound: 0, feversReported: 0 };
    const bad = createOf('daily_report', aDailyReport({ date: '2026-11-07', counts }));
    const res = await clients.worker1!.push([bad]);
    expect(res.body.results[0]).toMatchObject({
      status: 'rejected',
      error: { code: 'VALIDATION', fields: { counts: 'counts_inconsistent' } },
    });
  });

  it('lets two workers each close the same day, and a volunteer none', async () => {
    const ownOfWorker2 = createOf('daily_report', aDailyReport({ gridId: grid(1), date: '2026-11-08' }));
    expect((await clients.worker2!.push([ownOfWorker2])).body.results[0]!.status).toBe('applied');
    const byVolunteer = createOf('daily_report', aDailyReport({ date: '2026-11-08' }));
    expect((await clients.volunteer1!.push([byVolunteer])).body.results[0]).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('is pulled by the secretary, not by a volunteer', async () => {
    const report = createOf('daily_report', aDailyReport({ date: '2026-11-09' }));
    expect((await clients.worker1!.push([report])).body.results[0]!.status).toBe('applied');

    const secretary = await clients.secretary1!.pullAll();
    expect(secretary.changes.find((c) => c.id === report.id)?.data).toMatchObject({
      gridId: grid(0),
      date: '2026-11-09',
      counts: aDailyReport().counts as Record<string, number>,
      createdBy: expect.any(String),
    });
    const volunteer = await clients.volunteer1!.pullAll();
    expect(volunteer.changes.some((c) => c.entity === 'daily_report')).toBe(false);
  });
});
