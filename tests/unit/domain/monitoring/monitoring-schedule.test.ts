import { describe, expect, it } from 'vitest';
import {
  instantAt,
  lastDateOf,
  localParts,
  monitoringStatus,
  slotOf,
  type MonitoringSchedule,
  type MonitoringStatus,
} from '../../../../src/domain/monitoring/monitoring-schedule';

const NEW_YORK = 'America/New_York';

/** Started on 20 November 2026 at 15:00 in China, 14 days, morning and afternoon checks. */
const schedule: MonitoringSchedule = {
  startDate: '2026-11-20',
  startedAt: '2026-11-20T15:00:00+08:00',
  days: 14,
  checksPerDay: 2,
  extensionDays: 0,
};

function statusAt(now: string, checks: readonly string[] = [], changes: Partial<MonitoringSchedule> = {}, timeZone?: string): MonitoringStatus {
  return monitoringStatus({ ...schedule, ...changes }, checks.map((checkedAt) => ({ checkedAt })), new Date(now), timeZone);
}

describe('local time in the community time zone', () => {
  it('splits the day at local midnight and local noon', () => {
    expect(localParts('2026-11-20T23:59:00+08:00')).toEqual({ date: '2026-11-20', minutes: 23 * 60 + 59 });
    expect(localParts('2026-11-21T00:00:00+08:00')).toEqual({ date: '2026-11-21', minutes: 0 });
    expect(slotOf('2026-11-21T11:59:00+08:00', 2)).toEqual({ date: '2026-11-21', index: 0, part: 'morning' });
    expect(slotOf('2026-11-21T12:00:00+08:00', 2)).toEqual({ date: '2026-11-21', index: 1, part: 'afternoon' });
    expect(slotOf('2026-11-21T12:00:00+08:00', 1)).toEqual({ date: '2026-11-21', index: 0, part: 'day' });
  });

  it('reads the date in Shanghai, not in the machine time zone (00:30 in China is still the day before in UTC)', () => {
    // process.env.TZ is left as the machine has it; this instant is 2026-11-20T16:30Z.
    expect(localParts(Date.parse('2026-11-21T00:30:00+08:00')).date).toBe('2026-11-21');
    const status = statusAt('2026-11-21T00:30:00+08:00', [], { startDate: '2026-11-21', startedAt: '2026-11-20T20:00:00+08:00' });
    expect(status.phase).toBe('active');
    expect(status.day).toBe(1);
    expect(status.current).toEqual({ date: '2026-11-21', index: 0, part: 'morning', done: false });
  });

  it('reads the same instant on different dates in Shanghai and New York', () => {
    const instant = '2026-11-21T12:30:00+08:00'; // 23:30 on 20 November in New York
    expect(slotOf(instant, 2).date).toBe('2026-11-21');
    expect(slotOf(instant, 2, NEW_YORK)).toEqual({ date: '2026-11-20', index: 1, part: 'afternoon' });
    const changes = { startDate: '2026-11-21', startedAt: '2026-11-20T20:00:00+08:00' };
    const morning = '2026-11-21T08:00:00+08:00';
    expect(statusAt(morning, [], changes)).toMatchObject({ phase: 'active', day: 1, due: true });
    expect(statusAt(morning, [], changes, NEW_YORK)).toMatchObject({ phase: 'not_started', day: 0, due: false, current: null });
  });
});

