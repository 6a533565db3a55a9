/**
 * Retention on the phone (issue 18), as the settings screen shows it: how many records of each kind
 * the phone holds, the window the server set, and when the last purge ran and what it removed.
 */
import { MOVED_OUT_KEEP_DAYS, retentionWindow } from '../../domain/retention';
import { getMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';

/** The kinds the retention purge removes: the timed records past the window, residents long moved out. */
export const PURGED_KINDS = ['visit', 'fever_report', 'checkpoint_entry', 'shift_note', 'resident'] as const;
export type PurgedKind = (typeof PURGED_KINDS)[number];
export type PurgeCounts = Record<PurgedKind, number>;

/** The last purge, kept in the meta table. */
export interface RetentionPurge {
  /** ISO time the purge ran. */
  at: string;
  /** The window it applied. */
  retentionDays: number;
  removed: PurgeCounts;
}

/** The kinds counted under "what this phone holds". */
export const HELD_KINDS = ['household', 'resident', 'visit', 'fever_report', 'checkpoint_entry', 'shift_note'] as const;
export type HeldKind = (typeof HELD_KINDS)[number];

export interface RetentionStatus {
  /** The window in force: the server's, or 30 days when it sent none. */
  retentionDays: number;
  /** Days a resident who moved out stays on the phone. */
  movedOutKeepDays: number;
  held: Record<HeldKind, number>;
  /** Changes saved here that the server has not accepted (pending and refused): never purged. */
  unsent: number;
  lastPurge: RetentionPurge | null;
}

export async function readRetentionStatus(db: GridwalkDb, serverDays: number | undefined): Promise<RetentionStatus> {
  const count = (kind: HeldKind) => db.records(kind).count();
  const [household, resident, visit, feverReport, checkpointEntry, shiftNote, unsent, lastPurge] = await Promise.all([
    count('household'),
    count('resident'),
    count('visit'),
    count('fever_report'),
    count('checkpoint_entry'),
    count('shift_note'),
    db.outbox.count(),
    getMeta(db, 'retentionPurge'),
  ]);
  return {
    retentionDays: retentionWindow(serverDays),
    movedOutKeepDays: MOVED_OUT_KEEP_DAYS,
    held: { household, resident, visit, fever_report: feverReport, checkpoint_entry: checkpointEntry, shift_note: shiftNote },
    unsent,
    lastPurge: lastPurge ?? null,
  };
}
