/**
 * A building the roster names and the register lacks, offered to create (the secretary's: buildings
 * are theirs to add): its name as the file writes it, the grid it belongs to, and its units and
 * floors as the file's rooms suggest. Saved through the outbox like any record; the preview is
 * checked again once it is there.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import { useDataClient } from '../../data';
import { Button } from '../../shared/ui/button';
import { SelectField } from '../../shared/ui/select-field';
import { TextField } from '../../shared/ui/text-field';

export interface NewBuildingFormProps {
  name: string;
  grids: readonly LocalRecord<'grid'>[];
  defaults: { units: number; floors: number };
  onCreated: () => void;
}

export function NewBuildingForm({ name, grids, defaults, onCreated }: NewBuildingFormProps) {
  const { t } = useTranslation('ledger');
  const client = useDataClient();
  const [gridId, setGridId] = useState(grids.length === 1 ? (grids[0]?.id ?? '') : '');
  const [units, setUnits] = useState(String(defaults.units));
  const [floors, setFloors] = useState(String(defaults.floors));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unitCount = Number(units);
    const floorCount = Number(floors);
    if (gridId === '') return setError(t('ledger:import.building.gridRequired'));
    if (!Number.isInteger(unitCount) || unitCount < 1 || unitCount > 99 || !Number.isInteger(floorCount) || floorCount < 1 || floorCount > 200) {
      return setError(t('validation:count_invalid'));
    }
    setBusy(true);
    try {
      await client.create('building', { gridId, name, units: unitCount, floors: floorCount, sealed: false });
      onCreated();
    } catch {
      setError(t('ledger:import.building.failed'));
      setBusy(false);
    }
  };

  return (
    <form className="gw-ledger-form gw-card" onSubmit={(event) => void submit(event)} aria-label={t('ledger:import.building.formLabel', { name })} noValidate>
      <p>
        <strong>{name}</strong>
      </p>
      <SelectField
        label={t('ledger:import.building.grid')}
        value={gridId}
        placeholder={t('ledger:import.building.chooseGrid')}
        options={grids.map((grid) => ({ value: grid.id, label: grid.name }))}
        onChange={(event) => setGridId(event.target.value)}
      />
      <div className="gw-ledger-range">
        <TextField label={t('ledger:import.building.units')} inputMode="numeric" value={units} onChange={(event) => setUnits(event.target.value)} />
        <TextField label={t('ledger:import.building.floors')} inputMode="numeric" value={floors} onChange={(event) => setFloors(event.target.value)} />
      </div>
      {error ? (
        <p className="gw-field__error" role="alert">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" busy={busy} disabled={busy}>
        {t('ledger:import.building.create')}
      </Button>
    </form>
  );
}
