import { describe, expect, it } from 'vitest';
import { LEDGER_HEADER_KEYS, LEDGER_REGISTER_KEYS, LEDGER_VALUE_KEYS } from '../../../../src/domain/ledger/ledger-keys';
import { cellMatchesKind, dateCell, displayWidth, fitColumns, MAX_WIDTH, MIN_WIDTH, wallClockCell } from '../../../../src/domain/ledger/ledger-sheet';

describe('fitColumns', () => {
  it('fits each column to its widest cell or translated header, Chinese characters counting two', () => {
    const columns = fitColumns(
      [
        { key: 'name', kind: 'text' },
        { key: 'idNumber', kind: 'text' },
        { key: 'age', kind: 'number' },
        { key: 'date', kind: 'date' },
      ],
      [
        ['欧阳娜娜', '110102199001011234', 36, new Date(Date.UTC(2026, 10, 25))],
        [null, null, 7, null],
      ],
      (key) => (key === 'ledger:columns.age' ? '年龄（周岁）' : '姓名'),
    );
    expect(columns.map((c) => [c.key, c.width])).toEqual([
      ['name', 8 + 2],
      ['idNumber', 18 + 2],
      ['age', 12 + 2],
      ['date', 10 + 2],
    ]);
    expect(columns[1]?.header).toBe('ledger:columns.idNumber');
  });

  it('keeps widths between the minimum and the cap', () => {
    const [narrow, wide] = fitColumns(
      [
        { key: 'unit', kind: 'text' },
        { key: 'note', kind: 'text' },
      ],
      [['2', '很长的备注'.repeat(30)]],
    );
    expect(narrow?.width).toBe(MIN_WIDTH);
    expect(wide?.width).toBe(MAX_WIDTH);
  });

  it('measures full-width text as two per character', () => {
    expect(displayWidth('3号楼-2-501')).toBe(11);
    expect(displayWidth('ＡＢ')).toBe(4);
  });
});

describe('cellMatchesKind', () => {
  it('allows only strings in text columns, so an ID number cannot be a number there', () => {
    expect(cellMatchesKind('110102199001011234', 'text')).toBe(true);
    expect(cellMatchesKind(Number('110102199001011234'), 'text')).toBe(false);
    expect(cellMatchesKind(36.6, 'temperature')).toBe(true);
    expect(cellMatchesKind('36.6', 'temperature')).toBe(false);
    expect(cellMatchesKind(new Date(Date.UTC(2026, 10, 25)), 'date')).toBe(true);
    expect(cellMatchesKind('2026-11-25', 'date')).toBe(false);
    expect(cellMatchesKind(null, 'number')).toBe(true);
  });
});

describe('date cells', () => {
  it('turns a YYYY-MM-DD day into its date at midnight UTC (a wall-clock date), or null', () => {
    expect(dateCell('2026-11-25')).toEqual(new Date(Date.UTC(2026, 10, 25)));
    expect(dateCell('2026-02-30')).toBeNull();
    expect(dateCell(undefined)).toBeNull();
  });

  it('turns a timestamp into the phone’s wall clock', () => {
    const at = new Date(2026, 10, 25, 9, 30, 15);
    expect(wallClockCell(at.toISOString())).toEqual(new Date(Date.UTC(2026, 10, 25, 9, 30, 15)));
    expect(wallClockCell('not a time')).toBeNull();
  });
});

describe('ledger keys', () => {
  it('lists each key once, all in the ledger namespace', () => {
    for (const keys of [LEDGER_HEADER_KEYS, LEDGER_REGISTER_KEYS, LEDGER_VALUE_KEYS]) {
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^ledger:[a-zA-Z]+\.[a-zA-Z_.]+$/);
    }
    expect(LEDGER_HEADER_KEYS).toContain('ledger:columns.idNumber');
    expect(LEDGER_VALUE_KEYS).toContain('ledger:values.tags.elderly_alone');
  });
});
