/**
 * What an import from a spreadsheet would do, before it does it (the roster's, the lab results'): its
 * figures (new, updated, unchanged, wrong …) and each wrong row by its number in the file with its
 * reasons. The words come from the caller's namespace.
 */
import { useId } from 'react';
import './import-preview.css';

export interface ImportFigure {
  key: string;
  label: string;
  value: number;
}

export function ImportTotals({ heading, figures }: { heading: string; figures: readonly ImportFigure[] }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <dl className="gw-import-totals">
        {figures.map(({ key, label, value }) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export interface WrongRowItem {
  rowNumber: number;
  /** "Row 4", with what names the row ("Row 4 · 张三") when the caller adds it. */
  title: string;
  /** The rest of the row's line, e.g. " · 张三" (optional). */
  detail?: string;
  reasons: readonly string[];
}

/** The wrong rows, the first `shown` of them listed; `more` says how many are left out. */
export function WrongRowList({ heading, rows, shown, more }: { heading: string; rows: readonly WrongRowItem[]; shown: number; more?: string }) {
  const id = useId();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="gw-list" aria-labelledby={id}>
        {rows.slice(0, shown).map((row) => (
          <li key={row.rowNumber} className="gw-card">
            <strong>{row.title}</strong>
            {row.detail ?? ''}
            <ul>
              {row.reasons.map((reason, index) => (
                <li key={index}>{reason}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {rows.length > shown && more ? <p className="gw-hint">{more}</p> : null}
    </section>
  );
}
