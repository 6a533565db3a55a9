/**
 * Windowing for long lists of rows of known height: which rows are near the viewport, so a
 * building of 2,000 households renders a screenful of floors instead of all of them.
 */

/** Where each row starts: offsets[i] is the top of row i, offsets[n] the total height. */
export function rowOffsets(heights: readonly number[]): number[] {
  const offsets = [0];
  let top = 0;
  for (const height of heights) {
    top += Math.max(0, height);
    offsets.push(top);
  }
  return offsets;
}

export interface RowRange {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** The last row whose top is at or above `y` (0 when y is above everything). */
function rowAt(offsets: readonly number[], y: number): number {
  const rows = offsets.length - 1;
  let low = 0;
  let high = rows - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((offsets[middle] ?? 0) <= y) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/**
 * The rows that intersect [scrollTop, scrollTop + viewportHeight) in the list's own coordinates,
 * widened by `overscan` rows on each side. `scrollTop` may be negative (list still below the
 * fold) or beyond the end (list scrolled past): the range is then clamped, possibly empty.
 */
export function visibleRows(scrollTop: number, viewportHeight: number, offsets: readonly number[], overscan: number): RowRange {
  const rows = offsets.length - 1;
  if (rows <= 0) return { start: 0, end: 0 };
  const total = offsets[rows] ?? 0;
  const top = Math.max(0, scrollTop);
  const bottom = Math.min(total, scrollTop + Math.max(0, viewportHeight));
  if (bottom <= 0 || top >= total) {
    // Off screen: keep a few rows at the near edge so the first paint is never empty.
    const edge = top >= total ? rows : 0;
    return { start: Math.max(0, edge - overscan), end: Math.min(rows, edge + overscan) };
  }
  const first = rowAt(offsets, top);
  const last = rowAt(offsets, Math.max(top, bottom - 1e-6));
  return { start: Math.max(0, first - overscan), end: Math.min(rows, last + 1 + overscan) };
}

/** The rows around one row, for jumping straight to it before the page has scrolled there. */
export function rowsAround(index: number, rowCount: number, span: number): RowRange {
  const start = Math.max(0, Math.min(index, rowCount) - span);
  return { start, end: Math.min(rowCount, Math.max(index, 0) + span + 1) };
}
