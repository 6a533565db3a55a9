import { describe, expect, it } from 'vitest';
import { latestDateAnywhere, parseIsoDate, todayIn } from '../../../src/shared/local-date';

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

  it('parses real calendar dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2023-2-1')).toBeNull();
  });
});
