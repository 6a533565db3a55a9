/** A picked .xlsx or .csv file, read into its sheets (src/shared/spreadsheet/read-spreadsheet.ts), or why it could not be. */
import { useCallback, useState } from 'react';
import { readSpreadsheet, SpreadsheetError, type SpreadsheetErrorCode, type SpreadsheetSheet } from '../spreadsheet/read-spreadsheet';

export type SpreadsheetFileState =
  | { phase: 'none' }
  | { phase: 'reading'; name: string }
  | { phase: 'read'; name: string; sheets: SpreadsheetSheet[] }
  | { phase: 'failed'; name: string; code: SpreadsheetErrorCode };

export function useSpreadsheetFile() {
  const [file, setFile] = useState<SpreadsheetFileState>({ phase: 'none' });
  const pick = useCallback(async (picked: File) => {
    setFile({ phase: 'reading', name: picked.name });
    try {
      const sheets = await readSpreadsheet(picked.name, new Uint8Array(await picked.arrayBuffer()));
      setFile({ phase: 'read', name: picked.name, sheets });
    } catch (error) {
      setFile({ phase: 'failed', name: picked.name, code: error instanceof SpreadsheetError ? error.code : 'file_unreadable' });
    }
  }, []);
  return { file, pick };
}
