/**
 * Finding a person who is here now (the gate, the testing campaign's site): the residents a query names
 * (name, pinyin or its initials, phone, ID number or its last digits, room code) and the residents of a
 * household whose door code was scanned, each limited to those who still live in the register.
 */
import { livesThere } from '../entities/resident';
import type { SearchResident } from './search-entries';
import type { SearchIndex } from './search-index';
import { search } from './search';

type LivingResident = SearchResident & { movedOutOn?: string };

/** The residents matching a query, best first, at most `limit`; none for a blank query. */
export function findLivingResidents<R extends LivingResident>(
  index: SearchIndex,
  residents: ReadonlyMap<string, R>,
  query: string,
  limit: number,
): R[] {
  if (query.trim() === '') return [];
  // The index holds everyone in the register (households too): only residents who still live here count.
  const found: R[] = [];
  for (const hit of search(index, query, limit * 3)) {
    if (hit.entry.kind !== 'resident') continue;
    const resident = residents.get(hit.entry.id);
    if (resident && livesThere(resident)) found.push(resident);
    if (found.length === limit) break;
  }
  return found;
}

/** The residents living in a household, in the register's order. */
export function livingResidentsOf<R extends Pick<LivingResident, 'householdId' | 'movedOutOn'>>(residents: Iterable<R>, householdId: string): R[] {
  const found: R[] = [];
  for (const resident of residents) if (resident.householdId === householdId && livesThere(resident)) found.push(resident);
  return found;
}

/** A finder's two questions over the register: the residents a query names (none while there is no index yet: null), and a household's. */
export interface RegisterFinder<R> {
  find: (query: string) => R[] | null;
  householdResidents: (householdId: string) => R[];
}

export function registerFinder<R extends LivingResident>(index: SearchIndex | null, residents: ReadonlyMap<string, R>, limit: number): RegisterFinder<R> {
  return {
    find: (query) => (index ? findLivingResidents(index, residents, query, limit) : null),
    householdResidents: (householdId) => livingResidentsOf(residents.values(), householdId),
  };
}
