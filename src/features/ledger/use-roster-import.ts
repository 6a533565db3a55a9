/**
 * The roster import's state (the picked file is read by src/shared/ui/use-spreadsheet-file.ts): the register it is checked against (read from
 * this phone once, and again after each import or new building), the import's progress and result.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { everyRecord, useDataClient } from '../../data';
import type { RosterRegister } from '../../domain/ledger/roster-check';
import type { RosterPlan } from '../../domain/ledger/roster-plan';
import { writeRosterPlan, type ImportResult } from './roster-writes';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'writing'; done: number; total: number }
  | { phase: 'done'; result: ImportResult }
  | { phase: 'failed' };

/** The register on this phone (undefined while reading); `refresh` reads it again. */
export function useRosterRegister() {
  const client = useDataClient();
  const [register, setRegister] = useState<RosterRegister>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all([client.listRecords(everyRecord('building')), client.listRecords(everyRecord('household')), client.listRecords(everyRecord('resident'))]).then(
      ([buildings, households, residents]) => {
        if (live) setRegister({ buildings, households, residents });
      },
    );
    return () => {
      live = false;
    };
  }, [client, version]);
  const refresh = useCallback(() => setVersion((n) => n + 1), []);
  return { register, refresh };
}

export function useRosterWrites(onWritten: () => void) {
  const client = useDataClient();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const running = useRef(false);
  const run = useCallback(
    async (plan: RosterPlan) => {
      if (running.current) return;
      running.current = true;
      try {
        const result = await writeRosterPlan(client, plan, (done, total) => setState({ phase: 'writing', done, total }));
        setState({ phase: 'done', result });
      } catch (error) {
        console.error('roster import failed', error);
        setState({ phase: 'failed' });
      } finally {
        running.current = false;
        onWritten();
      }
    },
    [client, onWritten],
  );
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, run, reset };
}
