/**
 * "Download template": an empty roster with the headers the import matches, in the UI's language,
 * every column a text column (an ID number typed into it stays text).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROSTER_FIELDS } from '../../domain/ledger/roster-columns';
import { downloadFile, xlsxFile } from './save-file';
import { writeTableWorkbook } from './xlsx/write-table-workbook';

export function useTemplateDownload() {
  const { t } = useTranslation('ledger');
  const [busy, setBusy] = useState(false);
  const download = useCallback(async () => {
    setBusy(true);
    try {
      const headers = ROSTER_FIELDS.map((field) => t(`ledger:import.fields.${field}`));
      const bytes = await writeTableWorkbook({ sheetName: t('ledger:import.templateSheet'), headers, rows: [] });
      downloadFile(xlsxFile(bytes, t('ledger:import.templateFileName')));
    } finally {
      setBusy(false);
    }
  }, [t]);
  return { busy, download };
}