describe('a start in the afternoon', () => {
  it('owes no check before it starts', () => {
    expect(statusAt('2026-11-19T20:00:00+08:00')).toMatchObject({ phase: 'not_started', day: 0, current: null, due: false });
    // The morning of the first day had passed when monitoring started: it is not owed.
    expect(statusAt('2026-11-20T11:00:00+08:00')).toMatchObject({ phase: 'not_started', due: false, overdue: [] });
  });

  it('is due at once in the afternoon, with no overdue morning', () => {
    const status = statusAt('2026-11-20T15:00:00+08:00');
    expect(status).toMatchObject({ phase: 'active', day: 1, total: 14, due: true, overdue: [], missedLast24h: 0 });
    expect(status.current).toEqual({ date: '2026-11-20', index: 1, part: 'afternoon', done: false });
  });

  it('is not due after the afternoon check, due again the next morning, and the missed morning is overdue after noon', () => {
    const checks = ['2026-11-20T15:30:00+08:00'];
    expect(statusAt('2026-11-20T16:00:00+08:00', checks)).toMatchObject({ due: false, overdue: [], lastCheckAt: checks[0] });
    expect(statusAt('2026-11-20T16:00:00+08:00', checks).current?.done).toBe(true);

    const nextMorning = statusAt('2026-11-21T08:00:00+08:00', checks);
    expect(nextMorning).toMatchObject({ day: 2, due: true, overdue: [], missedLast24h: 0 });
    expect(nextMorning.current).toMatchObject({ date: '2026-11-21', part: 'morning' });

    const afterNoon = statusAt('2026-11-21T12:30:00+08:00', checks);
    expect(afterNoon.due).toBe(true);
    expect(afterNoon.current).toMatchObject({ date: '2026-11-21', part: 'afternoon' });
    expect(afterNoon.overdue).toEqual([{ date: '2026-11-21', index: 0, part: 'morning' }]);
    expect(afterNoon.missedLast24h).toBe(1);
  });

  it('moves to the next day at local midnight: a check at 23:59 does not count for the next morning', () => {
    const checks = ['2026-11-20T23:59:00+08:00'];
    expect(statusAt('2026-11-20T23:59:30+08:00', checks)).toMatchObject({ day: 1, due: false });
    const midnight = statusAt('2026-11-21T00:00:00+08:00', checks);
    expect(midnight).toMatchObject({ day: 2, due: true });
    expect(midnight.current).toMatchObject({ date: '2026-11-21', part: 'morning', done: false });
  });

  it('moves to the afternoon at local noon: a check at 11:59 does not count for the afternoon', () => {
    const checks = ['2026-11-21T11:59:00+08:00'];
    expect(statusAt('2026-11-21T11:59:30+08:00', checks)).toMatchObject({ due: false, overdue: [] });
    expect(statusAt('2026-11-21T12:00:00+08:00', checks)).toMatchObject({ due: true, overdue: [] });
  });
});

describe('checks', () => {
  it('ignores a check outside the period and one in a slot before the start', () => {
    const checks = ['2026-11-19T16:00:00+08:00', '2026-11-20T10:00:00+08:00'];
    const status = statusAt('2026-11-20T16:00:00+08:00', checks);
    expect(status.due).toBe(true);
    expect(status.lastCheckAt).toBe('2026-11-20T10:00:00+08:00');
  });

  it('counts two checks in one slot once', () => {
    const checks = ['2026-11-21T08:00:00+08:00', '2026-11-21T09:00:00+08:00'];
    expect(statusAt('2026-11-21T13:00:00+08:00', checks)).toMatchObject({ due: true, overdue: [] });
    // The second check does not stand in for the afternoon of the 21st, which had none of its own.
    expect(statusAt('2026-11-22T08:00:00+08:00', checks).missedLast24h).toBe(1);
  });

  it('counts the missed checks of the last 24 hours across midnight', () => {
    // Owed and missed: the afternoon of the 20th (ended at 00:00 on the 21st), then the 21st morning and afternoon.
    expect(statusAt('2026-11-21T23:59:00+08:00').missedLast24h).toBe(2);
    expect(statusAt('2026-11-22T00:00:00+08:00').missedLast24h).toBe(2);
    expect(statusAt('2026-11-22T00:30:00+08:00', ['2026-11-21T20:00:00+08:00']).missedLast24h).toBe(1);
  });

  it('gives the latest check time whatever the order and offset the checks are written with', () => {
    const checks = ['2026-11-21T09:00:00+08:00', '2026-11-21T02:00:00Z', '2026-11-20T16:00:00+08:00'];
    expect(statusAt('2026-11-21T13:00:00+08:00', checks).lastCheckAt).toBe('2026-11-21T02:00:00Z');
    expect(statusAt('2026-11-21T13:00:00+08:00').lastCheckAt).toBeNull();
  });
});

