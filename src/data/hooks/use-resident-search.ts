/**
 * The one search index over the register on this phone (every resident and household, with their
 * addresses), used by search and by the gate. Built when a screen that needs it opens and again
 * whenever residents, households or buildings change, without holding up typing (see
 * build-register-index.ts); until a new index is ready the previous one answers.
 */
import { useEffect, useMemo, useState } from 'react';
import type { SearchRecords } from '../../domain/search/search-entries';
import type { SearchIndex } from '../../domain/search/search-index';
import type { LocalRecord } from '../local-record';
import { everyRecord } from '../queries/record-queries';
import { useRecords } from './use-records';

export type RegisterRecords = SearchRecords<LocalRecord<'resident'>, LocalRecord<'household'>, LocalRecord<'building'>>;

/** An index and the records it was built from (a hit's id is always among them). */
export interface PreparedSearch {
  index: SearchIndex;
  records: RegisterRecords;
}

export interface ResidentSearch {
  /** The register as it is now (live), by id. */
  records: RegisterRecords;
  /** null while the first index is being built. */
  prepared: PreparedSearch | null;
}

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record) => [record.id, record]));
const EMPTY: RegisterRecords = { residents: new Map(), households: new Map(), buildings: new Map() };

export function useResidentSearch(): ResidentSearch {
  const residents = useRecords(everyRecord('resident'));
  const households = useRecords(everyRecord('household'));
  const buildings = useRecords(everyRecord('building'));
  const records = useMemo<RegisterRecords | null>(
    () => (residents && households && buildings ? { residents: byId(residents), households: byId(households), buildings: byId(buildings) } : null),
    [residents, households, buildings],
  );
  const [prepared, setPrepared] = useState<PreparedSearch | null>(null);

  useEffect(() => {
    if (!records) return;
    let cancelled = false;
    // A builder chunk that fails to load leaves the previous index (or "preparing") in place.
    import('../search/build-register-index')
      .then(({ buildRegisterIndex }) => buildRegisterIndex(records, () => cancelled))
      .then((index) => {
        if (index && !cancelled) setPrepared({ index, records });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [records]);

  // One object while neither changes: screens memoise on it (a keystroke elsewhere does not search again).
  return useMemo(() => ({ records: records ?? EMPTY, prepared }), [records, prepared]);
}
