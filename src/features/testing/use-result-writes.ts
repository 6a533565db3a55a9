/**
 * Writing lab results through the data client's outbox writes (offline too): createMany in batches,
 * with progress after each. What was written before a failure is kept; importing the same file again
 * finds those rows unchanged and writes the rest.
 */
import { useCallback, useRef, useState } from 'react';
import { useDataClient } from '../../data';
import type { NewRecord } from '../../domain/entities/entity-record';

/** Results per createMany call (one transaction each). */
export const RESULT_BATCH = 250;

export type ResultWriteState =
  | { phase: 'idle' }
  | { phase: 'writing'; done: number; total: number }
  | { phase: 'done'; written: number }
  | { phase: 'failed' };

export function useResultWrites() {
  const client = useDataClient();
  const [state, setState] = useState<ResultWriteState>({ phase: 'idle' });
  const running = useRef(false);
  const run = useCallback(
    async (results: readonly NewRecord<'test_result'>[]) => {
      if (running.current) return;
      running.current = true;
      try {
        setState({ phase: 'writing', done: 0, total: results.length });
        for (let start = 0; start < results.length; start += RESULT_BATCH) {
          const batch = results.slice(start, start + RESULT_BATCH);
          await client.createMany('test_result', batch);
          setState({ phase: 'writing', done: start + batch.length, total: results.length });
        }
        setState({ phase: 'done', written: results.length });
      } catch (error) {
        console.error('results import failed', error);
        setState({ phase: 'failed' });
      } finally {
        running.current = false;
      }
    },
    [client],
  );
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, run, reset };
}
