import { describe, expect, it } from 'vitest';
import { addDays, latestDateAnywhere, localDateOf, localDay, parseIsoDate, todayIn } from '../../../src/shared/local-date';

describe('local dates', () => {
  it('knows it is already the 26th in Beijing at 00:30 local time while UTC is still on the 25th', () => {
    const now = Date.UTC(2026, 10, 25, 16, 30); // 00:30 on 26 November in China
    expect(todayIn('Asia/Shanghai', new Date(now))).toBe('2026-11-26');
    expect(latestDateAnywhere(now)).toBe('2026-11-26');
  });

  it('never allows a date two days ahead', () => {
    const now = Date.UTC(2026, 10, 25, 23, 59);
    expect(latestDateAnywhere(now)).toBe('2026-11-26');
  });

  it('turns to the next date at midnight in UTC+14, back and forth, whatever it answered before', () => {
    const midnight = Date.UTC(2026, 10, 25, 10, 0); // 00:00 on 26 November in UTC+14
    expect(latestDateAnywhere(midnight - 1)).toBe('2026-11-25');
    expect(latestDateAnywhere(midnight)).toBe('2026-11-26');
    expect(latestDateAnywhere(midnight - 1)).toBe('2026-11-25');
    expect(latestDateAnywhere(midnight + 86_400_000)).toBe('2026-11-27');
  });

  it('parses real calendar dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2026-04-31')).toBeNull();
    expect(parseIsoDate('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parseIsoDate('2023-2-1')).toBeNull();
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it("tells whether a timestamp written with any offset falls on the phone's day", () => {
    const morning = new Date(2026, 10, 25, 0, 5); // 00:05 local time
    const day = localDay(localDateOf(morning));
    expect(localDateOf(morning)).toBe('2026-11-25');
    expect(day.includes(morning.toISOString())).toBe(true);
    expect(day.includes(new Date(2026, 10, 25, 23, 59).toISOString())).toBe(true);
    expect(day.includes(new Date(2026, 10, 24, 23, 59).toISOString())).toBe(false);
    expect(day.includes(new Date(2026, 10, 26, 0, 0).toISOString())).toBe(false);
    expect(day.includes('not a time')).toBe(false);
    // The index bounds hold every spelling of the day's moments, whatever their offset.
    for (const stamp of ['2026-11-25T00:05:00+08:00', '2026-11-24T16:05:00.000Z', '2026-11-25T23:00:00-10:00']) {
      expect(stamp >= day.lower && stamp <= day.upper).toBe(true);
    }
  });
});
