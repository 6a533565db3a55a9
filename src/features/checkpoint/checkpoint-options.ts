/** The checkpoints of this phone as select options, by name (the id when a checkpoint has none): the gate and the shift view list them alike. */
import type { LocalRecord } from '../../data/data-client';
import { textOf } from '../../shared/text-of';

export function checkpointOptions(checkpoints: readonly LocalRecord[]): { value: string; label: string }[] {
  return checkpoints
    .map((checkpoint) => ({ value: checkpoint.id, label: textOf(checkpoint.name) || checkpoint.id }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
