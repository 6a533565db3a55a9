/**
 * What an import would do, before it does it: how many rows are new, updated, unchanged and wrong;
 * each wrong row by its number in the file with its reasons; the buildings the register lacks.
 */
import { useTranslation } from 'react-i18next';
import type { RosterCheck, RosterReason } from '../../domain/ledger/roster-check';
import { ImportTotals, WrongRowList } from '../../shared/ui/import-preview';

/** Wrong rows listed on the screen; the rest are in "Rows with errors". */
export const SHOWN_WRONG_ROWS = 200;

export function useReasonText(): (reason: RosterReason) => string {
  const { t } = useTranslation(['ledger', 'validation']);
  return (reason) => {
    const message = reason.key === 'duplicate_in_file' && reason.firstRow !== undefined ? t('ledger:import.sameAsRow', { row: reason.firstRow }) : t(`validation:${reason.key}`);
    return t('ledger:import.reason', { field: t(`ledger:import.fields.${reason.field}`), message });
  };
}

export function RosterTotals({ check }: { check: RosterCheck }) {
  const { t } = useTranslation('ledger');
  const { totals } = check;
  const figures = (['new', 'updated', 'unchanged', 'wrong'] as const).map((key) => ({ key, label: t(`ledger:import.totals.${key}`), value: totals[key] }));
  return <ImportTotals heading={t('ledger:import.previewTitle', { rows: totals.rows })} figures={figures} />;
}

export function WrongRows({ check }: { check: RosterCheck }) {
  const { t } = useTranslation('ledger');
  const reasonText = useReasonText();
  const wrong = check.rows.flatMap((checked) =>
    checked.status === 'wrong'
      ? [
          {
            rowNumber: checked.row.rowNumber,
            title: t('ledger:import.rowNumber', { row: checked.row.rowNumber }),
            detail: checked.row.values.name ? ` · ${checked.row.values.name}` : '',
            reasons: checked.reasons.map(reasonText),
          },
        ]
      : [],
  );
  return (
    <WrongRowList
      heading={t('ledger:import.wrongTitle', { rows: wrong.length })}
      rows={wrong}
      shown={SHOWN_WRONG_ROWS}
      more={t('ledger:import.moreWrong', { rows: wrong.length - SHOWN_WRONG_ROWS })}
    />
  );
}
