/**
 * Which column holds each roster field: the shared column matching (src/shared/ui/column-mapping-fields.tsx)
 * with the roster's fields and the ledger's words.
 */
import { useTranslation } from 'react-i18next';
import { REQUIRED_ROSTER_FIELDS, ROSTER_FIELDS, type ColumnMapping, type RosterCell, type RosterField } from '../../domain/ledger/roster-columns';
import { ColumnMappingFields as SharedColumnMappingFields } from '../../shared/ui/column-mapping-fields';

export interface ColumnMappingProps {
  headerCells: readonly RosterCell[];
  mapping: ColumnMapping;
  missing: readonly RosterField[];
  onChange: (field: RosterField, column: number | null) => void;
}

export function ColumnMappingFields({ headerCells, mapping, missing, onChange }: ColumnMappingProps) {
  const { t } = useTranslation('ledger');
  const fields = ROSTER_FIELDS.map((field) => ({ field, label: t(`ledger:import.fields.${field}`), required: REQUIRED_ROSTER_FIELDS.includes(field) }));
  return (
    <SharedColumnMappingFields
      fields={fields}
      headerCells={headerCells}
      mapping={mapping}
      missing={missing}
      onChange={onChange}
      words={{
        summary: t('ledger:import.columns'),
        hint: t('ledger:import.columnsHint'),
        notInFile: t('ledger:import.notInFile'),
        required: (field) => t('ledger:import.requiredField', { field }),
        missing: t('ledger:import.fieldMissing'),
      }}
    />
  );
}