describe('one check a day', () => {
  const daily = { checksPerDay: 1 } as const;

  it('owes the whole day of a start in the afternoon, then each day', () => {
    const start = statusAt('2026-11-20T15:00:00+08:00', [], daily);
    expect(start).toMatchObject({ phase: 'active', due: true });
    expect(start.current).toEqual({ date: '2026-11-20', index: 0, part: 'day', done: false });
    expect(statusAt('2026-11-20T23:59:00+08:00', ['2026-11-20T20:00:00+08:00'], daily).due).toBe(false);
    // A morning check covers the afternoon too, and noon starts no new slot.
    expect(statusAt('2026-11-21T12:30:00+08:00', ['2026-11-21T08:00:00+08:00'], daily)).toMatchObject({ due: false, overdue: [] });
  });

  it('counts a missed day in the last 24 hours but never as overdue of today', () => {
    const status = statusAt('2026-11-21T08:00:00+08:00', [], daily);
    expect(status).toMatchObject({ due: true, overdue: [], missedLast24h: 1 });
  });
});

describe('the period', () => {
  it('counts Day 1 of 14 to Day 14 of 14, then is past its end', () => {
    expect(lastDateOf(schedule)).toBe('2026-12-03');
    expect(statusAt('2026-11-20T15:00:00+08:00')).toMatchObject({ day: 1, total: 14, lastDate: '2026-12-03' });
    expect(statusAt('2026-11-26T09:00:00+08:00').day).toBe(7);
    expect(statusAt('2026-12-03T23:59:00+08:00')).toMatchObject({ phase: 'active', day: 14, due: true });
    const after = statusAt('2026-12-04T09:00:00+08:00');
    expect(after).toMatchObject({ phase: 'past_end', day: 14, current: null, due: false, overdue: [] });
  });

  it('runs three more days with an extension of three', () => {
    const extended = { extensionDays: 3 };
    expect(lastDateOf({ ...schedule, ...extended })).toBe('2026-12-06');
    const day15 = statusAt('2026-12-04T09:00:00+08:00', [], extended);
    expect(day15).toMatchObject({ phase: 'active', day: 15, total: 17, lastDate: '2026-12-06', due: true });
    expect(statusAt('2026-12-06T13:00:00+08:00', [], extended)).toMatchObject({ day: 17, due: true });
    expect(statusAt('2026-12-07T09:00:00+08:00', [], extended).phase).toBe('past_end');
  });

  it('owes nothing once ended early, even on the day it ended', () => {
    const ended = { endedOn: '2026-11-25' };
    for (const now of ['2026-11-25T13:00:00+08:00', '2026-11-26T09:00:00+08:00']) {
      const status = statusAt(now, ['2026-11-24T09:00:00+08:00'], ended);
      expect(status).toMatchObject({ phase: 'ended', day: 6, current: null, due: false, overdue: [], missedLast24h: 0, releasable: false });
      expect(status.lastCheckAt).toBe('2026-11-24T09:00:00+08:00');
    }
  });
});

