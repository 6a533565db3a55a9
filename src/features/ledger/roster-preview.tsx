/**
 * What an import would do, before it does it: how many rows are new, updated, unchanged and wrong;
 * each wrong row by its number in the file with its reasons; the buildings the register lacks.
 */
import { useTranslation } from 'react-i18next';
import type { RosterCheck, RosterReason } from '../../domain/ledger/roster-check';

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
  const figures = [
    ['new', totals.new],
    ['updated', totals.updated],
    ['unchanged', totals.unchanged],
    ['wrong', totals.wrong],
  ] as const;
  return (
    <section aria-labelledby="gw-roster-totals">
      <h2 id="gw-roster-totals">{t('ledger:import.previewTitle', { rows: totals.rows })}</h2>
      <dl className="gw-ledger-totals">
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`ledger:import.totals.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function WrongRows({ check }: { check: RosterCheck }) {
  const { t } = useTranslation('ledger');
  const reasonText = useReasonText();
  const wrong = check.rows.filter((row) => row.status === 'wrong');
  if (wrong.length === 0) return null;
  return (
    <section aria-labelledby="gw-roster-wrong">
      <h2 id="gw-roster-wrong">{t('ledger:import.wrongTitle', { rows: wrong.length })}</h2>
      <ul className="gw-list" aria-labelledby="gw-roster-wrong">
        {wrong.slice(0, SHOWN_WRONG_ROWS).map((checked) =>
          checked.status === 'wrong' ? (
            <li key={checked.row.rowNumber} className="gw-card">
              <strong>{t('ledger:import.rowNumber', { row: checked.row.rowNumber })}</strong>
              {checked.row.values.name ? ` · ${checked.row.values.name}` : ''}
              <ul>
                {checked.reasons.map((reason, index) => (
                  <li key={index}>{reasonText(reason)}</li>
                ))}
              </ul>
            </li>
          ) : null,
        )}
      </ul>
      {wrong.length > SHOWN_WRONG_ROWS ? <p className="gw-hint">{t('ledger:import.moreWrong', { rows: wrong.length - SHOWN_WRONG_ROWS })}</p> : null}
    </section>
  );
}
