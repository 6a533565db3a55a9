/**
 * The site's way to find the person, as the gate finds them (shared/ui/resident-finder): name, pinyin
 * initials, room code, ID number or its last digits, or their door's QR code giving the household's residents.
 */
import { useCallback, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord, ResidentSearch } from '../../data';
import { parseHouseholdLink } from '../../domain/household-link';
import { registerFinder } from '../../domain/search/resident-hits';
import { addressOf } from '../../domain/testing/campaign-figures';
import { FINDER_HIT_LIMIT, ResidentFinder } from '../../shared/ui/resident-finder';

type Resident = LocalRecord<'resident'>;

function readHouseholdCode(text: string): string | null {
  return parseHouseholdLink(text, window.location.origin);
}

/** "张三, 2号楼 1-101" (the name alone when the household is not on this phone). */
export function usePersonLabel(search: ResidentSearch): (resident: Resident) => string {
  const { t } = useTranslation('testing');
  const { records } = search;
  return useCallback(
    (resident: Resident) => {
      const household = records.households.get(resident.householdId);
      const building = household ? records.buildings.get(household.buildingId) : undefined;
      return household && building ? t('testing:site.pick', { name: resident.name, address: addressOf(building, household) }) : resident.name;
    },
    [t, records],
  );
}

export function SitePersonFinder({ search, onResident, findRef }: { search: ResidentSearch; onResident: (resident: Resident) => void; findRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation('testing');
  const { records } = search;
  const index = search.prepared?.index ?? null;
  const { find, householdResidents } = useMemo(() => registerFinder(index, records.residents, FINDER_HIT_LIMIT), [index, records]);
  const label = usePersonLabel(search);
  return (
    <ResidentFinder
      find={find}
      householdResidents={householdResidents}
      readHousehold={readHouseholdCode}
      label={label}
      onResident={onResident}
      findRef={findRef}
      hint={t('testing:site.findHint')}
    />
  );
}
