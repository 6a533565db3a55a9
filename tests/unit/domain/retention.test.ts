/** The retention window's rules (issue 18), shared by the server's setting and the phone's purge. */
import { describe, expect, it } from 'vitest';
import { isPastRetention, movedOutLongAgo, retentionCutoff, retentionWindow } from '../../../src/domain/retention';

describe('the retention window', () => {
  it("is the server's when usable, else 30 days", () => {
    expect(retentionWindow(7)).toBe(7);
    expect(retentionWindow(undefined)).toBe(30);
    expect(retentionWindow(0)).toBe(30);
    expect(retentionWindow(2.5)).toBe(30);
    expect(retentionWindow(5000)).toBe(365);
  });

  it('judges a time by its instant, whatever offset it was written with', () => {
    const cutoff = retentionCutoff(Date.parse('2026-11-30T00:00:00Z'), 30);
    expect(isPastRetention('2026-10-31T07:59:00+08:00', cutoff)).toBe(true);
    expect(isPastRetention('2026-10-31T08:01:00+08:00', cutoff)).toBe(false);
    expect(isPastRetention('2026-10-30T13:59:00-10:00', cutoff)).toBe(true);
    expect(isPastRetention('not a time', cutoff)).toBe(false);
    // Every time before the cutoff sorts below the index bound, even written 14 hours ahead of UTC.
    expect('2026-10-31T13:59:00+14:00' < cutoff.indexBelow).toBe(true);
  });

  it('keeps a resident who moved out for 30 days after the move-out date', () => {
    expect(movedOutLongAgo('2026-10-31', '2026-11-30')).toBe(false);
    expect(movedOutLongAgo('2026-10-30', '2026-11-30')).toBe(true);
    expect(movedOutLongAgo(undefined, '2026-11-30')).toBe(false);
    expect(movedOutLongAgo('garbage', '2026-11-30')).toBe(false);
  });
});
