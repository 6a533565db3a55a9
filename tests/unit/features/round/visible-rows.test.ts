import { describe, expect, it } from 'vitest';
import { rowOffsets, rowsAround, visibleRows } from '../../../../src/features/round/visible-rows';

const offsets = rowOffsets(Array.from({ length: 100 }, () => 50)); // 100 rows of 50 px: 5,000 px

describe('rowOffsets', () => {
  it('gives each row its top and the total height last', () => {
    expect(rowOffsets([10, 20, 30])).toEqual([0, 10, 30, 60]);
    expect(rowOffsets([])).toEqual([0]);
  });
});

describe('visibleRows', () => {
  it('renders the rows in the viewport plus the overscan, not the whole list', () => {
    // Viewport 0–400 px covers rows 0–7; 3 rows of overscan below.
    expect(visibleRows(0, 400, offsets, 3)).toEqual({ start: 0, end: 11 });
  });

  it('follows the scroll position, with overscan on both sides', () => {
    // 2,000–2,400 px: rows 40–47.
    expect(visibleRows(2000, 400, offsets, 3)).toEqual({ start: 37, end: 51 });
    // Partly visible rows count: 2,025–2,425 px touches rows 40–48.
    expect(visibleRows(2025, 400, offsets, 0)).toEqual({ start: 40, end: 49 });
  });

  it('clamps at the end of the list', () => {
    expect(visibleRows(4800, 400, offsets, 3)).toEqual({ start: 93, end: 100 });
  });

  it('keeps a few rows while the list is still below the fold or scrolled past', () => {
    expect(visibleRows(-900, 400, offsets, 3)).toEqual({ start: 0, end: 3 });
    expect(visibleRows(9000, 400, offsets, 3)).toEqual({ start: 97, end: 100 });
  });

  it('handles a list that starts part way down the viewport', () => {
    // The list's top is 300 px below the top of an 800 px viewport: rows 0–9 show.
    expect(visibleRows(-300, 800, offsets, 2)).toEqual({ start: 0, end: 12 });
  });

  it('handles rows of different heights', () => {
    const mixed = rowOffsets([100, 10, 10, 10, 100, 100]); // tops 0,100,110,120,130,230; total 330
    expect(visibleRows(105, 20, mixed, 0)).toEqual({ start: 1, end: 4 }); // 105–125 px: rows 1, 2 and 3
    expect(visibleRows(105, 10, mixed, 0)).toEqual({ start: 1, end: 3 }); // 105–115 px: rows 1 and 2
    expect(visibleRows(200, 100, mixed, 0)).toEqual({ start: 4, end: 6 });
  });

  it('is empty for an empty list', () => {
    expect(visibleRows(0, 400, rowOffsets([]), 3)).toEqual({ start: 0, end: 0 });
  });
});

describe('rowsAround', () => {
  it('puts a far row and its neighbours in range, within the list', () => {
    expect(rowsAround(90, 100, 5)).toEqual({ start: 85, end: 96 });
    expect(rowsAround(99, 100, 5)).toEqual({ start: 94, end: 100 });
    expect(rowsAround(0, 100, 5)).toEqual({ start: 0, end: 6 });
  });
});
