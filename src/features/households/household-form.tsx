import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { writeFailureKeys, type LocalRecord } from '../../data/data-client';
import { useDataClient } from '../../data/hooks/data-client-context';
import { useRecordsWhere } from '../../data/hooks/use-records';
import { HOUSEHOLD_STATUSES, type Household } from '../../domain/entities/household';
import { Banner } from '../../shared/ui/banner';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { SelectField } from '../../shared/ui/select-field';
import { TextField } from '../../shared/ui/text-field';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';

type Status = Household['status'];
type FieldName = 'buildingId' | 'unit' | 'room' | 'status' | 'phone';

export interface HouseholdFormProps {
  /** The buildings the user may pick, already in display order. */
  buildings: readonly LocalRecord[];
  initialBuildingId?: string | null;
  /** Called with the new household's id and building once it is stored on this phone. */
  onSaved: (id: string, buildingId: string) => void;
  onCancel: () => void;
}

/**
 * A new household: building, unit, room, occupancy and an optional phone. Saved locally at once
 * (the data client queues it for the server); invalid entries are shown beside their field.
 */
export function HouseholdForm({ buildings, initialBuildingId, onSaved, onCancel }: HouseholdFormProps) {
  const { t } = useTranslation(['translation', 'household']);
  const client = useDataClient();
  const known = buildings.some((building) => building.id === initialBuildingId);
  const [buildingId, setBuildingId] = useState(known && initialBuildingId ? initialBuildingId : '');
  const [unit, setUnit] = useState('');
  const [room, setRoom] = useState('');
  const [status, setStatus] = useState<Status>('occupied');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string[]>>>({});
  const [failure, setFailure] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  // Same unit and room already in this building: warn (it may be a second household at one door), never block.
  const place = buildingId !== '' && unit.trim() !== '' && room.trim() !== '' ? [buildingId, unit.trim(), room.trim()] : null;
  const sameRoom = useRecordsWhere('household', '[buildingId+unit+room]', place);
  const duplicate = place !== null && (sameRoom?.length ?? 0) > 0;
  // Typed and not yet saved: a reload (new version) asks before discarding it.
  const typed = unit.trim() !== '' || room.trim() !== '' || phone.trim() !== '' || status !== 'occupied';
  useUnsavedInput(typed && !saved);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (buildingId === '') {
      setErrors({ buildingId: ['households.buildingRequired'] });
      setFailure(['households.fixErrors']);
      return;
    }
    const data: Record<string, unknown> = { buildingId, unit, room, status };
    if (phone.trim() !== '') data.phone = phone.trim();
    setBusy(true);
    try {
      const id = await client.create('household', data);
      setErrors({});
      setSaved(true);
      onSaved(id, buildingId);
    } catch (error) {
      const { fields, banner } = writeFailureKeys(error, 'households.fixErrors');
      setErrors(fields);
      setFailure(banner);
    } finally {
      setBusy(false);
    }
  }

  const message = (field: FieldName) => {
    const keys = errors[field];
    return keys ? t(keys) : null;
  };
  const buildingOptions = buildings.map((building) => {
    const name = typeof building.name === 'string' ? building.name : building.id;
    return { value: building.id, label: building.sealed === true ? t('households.sealed', { name }) : name };
  });
  const statusChoices = HOUSEHOLD_STATUSES.map((value) => ({ value, label: t(`households.${value}`) }));

  return (
    <form className="gw-form" onSubmit={(event) => void submit(event)} noValidate>
      {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
      <SelectField
        label={t('households.building')}
        name="buildingId"
        options={buildingOptions}
        placeholder={t('households.chooseBuilding')}
        value={buildingId}
        onChange={(event) => setBuildingId(event.target.value)}
        error={message('buildingId')}
      />
      <TextField
        label={t('households.unit')}
        name="unit"
        inputMode="numeric"
        autoComplete="off"
        value={unit}
        onChange={(event) => setUnit(event.target.value)}
        error={message('unit')}
      />
      <TextField
        label={t('households.room')}
        name="room"
        inputMode="numeric"
        autoComplete="off"
        value={room}
        onChange={(event) => setRoom(event.target.value)}
        error={message('room')}
      />
      {duplicate ? (
        <Banner tone="warning" announce>
          {t('household:duplicate', { unit: unit.trim(), room: room.trim() })}
        </Banner>
      ) : null}
      <ChoiceGroup<Status>
        legend={t('households.status')}
        choices={statusChoices}
        value={status}
        onChange={setStatus}
        error={message('status')}
      />
      <TextField
        label={t('households.phone')}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="off"
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        error={message('phone')}
      />
      <SubmitOrCancel
        submitLabel={t('households.save')}
        busyLabel={t('households.saving')}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
