/**
 * Picking a spreadsheet to import: the file field, "Reading…" or why the file could not be read, the
 * sheet to read when it has several, and which row was taken for the header, for the caller's
 * useSheetImport. Words come from the caller.
 */
import type { SpreadsheetErrorCode } from '../spreadsheet/read-spreadsheet';
import { Banner } from './banner';
import type { useSheetImport } from './use-sheet-import';

export interface SpreadsheetPickWords {
  file: string;
  reading: (name: string) => string;
  failed: (code: SpreadsheetErrorCode, name: string) => string;
  sheet: string;
  headerRow: (row: number, sheet: string) => string;
}

/** What the fields show and change of a useSheetImport: the file read, its sheets, the layout found, the handlers. */
export type SheetPick = Pick<ReturnType<typeof useSheetImport>, 'file' | 'sheets' | 'layout' | 'onPick' | 'onSheet'>;

export interface SpreadsheetPickFieldsProps {
  words: SpreadsheetPickWords;
  pick: SheetPick;
  disabled: boolean;
}

export function SpreadsheetPickFields({ words, pick, disabled }: SpreadsheetPickFieldsProps) {
  const { file, sheets, layout, onPick, onSheet } = pick;
  const sheet = sheets && layout ? sheets[layout.sheetIndex] : undefined;
  return (
    <>
      <label className="gw-field">
        <span className="gw-field__label">{words.file}</span>
        <input
          className="gw-field__input"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={onPick}
          disabled={disabled}
        />
      </label>
      {file.phase === 'reading' ? <p className="gw-loading">{words.reading(file.name)}</p> : null}
      {file.phase === 'failed' ? <Banner tone="error">{words.failed(file.code, file.name)}</Banner> : null}
      {sheets && sheets.length > 1 && layout ? (
        <label className="gw-field">
          <span className="gw-field__label">{words.sheet}</span>
          <select className="gw-field__input" value={layout.sheetIndex} onChange={(event) => onSheet(Number(event.target.value))} disabled={disabled}>
            {sheets.map((s, index) => (
              <option key={index} value={index}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {sheet && layout ? <p className="gw-hint">{words.headerRow(layout.headerIndex + 1, sheet.name)}</p> : null}
    </>
  );
}
