/**
 * The one search index over the register on this phone (every resident and household, with their
 * addresses), used by search and by the gate. Built when a screen that needs it opens, then brought up
 * to date whenever residents, households or buildings change (only the records whose entry changed are
 * indexed again), without holding up typing (see build-register-index.ts); until a new index is ready
 * the previous one answers. Builds run one after another, each from the index the one before left;
 * records superseded before their build starts are skipped.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { UpdatableIndex } from '../../domain/search/index-update';
import type { SearchRecords } from '../../domain/search/search-entries';
import type { SearchIndex } from '../../domain/search/search-index';
import type { LocalRecord } from '../local-record';
import { everyRecord } from '../queries/record-queries';
import { useRecords } from './use-records';
import { byId } from '../../shared/by-id';

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
  const builds = useRef<Promise<UpdatableIndex | null>>(Promise.resolve(null));
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!records) return;
    let superseded = false;
    const stopped = () => !mounted.current;
    builds.current = builds.current.then((earlier) =>
      superseded || stopped()
        ? earlier
        : import('../search/build-register-index')
            .then(({ buildRegisterIndex }) => buildRegisterIndex(records, earlier, stopped))
            .then(
              (index) => {
                // Published even when newer records came meanwhile: it answers for the records it was built from.
                if (index && !stopped()) setPrepared({ index, records });
                return index ?? earlier;
              },
              // A builder chunk that fails to load leaves the previous index (or "preparing") in place.
              () => earlier,
            ),
    );
    return () => {
      superseded = true;
    };
  }, [records]);

  // One object while neither changes: screens memoise on it (a keystroke elsewhere does not search again).
  return useMemo(() => ({ records: records ?? EMPTY, prepared }), [records, prepared]);
}
