/**
 * Where the site's current tube stands, from the tube number typed (or scanned) and the campaign's
 * samplings on this phone: none yet, not a tube number, open with n of its pool, or full (the next person
 * needs a new tube). A tube number that already holds samplings continues from its count.
 */
import { tubeNumberField } from '../../domain/entities/sampling';
import type { PoolSize } from '../../domain/entities/testing-campaign';
import { nextTubeState, tubeKey, type Tube } from '../../domain/testing/campaign-tubes';

export type TubeStatus =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'open' | 'full'; tubeNumber: string; count: number; poolSize: PoolSize };

/** A typed or scanned text as a tube number (trimmed, capitals), or null when it is none. */
export function readTubeNumber(text: string): string | null {
  const parsed = tubeNumberField.safeParse(text);
  return parsed.success ? parsed.data : null;
}

export function tubeStatus(typed: string, tubes: ReadonlyMap<string, Pick<Tube, 'tubeNumber' | 'count'>>, poolSize: PoolSize): TubeStatus {
  if (typed.trim() === '') return { kind: 'none' };
  const tubeNumber = readTubeNumber(typed);
  if (tubeNumber === null) return { kind: 'invalid' };
  const tube = tubes.get(tubeKey(tubeNumber));
  const state = nextTubeState({ tubeNumber, count: tube?.count ?? 0 }, poolSize);
  return { kind: state.newTubeNeeded ? 'full' : 'open', tubeNumber, count: state.count, poolSize };
}
