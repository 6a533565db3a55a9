/**
 * The roster import's writes, through the data client's normal outbox writes (each record and its
 * outbox entry in one transaction; offline too): new households first, then new residents in
 * batches, then resident and household patches. Progress after each batch. Importing the same file
 * again finds every row unchanged and writes nothing; an import cut short is finished by importing
 * the file again (what was written is then unchanged).
 */
import type { DataClient } from '../../data';
import { planSize, residentToCreate, type RosterPlan } from '../../domain/ledger/roster-plan';

/** Records per createMany call (one transaction each). */
export const IMPORT_BATCH = 250;

export interface ImportResult {
  households: number;
  residents: number;
  updated: number;
}

export async function writeRosterPlan(client: DataClient, plan: RosterPlan, onProgress: (done: number, total: number) => void): Promise<ImportResult> {
  const total = planSize(plan);
  let done = 0;
  const step = (count: number) => {
    done += count;
    onProgress(done, total);
  };
  onProgress(0, total);

  const createdIds = new Map<string, string>();
  for (let start = 0; start < plan.households.length; start += IMPORT_BATCH) {
    const batch = plan.households.slice(start, start + IMPORT_BATCH);
    const ids = await client.createMany('household', batch.map((household) => household.record));
    batch.forEach((household, index) => {
      const id = ids[index];
      if (id !== undefined) createdIds.set(household.key, id);
    });
    step(batch.length);
  }
  for (let start = 0; start < plan.residents.length; start += IMPORT_BATCH) {
    const batch = plan.residents.slice(start, start + IMPORT_BATCH);
    await client.createMany('resident', batch.map((resident) => residentToCreate(resident, createdIds)));
    step(batch.length);
  }
  for (const patch of plan.residentPatches) {
    await client.patch('resident', patch.id, patch.patch);
    step(1);
  }
  for (const patch of plan.householdPatches) {
    await client.patch('household', patch.id, patch.patch);
    step(1);
  }
  return { households: plan.households.length, residents: plan.residents.length, updated: plan.residentPatches.length + plan.householdPatches.length };
}
