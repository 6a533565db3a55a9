import { describe, expect, it } from 'vitest';
import { hourRange, shiftAt, shiftEntries, tallyDay, type TalliedEntry } from '../../../../src/domain/checkpoint/shift-tally';
import { localDay } from '../../../../src/shared/local-date';

/** An ISO timestamp for a local time on 25 November 2026, whatever the test machine's time zone. */
function at(hour: number, minute = 0, day = 25): string {
  return new Date(2026, 10, day, hour, minute).toISOString();
}

function entry(id: string, when: string, fields: Partial<TalliedEntry> = {}): TalliedEntry & { id: string } {
  return { id, at: when, direction: 'in', outcome: 'allowed', ...fields };
}

const today = localDay('2026-11-25');

describe('shiftAt', () => {
  it('puts each time in its 8-hour shift on the local clock', () => {
    const night = shiftAt(new Date(2026, 10, 25, 0, 0));
    expect([night.start, night.end, night.startHour, night.endHour]).toEqual([new Date(2026, 10, 25, 0), new Date(2026, 10, 25, 8), 0, 8]);
    expect(shiftAt(new Date(2026, 10, 25, 7, 59)).startHour).toBe(0);
    expect(shiftAt(new Date(2026, 10, 25, 8, 0)).startHour).toBe(8);
    const evening = shiftAt(new Date(2026, 10, 25, 23, 59));
    expect([evening.start, evening.end]).toEqual([new Date(2026, 10, 25, 16), new Date(2026, 10, 26, 0)]);
  });
});

describe('tallyDay', () => {
  it('counts in and out per hour with traffic, earliest hour first', () => {
    const tally = tallyDay(
      [
        entry('a', at(9, 5)),
        entry('b', at(7, 59), { direction: 'out' }),
        entry('c', at(9, 55), { direction: 'out' }),
        entry('d', at(9, 0)),
        entry('e', at(7, 0)),
      ],
      today.includes,
    );
    expect(tally.hours).toEqual([
      { hour: 7, in: 1, out: 1 },
      { hour: 9, in: 2, out: 1 },
    ]);
    expect([tally.totalIn, tally.totalOut]).toEqual([3, 2]);
  });

  it('leaves out voided entries and other days', () => {
    const tally = tallyDay(
      [
        entry('a', at(10)),
        entry('b', at(10), { voidedAt: at(10, 1), outcome: 'refused' }),
        entry('c', at(23, 59, 24)),
        entry('d', at(0, 0, 26), { direction: 'out' }),
        entry('e', 'not a time'),
      ],
      today.includes,
    );
    expect(tally).toEqual({ hours: [{ hour: 10, in: 1, out: 0 }], totalIn: 1, totalOut: 0, refused: 0, referred: 0 });
  });

  it('counts refusals and referrals in both directions', () => {
    const tally = tallyDay(
      [
        entry('a', at(8), { outcome: 'refused' }),
        entry('b', at(8), { outcome: 'referred', direction: 'out' }),
        entry('c', at(12), { outcome: 'referred' }),
        entry('d', at(12)),
      ],
      today.includes,
    );
    expect([tally.refused, tally.referred]).toEqual([1, 2]);
    expect([tally.totalIn, tally.totalOut]).toEqual([3, 1]);
  });
});

describe('shiftEntries', () => {
  it("keeps the shift's entries that were not voided, newest first", () => {
    const shift = shiftAt(new Date(2026, 10, 25, 9, 30));
    const entries = [
      entry('before', at(7, 59)),
      entry('first', at(8, 0)),
      entry('voided', at(9), { voidedAt: at(9, 1) }),
      entry('last', at(15, 59)),
      entry('next shift', at(16, 0)),
      entry('middle', at(11, 30)),
    ];
    expect(shiftEntries(entries, shift).map((e) => e.id)).toEqual(['last', 'middle', 'first']);
  });
});

describe('hourRange', () => {
  it('writes hours as 07:00–08:00, the end of the day as 24:00', () => {
    expect(hourRange(7, 8)).toBe('07:00–08:00');
    expect(hourRange(16, 24)).toBe('16:00–24:00');
  });
});
