/**
 * Which column holds each roster field: matched from the headers, re-matched by hand with one
 * select per field ("Not in the file" leaves it out). The fields the import cannot do without are
 * marked, and a missing one is said.
 */
import { useTranslation } from 'react-i18next';
import { REQUIRED_ROSTER_FIELDS, ROSTER_FIELDS, type ColumnMapping, type RosterCell, type RosterField } from '../../domain/ledger/roster-columns';
import { SelectField } from '../../shared/ui/select-field';
import { columnLabel } from './roster-import-model';

export interface ColumnMappingProps {
  headerCells: readonly RosterCell[];
  mapping: ColumnMapping;
  missing: readonly RosterField[];
  onChange: (field: RosterField, column: number | null) => void;
}

const NOT_IN_FILE = 'none';

export function ColumnMappingFields({ headerCells, mapping, missing, onChange }: ColumnMappingProps) {
  const { t } = useTranslation('ledger');
  const options = [
    { value: NOT_IN_FILE, label: t('ledger:import.notInFile') },
    ...Array.from({ length: headerCells.length }, (_, column) => ({ value: String(column), label: columnLabel(headerCells, column) })),
  ];
  return (
    <details className="gw-card" open={missing.length > 0}>
      <summary>{t('ledger:import.columns')}</summary>
      <p className="gw-hint">{t('ledger:import.columnsHint')}</p>
      {ROSTER_FIELDS.map((field) => {
        const required = REQUIRED_ROSTER_FIELDS.includes(field);
        return (
          <SelectField
            key={field}
            label={required ? t('ledger:import.requiredField', { field: t(`ledger:import.fields.${field}`) }) : t(`ledger:import.fields.${field}`)}
            value={mapping[field] === undefined ? NOT_IN_FILE : String(mapping[field])}
            options={options}
            error={missing.includes(field) ? t('ledger:import.fieldMissing') : null}
            onChange={(event) => onChange(field, event.target.value === NOT_IN_FILE ? null : Number(event.target.value))}
          />
        );
      })}
    </details>
  );
}
