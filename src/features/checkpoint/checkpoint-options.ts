/** The checkpoints of this phone as select options, by name: the gate and the shift view list them alike. */
import type { LocalRecord } from '../../data';

export function checkpointOptions(checkpoints: readonly LocalRecord<'checkpoint'>[]): { value: string; label: string }[] {
  return checkpoints
    .map((checkpoint) => ({ value: checkpoint.id, label: checkpoint.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
