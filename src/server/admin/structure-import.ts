/**
 * `admin import-structure <file.csv>`: a city's districts, streets, communities, grids and buildings from
 * one CSV (structure-rows.ts), all or nothing. Idempotent: each level is found by its parent and name, so
 * importing the same file again creates nothing, and a longer file adds only what is new. A community made
 * before streets existed (create-community, the same name, no street yet) is placed in the row's street
 * rather than made twice. A row that disagrees with what is stored (a building of another size) is an error.
 */
import type { Database, Queryable } from '../db/database';
import { entitySchemas, type EntityName } from '../../domain/entities/registry';
import { uuidv7 } from '../../shared/uuid-v7';
import { findRecords, insertRecords, metaForAll, updateRows, type NewRecord, type WritableRow } from '../sync/record-store';
import { readStructureRows, type RowError, type StructureRow } from './structure-rows';
import { SYSTEM_ACTOR } from './system-records';

export const STRUCTURE_LEVELS = ['district', 'street', 'community', 'grid', 'building'] as const;
type Level = (typeof STRUCTURE_LEVELS)[number];

export interface StructureImportResult {
  created: Record<Level, number>;
  /** Rows' places already stored (counted once per place). */
  existing: Record<Level, number>;
  /** Communities made before streets, now placed in their street. */
  placed: number;
  errors: RowError[];
  /** Whether anything was written: not when a row has an error, nor on a dry run. */
  written: boolean;
}

interface Known {
  id: string;
  parent: string;
  name: string;
  data: Record<string, unknown>;
}

const PARENT_FIELD: Record<Level, string | null> = { district: null, street: 'districtId', community: 'streetId', grid: 'communityId', building: 'gridId' };

async function storedLevel(db: Queryable, level: Level): Promise<Known[]> {
  const { rows } = await db.query<{ id: string; data: Record<string, unknown> }>(`SELECT id::text AS id, data FROM records WHERE entity = $1 AND voided_at IS NULL`, [level]);
  const field = PARENT_FIELD[level];
  return rows.map((row) => ({ id: row.id, parent: field ? String(row.data[field] ?? '') : '', name: String(row.data.name ?? ''), data: row.data }));
}

const key = (parent: string, name: string) => `${parent}\u0000${name}`;

class Places {
  readonly created: NewRecord[] = [];
  /** Stored communities given a street: their new data, written over the stored row at the end. */
  readonly placed: { id: string; data: Record<string, unknown> }[] = [];
  readonly counts: StructureImportResult = {
    created: { district: 0, street: 0, community: 0, grid: 0, building: 0 },
    existing: { district: 0, street: 0, community: 0, grid: 0, building: 0 },
    placed: 0,
    errors: [],
    written: false,
  };
  private readonly index = new Map<string, Known>();
  private readonly seen = new Set<string>();
  /** Communities without a street, by name: placed in the first street a row names for them. */
  private readonly unplaced = new Map<string, Known[]>();

  constructor(stored: Record<Level, Known[]>) {
    for (const level of STRUCTURE_LEVELS) {
      for (const known of stored[level]) {
        if (level === 'community' && known.parent === '') this.unplaced.set(known.name, [...(this.unplaced.get(known.name) ?? []), known]);
        else this.index.set(`${level}|${key(known.parent, known.name)}`, known);
      }
    }
  }

  /** The place of `level` named `name` under `parent`: stored, made earlier in this file, or new. */
  find(level: Level, parent: string, name: string, data: Record<string, unknown>, columns: (id: string) => Omit<NewRecord, 'id' | 'entity' | 'data' | 'fieldMeta' | 'createdBy'>): Known {
    const indexKey = `${level}|${key(parent, name)}`;
    let known = this.index.get(indexKey) ?? (level === 'community' ? this.place(name, parent) : undefined);
    if (!known) {
      const id = uuidv7();
      const parsed = entitySchemas[level as EntityName].parse(data);
      this.created.push({ id, entity: level, data: parsed, fieldMeta: metaForAll(parsed, 1, SYSTEM_ACTOR), createdBy: SYSTEM_ACTOR, ...columns(id) });
      this.counts.created[level] += 1;
      known = { id, parent, name, data: parsed };
      this.seen.add(indexKey);
    } else if (!this.seen.has(indexKey)) {
      this.seen.add(indexKey);
      this.counts.existing[level] += 1;
    }
    this.index.set(indexKey, known);
    return known;
  }

  private place(name: string, streetId: string): Known | undefined {
    const waiting = this.unplaced.get(name);
    const community = waiting?.shift();
    if (!community) return undefined;
    const data = { ...community.data, streetId };
    this.placed.push({ id: community.id, data });
    this.counts.placed += 1;
    return { ...community, parent: streetId, data };
  }
}

const NONE = { community_id: null, grid_id: null, building_id: null, household_id: null };

function addRow(places: Places, row: StructureRow): string | null {
  const district = places.find('district', '', row.district, { name: row.district }, () => NONE);
  const street = places.find('street', district.id, row.street, { districtId: district.id, name: row.street }, () => NONE);
  const community = places.find('community', street.id, row.community, { name: row.community, streetId: street.id }, (id) => ({ ...NONE, community_id: id }));
  if (row.grid === undefined) return null;
  const grid = places.find('grid', community.id, row.grid, { communityId: community.id, name: row.grid }, (id) => ({ ...NONE, community_id: community.id, grid_id: id }));
  if (!row.building) return null;
  const { building: wanted } = row;
  const building = places.find('building', grid.id, wanted.name, { gridId: grid.id, sealed: false, ...wanted }, (id) => ({ ...NONE, community_id: community.id, grid_id: grid.id, building_id: id }));
  if (building.data.units !== wanted.units || building.data.floors !== wanted.floors) return `building: other_size (${String(building.data.units)} units, ${String(building.data.floors)} floors)`;
  return null;
}

/** Reads the CSV text and, if every row is good and this is no dry run, writes what is new in one transaction. */
export async function importStructure(db: Database, text: string, options: { dryRun?: boolean } = {}): Promise<StructureImportResult> {
  const { rows, errors } = readStructureRows(text);
  return db.transaction(async (tx) => {
    // One import at a time: two at once could both find a place missing and make it twice.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('gridwalk:import-structure'))`);
    const stored = Object.fromEntries(await Promise.all(STRUCTURE_LEVELS.map(async (level) => [level, await storedLevel(tx, level)] as const)));
    const places = new Places({ district: stored.district ?? [], street: stored.street ?? [], community: stored.community ?? [], grid: stored.grid ?? [], building: stored.building ?? [] });
    for (const row of rows) {
      const problem = addRow(places, row);
      if (problem) errors.push({ line: row.line, message: problem });
    }
    const result: StructureImportResult = { ...places.counts, errors: errors.sort((a, b) => a.line - b.line) };
    if (errors.length > 0 || options.dryRun) return result;
    await insertRecords(tx, places.created);
    if (places.placed.length > 0) {
      const data = new Map(places.placed.map((row) => [row.id, row.data]));
      const stored = await findRecords(tx, [...data.keys()], true);
      await updateRows(
        tx,
        stored.map((row): WritableRow => {
          const version = row.version + 1;
          return { ...row, version, data: data.get(row.id) ?? row.data, field_meta: { ...row.field_meta, streetId: [version, SYSTEM_ACTOR] } };
        }),
      );
    }
    return { ...result, written: true };
  });
}
