/**
 * The lab's rows checked against a campaign on this phone before anything is written: each row is new
 * (its tube has no result yet), updated (a different result than the one standing), unchanged (the
 * same result stands) or wrong, with its reasons (a tube number that is none, a tube no sampling of the
 * campaign names, the same tube twice in the file, a result word, a time). Importing the same file
 * again finds every row unchanged and writes nothing. Pure.
 */
import type { NewRecord } from '../entities/entity-record';
import type { TestResultValue } from '../entities/test-result';
import { timestampProblem } from '../plausible-values';
import type { ResultRow } from './campaign-people';
import type { LabRow, ResultField } from './result-sheet';

/** Why a row cannot be imported (keys of testing:results.errors). */
export type LabRowProblem =
  | 'tube_required'
  | 'tube_invalid'
  | 'tube_unknown'
  | 'tube_twice'
  | 'result_required'
  | 'result_word'
  | 'time_unreadable'
  | 'time_in_future'
  | 'time_too_early'
  | 'older_than_standing';

export interface LabReason {
  key: LabRowProblem;
  field: ResultField;
  /** The tube as written (tube_unknown names it). */
  tube?: string;
  /** tube_twice: the row number of the first row with this tube. */
  firstRow?: number;
}

export type CheckedLabRow =
  | { status: 'new' | 'unchanged'; row: LabRow; tubeNumber: string; result: TestResultValue }
  | { status: 'updated'; row: LabRow; tubeNumber: string; result: TestResultValue; standing: TestResultValue }
  | { status: 'wrong'; row: LabRow; reasons: LabReason[] };

export interface LabCheck {
  rows: CheckedLabRow[];
  totals: { rows: number; new: number; updated: number; unchanged: number; wrong: number };
}

export interface LabCheckInput {
  /** The campaign's tubes on this phone, by tube key (campaignTubes). */
  tubes: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** The result standing for each tube (latestResults). */
  standing: ReadonlyMap<string, Pick<ResultRow, 'result' | 'resultAt'>>;
  /** The checking clock (ms): a time more than a day ahead is refused. */
  now: number;
}

function reasonsOf(row: LabRow, input: LabCheckInput, firstRowOfTube: ReadonlyMap<string, number>): LabReason[] {
  const reasons: LabReason[] = [];
  if (row.tubeText === '') reasons.push({ key: 'tube_required', field: 'tubeNumber' });
  else if (row.tubeNumber === null) reasons.push({ key: 'tube_invalid', field: 'tubeNumber', tube: row.tubeText });
  else if (!input.tubes.has(row.tubeNumber)) reasons.push({ key: 'tube_unknown', field: 'tubeNumber', tube: row.tubeText });
  if (row.tubeNumber !== null) {
    const first = firstRowOfTube.get(row.tubeNumber);
    if (first !== undefined && first !== row.rowNumber) reasons.push({ key: 'tube_twice', field: 'tubeNumber', tube: row.tubeText, firstRow: first });
  }
  if (row.resultText === '') reasons.push({ key: 'result_required', field: 'result' });
  else if (row.result === null) reasons.push({ key: 'result_word', field: 'result' });
  if (row.timeText !== '') {
    const problem = row.resultAt === null ? 'timestamp_invalid' : timestampProblem(row.resultAt, input.now);
    if (problem === 'timestamp_invalid') reasons.push({ key: 'time_unreadable', field: 'resultAt' });
    else if (problem === 'timestamp_in_future') reasons.push({ key: 'time_in_future', field: 'resultAt' });
    else if (problem === 'timestamp_too_early') reasons.push({ key: 'time_too_early', field: 'resultAt' });
  }
  return reasons;
}

export function checkLabRows(rows: readonly LabRow[], input: LabCheckInput): LabCheck {
  const firstRowOfTube = new Map<string, number>();
  for (const row of rows) if (row.tubeNumber !== null && !firstRowOfTube.has(row.tubeNumber)) firstRowOfTube.set(row.tubeNumber, row.rowNumber);
  const totals = { rows: rows.length, new: 0, updated: 0, unchanged: 0, wrong: 0 };
  const checked = rows.map((row): CheckedLabRow => {
    const reasons = reasonsOf(row, input, firstRowOfTube);
    const standing = row.tubeNumber === null ? undefined : input.standing.get(row.tubeNumber);
    if (reasons.length === 0 && standing && row.result !== standing.result && row.resultAt !== null && Date.parse(row.resultAt) < Date.parse(standing.resultAt)) {
      reasons.push({ key: 'older_than_standing', field: 'resultAt' });
    }
    if (reasons.length > 0 || row.tubeNumber === null || row.result === null) {
      totals.wrong += 1;
      return { status: 'wrong', row, reasons };
    }
    if (!standing) {
      totals.new += 1;
      return { status: 'new', row, tubeNumber: row.tubeNumber, result: row.result };
    }
    if (standing.result === row.result) {
      totals.unchanged += 1;
      return { status: 'unchanged', row, tubeNumber: row.tubeNumber, result: row.result };
    }
    totals.updated += 1;
    return { status: 'updated', row, tubeNumber: row.tubeNumber, result: row.result, standing: standing.result };
  });
  return { rows: checked, totals };
}

/** The results to write: one per new or updated row, at the row's time or, without one, `importedAt`. */
export function resultsToWrite(check: LabCheck, campaignId: string, importedAt: string): NewRecord<'test_result'>[] {
  return check.rows.flatMap((checked) =>
    checked.status === 'new' || checked.status === 'updated'
      ? [{ campaignId, tubeNumber: checked.tubeNumber, result: checked.result, resultAt: checked.row.resultAt ?? importedAt }]
      : [],
  );
}
