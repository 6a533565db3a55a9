/**
 * The rows of a structure CSV (district, street, community, grid, building), read and checked one by one:
 * each good row is a path down the five levels, each bad one an error with its line number. Headers in
 * English or Chinese (区, 街道, 社区, 网格, 楼栋, 单元数, 层数, 地址), in any order; a row may stop at the
 * community or the grid; a building needs its grid, units and floors.
 */
import { nameField } from '../../domain/fields';
import { buildingSchema } from '../../domain/entities/building';
import { fieldErrors } from '../../domain/validation-errors';
import { parseCsv } from '../../shared/csv-text';
import { AdminInputError } from './system-records';

const COLUMNS = {
  district: ['district', '区', '区县'],
  street: ['street', '街道'],
  community: ['community', '社区'],
  grid: ['grid', '网格'],
  building: ['building', '楼栋'],
  units: ['units', '单元数'],
  floors: ['floors', '层数'],
  address: ['address', '地址'],
} as const;
type Column = keyof typeof COLUMNS;
const COLUMN_NAMES: readonly Column[] = ['district', 'street', 'community', 'grid', 'building', 'units', 'floors', 'address'];
const REQUIRED_COLUMNS: readonly Column[] = ['district', 'street', 'community'];

export interface StructureRow {
  line: number;
  district: string;
  street: string;
  community: string;
  grid?: string;
  building?: { name: string; units: number; floors: number; address?: string };
}

export interface RowError {
  line: number;
  /** The column and a stable code: "building: name_too_long", "units: count_invalid". */
  message: string;
}

function columnIndexes(header: readonly string[]): Partial<Record<Column, number>> {
  const indexes: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    for (const column of COLUMN_NAMES) {
      if ((COLUMNS[column] as readonly string[]).includes(name) && indexes[column] === undefined) indexes[column] = index;
    }
  });
  const missing = REQUIRED_COLUMNS.filter((column) => indexes[column] === undefined);
  if (missing.length > 0) throw new AdminInputError(`The first line must name the columns; missing: ${missing.join(', ')} (district, street, community, grid, building, units, floors, address)`);
  return indexes;
}

function checkedName(value: string, column: Column, errors: string[]): string {
  const parsed = nameField.safeParse(value);
  if (parsed.success) return parsed.data;
  errors.push(`${column}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return value;
}

function checkedBuilding(cells: Record<Column, string>, errors: string[]): StructureRow['building'] {
  const count = (text: string) => (/^\d+$/.test(text) ? Number(text) : Number.NaN);
  // The grid is named by the row's path; a placeholder id stands in for it while the fields are checked.
  const candidate = {
    gridId: '00000000-0000-4000-8000-000000000000',
    name: cells.building,
    units: count(cells.units),
    floors: count(cells.floors),
    sealed: false,
    ...(cells.address === '' ? {} : { address: cells.address }),
  };
  const parsed = buildingSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const [field, code] of Object.entries(fieldErrors(parsed.error))) errors.push(`${field === 'name' ? 'building' : field}: ${code}`);
    return undefined;
  }
  return { name: parsed.data.name, units: parsed.data.units, floors: parsed.data.floors, ...(parsed.data.address ? { address: parsed.data.address } : {}) };
}

/** Every data row of the file, as a path or an error; blank rows are skipped. */
export function readStructureRows(text: string): { rows: StructureRow[]; errors: RowError[] } {
  const [header, ...body] = parseCsv(text);
  if (!header) throw new AdminInputError('The file is empty');
  const indexes = columnIndexes(header);
  const rows: StructureRow[] = [];
  const errors: RowError[] = [];
  body.forEach((raw, index) => {
    const line = index + 2;
    if (raw.every((cell) => cell.trim() === '')) return;
    const cell = (column: Column) => {
      const at = indexes[column];
      return (at === undefined ? '' : (raw[at] ?? '')).trim();
    };
    const cells: Record<Column, string> = {
      district: cell('district'),
      street: cell('street'),
      community: cell('community'),
      grid: cell('grid'),
      building: cell('building'),
      units: cell('units'),
      floors: cell('floors'),
      address: cell('address'),
    };
    const problems: string[] = [];
    const row: StructureRow = {
      line,
      district: checkedName(cells.district, 'district', problems),
      street: checkedName(cells.street, 'street', problems),
      community: checkedName(cells.community, 'community', problems),
    };
    if (cells.grid !== '') row.grid = checkedName(cells.grid, 'grid', problems);
    if (cells.building !== '') {
      if (cells.grid === '') problems.push('grid: grid_required');
      const building = checkedBuilding(cells, problems);
      if (building) row.building = building;
    }
    if (problems.length > 0) errors.push(...problems.map((message) => ({ line, message })));
    else rows.push(row);
  });
  return { rows, errors };
}
