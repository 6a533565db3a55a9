import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdsAtAddress, useDataClient, useRecords, type LocalRecord } from '../../data';
import { HOUSEHOLD_STATUSES, type Household } from '../../domain/entities/household';
import { Banner } from '../../shared/ui/banner';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { PhoneField } from '../../shared/ui/phone-field';
import { SelectField } from '../../shared/ui/select-field';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';

type Status = Household['status'];

export interface HouseholdFormProps {
  /** The buildings the user may pick, already in display order. */
  buildings: readonly LocalRecord<'building'>[];
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
  const { t } = useTranslation('household');
  const client = useDataClient();
  const known = buildings.some((building) => building.id === initialBuildingId);
  const [buildingId, setBuildingId] = useState(known && initialBuildingId ? initialBuildingId : '');
  const [unit, setUnit] = useState('');
  const [room, setRoom] = useState('');
  const [status, setStatus] = useState<Status>('occupied');
  const [phone, setPhone] = useState('');
  const form = useFormSubmit({ fixKey: 'household:households.fixErrors' });
  const [saved, setSaved] = useState(false);
  // Same unit and room already in this building: warn (it may be a second household at one door), never block.
  const place = buildingId !== '' && unit.trim() !== '' && room.trim() !== '';
  const sameRoom = useRecords(place ? householdsAtAddress(buildingId, unit.trim(), room.trim()) : null);
  const duplicate = place && (sameRoom?.length ?? 0) > 0;
  // Typed and not yet saved: a reload (new version) asks before discarding it.
  const typed = unit.trim() !== '' || room.trim() !== '' || phone.trim() !== '' || status !== 'occupied';
  useUnsavedInput(typed && !saved);

  async function submit() {
    if (buildingId === '') {
      form.fail(['household:households.fixErrors'], { buildingId: ['household:households.buildingRequired'] });
      return;
    }
    let id = '';
    const stored = await form.run(async () => {
      id = await client.create('household', { buildingId, unit, room, status, phone: phone.trim() === '' ? undefined : phone.trim() });
    });
    if (!stored) return;
    setSaved(true);
    onSaved(id, buildingId);
  }

  const message = (field: string) => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };
  const buildingOptions = buildings.map((building) => ({
    value: building.id,
    label: building.sealed ? t('household:households.sealed', { name: building.name }) : building.name,
  }));
  const statusChoices = HOUSEHOLD_STATUSES.map((value) => ({ value, label: t(`household:households.${value}`) }));

  return (
    <form className="gw-form" onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} />
      <SelectField
        label={t('household:households.building')}
        name="buildingId"
        options={buildingOptions}
        placeholder={t('household:households.chooseBuilding')}
        value={buildingId}
        onChange={(event) => setBuildingId(event.target.value)}
        error={message('buildingId')}
      />
      <TextField
        label={t('household:households.unit')}
        name="unit"
        inputMode="numeric"
        autoComplete="off"
        value={unit}
        onChange={(event) => setUnit(event.target.value)}
        error={message('unit')}
      />
      <TextField
        label={t('household:households.room')}
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
        legend={t('household:households.status')}
        choices={statusChoices}
        value={status}
        onChange={setStatus}
        error={message('status')}
      />
      <PhoneField label={t('household:households.phone')} value={phone} onChange={(event) => setPhone(event.target.value)} error={message('phone')} />
      <SubmitOrCancel
        submitLabel={t('household:households.save')}
        busyLabel={t('household:households.saving')}
        cancelLabel={t('common.cancel')}
        busy={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}
