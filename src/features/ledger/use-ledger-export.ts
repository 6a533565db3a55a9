/**
 * The export of the chosen registers as one .xlsx workbook, from the records on this phone (works
 * offline): read the records, build the sheets, write the workbook in slices with progress, then save
 * it (download) — the screen offers the share sheet afterwards where the phone has one.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, useSession } from '../../data';
import type { LedgerHeaderKey, LedgerValueKey } from '../../domain/ledger/ledger-keys';
import type { LedgerSheet } from '../../domain/ledger/ledger-sheet';
import { formatDateTime } from '../../shared/format-date-time';
import { localDateOf } from '../../shared/local-date';
import { ledgerSheets, type ExportChoice } from './export-model';
import { readCommunityName, readLedgerRecords, readWorkers } from './read-ledger-records';
import { downloadFile, xlsxFile } from './save-file';
import { writeLedgerWorkbook, type WorkbookText } from './xlsx/write-ledger-workbook';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'writing'; done: number; total: number }
  | { phase: 'done'; file: File; rows: number }
  | { phase: 'failed' };

export function useLedgerExport() {
  const { t, i18n } = useTranslation('ledger');
  const client = useDataClient();
  const { user } = useSession();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const running = useRef(false);

  const run = useCallback(
    async (choice: ExportChoice) => {
      if (!user || running.current) return;
      running.current = true;
      setState({ phase: 'reading' });
      try {
        const exportedAt = new Date();
        const exportDate = localDateOf(exportedAt);
        const [records, workers, community] = await Promise.all([readLedgerRecords(client, choice), readWorkers(client, user), readCommunityName(client, user)]);
        const label = (key: LedgerValueKey) => t(key);
        const headerText = (key: LedgerHeaderKey) => t(key);
        const sheets = ledgerSheets(records, choice, {
          options: { title: { community, exportedAt, exportedBy: user.displayName }, label, headerText },
          workers,
          exportDate,
          now: exportedAt.getTime(),
        });
        const at = formatDateTime(exportedAt.toISOString(), i18n.language);
        const text: WorkbookText = {
          title: (sheet: LedgerSheet) =>
            t('ledger:file.title', {
              community: sheet.title.community,
              register: t(sheet.title.register),
              range: sheet.title.dateRange ? t('ledger:file.range', sheet.title.dateRange) : t('ledger:file.asOf', { date: exportDate }),
              at,
              by: sheet.title.exportedBy,
              masked: choice.mask ? t('ledger:file.masked') : t('ledger:file.unmasked'),
            }),
          header: headerText,
          sheetName: (sheet) => t(sheet.title.register),
        };
        const bytes = await writeLedgerWorkbook(sheets, text, (done, total) => setState({ phase: 'writing', done, total }));
        const file = xlsxFile(bytes, t('ledger:file.name', { community: community || t('ledger:file.noCommunity'), date: exportDate }));
        downloadFile(file);
        setState({ phase: 'done', file, rows: sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0) });
      } catch (error) {
        console.error('ledger export failed', error);
        setState({ phase: 'failed' });
      } finally {
        running.current = false;
      }
    },
    [client, user, t, i18n.language],
  );

  return { state, run };
}
