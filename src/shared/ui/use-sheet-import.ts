/**
 * The state of importing a spreadsheet for a set of fields (the roster, the lab's results): the picked
 * file read into sheets, the sheet and header row (found, or the sheet chosen by hand), and the columns
 * re-matched by hand over the header's own match. A new file forgets the choices and calls `onNewFile`.
 */
import { useCallback, useMemo, useState, type ChangeEvent } from 'react';
import type { SheetFields } from '../spreadsheet/header-match';
import { findSheetLayout, layoutOfSheetIn } from '../spreadsheet/sheet-layout';
import { useSpreadsheetFile } from './use-spreadsheet-file';

export function useSheetImport<F extends string>(set: SheetFields<F>, onNewFile: () => void) {
  const { file, pick } = useSpreadsheetFile();
  const [sheetIndex, setSheetIndex] = useState<number | null>(null);
  const [changes, setChanges] = useState<Partial<Record<F, number | null>>>({});
  const sheets = file.phase === 'read' ? file.sheets : null;
  const layout = useMemo(() => {
    if (!sheets) return null;
    if (sheetIndex !== null) return layoutOfSheetIn(set, sheets, sheetIndex);
    return findSheetLayout(set, sheets) ?? layoutOfSheetIn(set, sheets, 0);
  }, [set, sheets, sheetIndex]);
  const sheet = sheets && layout ? sheets[layout.sheetIndex] : undefined;

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = '';
    if (!picked) return;
    setSheetIndex(null);
    setChanges({});
    onNewFile();
    void pick(picked);
  };
  const onMapping = useCallback((field: F, column: number | null) => setChanges((current) => ({ ...current, [field]: column })), []);
  return { file, sheets, layout, sheet, changes, onPick, onSheet: setSheetIndex, onMapping };
}
