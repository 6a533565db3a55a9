import { useCallback, useId, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord, ResidentSearch } from '../../data';
import { parseHouseholdLink } from '../../domain/household-link';
import { registerFinder } from '../../domain/search/resident-hits';
import { Button } from '../../shared/ui/button';
import { FINDER_HIT_LIMIT, PickButtons, ResidentFinder } from '../../shared/ui/resident-finder';
import { residentLabel } from './person-label';

type Resident = LocalRecord<'resident'>;

export interface PersonPickerProps {
  gate: ResidentSearch;
  /** Residents who passed this checkpoint today, latest first. */
  recent: readonly Resident[];
  onResident: (resident: Resident) => void;
  onVisitor: () => void;
  findRef: RefObject<HTMLInputElement | null>;
}

/** A scanned text's household, when it is this app's own household link. */
export function readHouseholdCode(text: string): string | null {
  return parseHouseholdLink(text, window.location.origin);
}

/** Find the person at the gate: search box, today's recent residents, a household QR code, or a visitor. */
export function PersonPicker({ gate, recent, onResident, onVisitor, findRef }: PersonPickerProps) {
  const { t } = useTranslation('checkpoint');
  const id = useId();
  const { records } = gate;
  const index = gate.prepared?.index ?? null;
  const { find, householdResidents } = useMemo(() => registerFinder(index, records.residents, FINDER_HIT_LIMIT), [index, records]);
  const label = useCallback((resident: Resident) => residentLabel(t, resident, records), [t, records]);

  return (
    <ResidentFinder
      find={find}
      householdResidents={householdResidents}
      readHousehold={readHouseholdCode}
      label={label}
      onResident={onResident}
      findRef={findRef}
      blank={
        recent.length > 0 ? (
          <section aria-labelledby={`${id}-recent`}>
            <h2 id={`${id}-recent`} className="gw-finder__subhead">
              {t('checkpoint:person.recent')}
            </h2>
            <PickButtons residents={recent} label={label} onResident={onResident} />
          </section>
        ) : null
      }
      actions={
        <Button variant="secondary" onClick={onVisitor}>
          {t('checkpoint:person.visitor')}
        </Button>
      }
    />
  );
}