describe('release', () => {
  it('is offered on the last day only once the check of the current slot is made', () => {
    expect(statusAt('2026-12-02T09:00:00+08:00', ['2026-12-02T08:30:00+08:00']).releasable).toBe(false);
    expect(statusAt('2026-12-03T09:00:00+08:00').releasable).toBe(false);
    const morning = ['2026-12-03T08:30:00+08:00'];
    expect(statusAt('2026-12-03T09:00:00+08:00', morning).releasable).toBe(true);
    expect(statusAt('2026-12-03T13:00:00+08:00', morning).releasable).toBe(false);
    expect(statusAt('2026-12-03T13:00:00+08:00', [...morning, '2026-12-03T12:40:00+08:00']).releasable).toBe(true);
  });

  it('is offered past the end even when the last check was missed, which still counts as missed', () => {
    expect(statusAt('2026-12-04T09:00:00+08:00', ['2026-12-03T08:30:00+08:00'])).toMatchObject({ releasable: true, missedLast24h: 1 });
  });

  it('is not offered on a last day extended away', () => {
    expect(statusAt('2026-12-03T09:00:00+08:00', ['2026-12-03T08:30:00+08:00'], { extensionDays: 2 }).releasable).toBe(false);
  });
});

describe('daylight saving time', () => {
  const newYork = { startDate: '2026-03-07', startedAt: '2026-03-07T08:00:00-05:00' };

  it('splits the spring-forward day of 8 March 2026 at local noon (EDT)', () => {
    expect(instantAt('2026-03-08', 0, NEW_YORK)).toBe(Date.parse('2026-03-08T00:00:00-05:00'));
    expect(instantAt('2026-03-08', 12 * 60, NEW_YORK)).toBe(Date.parse('2026-03-08T12:00:00-04:00'));
    expect(slotOf('2026-03-08T11:59:00-04:00', 2, NEW_YORK).part).toBe('morning');
    // 11:30 in EST is 12:30 on the clock that day.
    expect(slotOf('2026-03-08T11:30:00-05:00', 2, NEW_YORK).part).toBe('afternoon');
    const status = statusAt('2026-03-08T13:00:00-04:00', ['2026-03-08T11:30:00-05:00'], newYork, NEW_YORK);
    expect(status).toMatchObject({ day: 2, due: false, overdue: [{ date: '2026-03-08', index: 0, part: 'morning' }] });
    // The day had 23 hours: 24 hours before 00:30 on the 9th, the afternoon of the 7th had not yet ended.
    expect(statusAt('2026-03-09T00:30:00-04:00', [], newYork, NEW_YORK).missedLast24h).toBe(3);
  });

  it('finds local midnight and noon when the offset changes within hours of them (Sydney, 5 April 2026)', () => {
    // Daylight time (+11) ends at 03:00 that morning: midnight is still +11, noon is +10.
    expect(instantAt('2026-04-05', 0, 'Australia/Sydney')).toBe(Date.parse('2026-04-05T00:00:00+11:00'));
    expect(instantAt('2026-04-05', 12 * 60, 'Australia/Sydney')).toBe(Date.parse('2026-04-05T12:00:00+10:00'));
  });

  it('splits the fall-back day of 1 November 2026 at local noon (EST)', () => {
    const fall = { startDate: '2026-10-31', startedAt: '2026-10-31T08:00:00-04:00' };
    expect(instantAt('2026-11-01', 12 * 60, NEW_YORK)).toBe(Date.parse('2026-11-01T12:00:00-05:00'));
    // 11:30 in EDT is 10:30 on the clock that day.
    expect(slotOf('2026-11-01T11:30:00-04:00', 2, NEW_YORK).part).toBe('morning');
    expect(slotOf('2026-11-01T11:59:00-05:00', 2, NEW_YORK).part).toBe('morning');
    expect(slotOf('2026-11-01T12:00:00-05:00', 2, NEW_YORK).part).toBe('afternoon');
    const morning = statusAt('2026-11-01T11:30:00-04:00', ['2026-11-01T11:00:00-04:00'], fall, NEW_YORK);
    expect(morning.current).toMatchObject({ date: '2026-11-01', part: 'morning', done: true });
    // The day had 25 hours: at 23:30 the afternoon of 31 October ended 24.5 hours before.
    expect(statusAt('2026-11-01T23:30:00-05:00', [], fall, NEW_YORK).missedLast24h).toBe(1);
  });
});
