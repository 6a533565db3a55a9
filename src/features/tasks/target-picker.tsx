/**
 * What a new task is about: a grid of the community, a building, a household of a building (by its
 * unit-room) or a resident of a household, one select after another so each list stays short.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { everyRecord, gridsOfCommunity, householdsInWalkingOrder, residentsOfHousehold, useRecords, useSession } from '../../data';
import type { TaskTarget } from '../../domain/entities/task';
import { SelectField } from '../../shared/ui/select-field';

export interface TargetChoice {
  gridId: string;
  buildingId: string;
  householdId: string;
  residentId: string;
}

export const NO_TARGET: TargetChoice = { gridId: '', buildingId: '', householdId: '', residentId: '' };

/** The id the task is about, '' while not chosen. */
export function targetIdOf(type: TaskTarget, choice: TargetChoice): string {
  return { grid: choice.gridId, building: choice.buildingId, household: choice.householdId, resident: choice.residentId }[type];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true });

export interface TargetPickerProps {
  type: TaskTarget;
  choice: TargetChoice;
  onChange: (choice: TargetChoice) => void;
  /** The message of the target (shown on the last select). */
  error: string | null;
}

export function TargetPicker({ type, choice, onChange, error }: TargetPickerProps) {
  const { t } = useTranslation('tasks');
  const { user } = useSession();
  const communityId = user?.communityId;
  const grids = useRecords(type === 'grid' ? (communityId ? gridsOfCommunity(communityId) : everyRecord('grid')) : null);
  const buildings = useRecords(type === 'grid' ? null : everyRecord('building'));
  const inBuilding = type === 'household' || type === 'resident';
  const households = useRecords(inBuilding && choice.buildingId ? householdsInWalkingOrder(choice.buildingId) : null);
  const residents = useRecords(type === 'resident' && choice.householdId ? residentsOfHousehold(choice.householdId) : null);
  const sortedGrids = useMemo(() => [...(grids ?? [])].sort(byName), [grids]);
  const sortedBuildings = useMemo(() => [...(buildings ?? [])].sort(byName), [buildings]);
  const choose = t('tasks:form.choose');
  // The message goes to the first select left to choose.
  const missing = choice.buildingId === '' ? 'building' : inBuilding && choice.householdId === '' ? 'household' : type;
  const errorOn = (select: TaskTarget) => (select === missing ? error : null);

  if (type === 'grid') {
    return (
      <SelectField
        label={t('tasks:form.grid')}
        name="targetId"
        value={choice.gridId}
        placeholder={choose}
        options={sortedGrids.map((grid) => ({ value: grid.id, label: grid.name }))}
        onChange={(event) => onChange({ ...NO_TARGET, gridId: event.target.value })}
        error={error}
      />
    );
  }
  return (
    <>
      <SelectField
        label={t('tasks:form.building')}
        name="buildingId"
        value={choice.buildingId}
        placeholder={choose}
        options={sortedBuildings.map((building) => ({ value: building.id, label: building.name }))}
        onChange={(event) => onChange({ ...NO_TARGET, buildingId: event.target.value })}
        error={errorOn('building')}
      />
      {inBuilding ? (
        <SelectField
          label={t('tasks:form.household')}
          name="householdId"
          value={choice.householdId}
          placeholder={choose}
          disabled={choice.buildingId === ''}
          options={(households ?? []).map((household) => ({ value: household.id, label: `${household.unit}-${household.room}` }))}
          onChange={(event) => onChange({ ...choice, householdId: event.target.value, residentId: '' })}
          error={errorOn('household')}
        />
      ) : null}
      {type === 'resident' ? (
        <SelectField
          label={t('tasks:form.resident')}
          name="residentId"
          value={choice.residentId}
          placeholder={choose}
          disabled={choice.householdId === ''}
          options={(residents ?? [])
            .filter((resident) => resident.movedOutOn === undefined)
            .map((resident) => ({ value: resident.id, label: resident.name }))}
          onChange={(event) => onChange({ ...choice, residentId: event.target.value })}
          error={errorOn('resident')}
        />
      ) : null}
    </>
  );
}
