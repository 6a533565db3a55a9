/**
 * The roster (花名册) a community imports: its fields, and which column of a sheet holds each,
 * found from the header cells by their common Chinese and English names. Pure, library-free: the
 * xlsx/csv reader gives rows of cells, this finds the header row and maps its columns.
 */

/** One cell as an xlsx or csv reader gives it. */
export type RosterCell = string | number | Date | boolean | null | undefined;
export type RosterSheetRow = readonly RosterCell[];

export const ROSTER_FIELDS = [
  'building',
  'unit',
  'room',
  'name',
  'idNumber',
  'phone',
  'sex',
  'birthDate',
  'householdPhone',
  'tags',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** A header row must match at least this many fields. */
export const MIN_HEADER_FIELDS = 3;
/** Title and blank rows above the header: the header is looked for in this many first rows. */
export const HEADER_SEARCH_ROWS = 30;

/** Each field's header names, written as normalizeHeader leaves them (lower case, no spaces or marks). */
const HEADER_NAMES: Record<RosterField, readonly string[]> = {
  building: ['楼栋', '楼号', '楼', '幢', '栋', '楼栋号', '楼幢', '幢号', '栋号', '楼宇', '所在楼栋', 'building', 'buildingno', 'buildingname', 'bldg', 'block'],
  unit: ['单元', '单元号', '所在单元', 'unit', 'unitno', 'entrance'],
  room: ['房号', '房间号', '门牌号', '户号', '室', '房间', '室号', '门牌', '房屋号', 'room', 'roomno', 'roomnumber', 'doornumber', 'doorno', 'apartment', 'apt', 'flat'],
  name: ['姓名', '名字', '居民姓名', '人员姓名', '住户姓名', '成员姓名', 'name', 'fullname', 'residentname'],
  idNumber: [
    '身份证号', '身份证', '身份证号码', '公民身份号码', '证件号码', '证件号', '居民身份证号', '居民身份证号码', '身份证件号码',
    'idnumber', 'idno', 'idcard', 'idcardnumber', 'idcardno', 'identitycardnumber', 'identitynumber', 'id',
  ],
  phone: [
    '电话', '手机', '手机号', '手机号码', '联系电话', '联系方式', '电话号码', '个人电话', '本人电话',
    'phone', 'phonenumber', 'mobile', 'mobilenumber', 'mobilephone', 'telephone', 'tel', 'contact', 'contactnumber',
  ],
  sex: ['性别', 'sex', 'gender'],
  birthDate: ['出生日期', '出生年月', '生日', '出生年月日', 'birthdate', 'dateofbirth', 'birthday', 'dob', 'born'],
  householdPhone: ['户电话', '家庭电话', '住户电话', '户主电话', '固定电话', '座机', '宅电', 'householdphone', 'homephone', 'landline'],
  tags: ['标签', '重点人群', '人群类别', '人员类别', '人员类型', '重点人群类别', 'tags', 'tag', 'keygroup', 'keygroups'],
};

const FIELD_BY_HEADER = new Map<string, RosterField>(
  ROSTER_FIELDS.flatMap((field) => HEADER_NAMES[field].map((name): [string, RosterField] => [name, field])),
);

/** Full-width ASCII (Ａ１＃) to half-width, the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/** A cell as text: trimmed, half-width; numbers as written without exponent when whole; dates as YYYY-MM-DD (UTC). */
export function cellText(cell: RosterCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) && Math.abs(cell) < 1e21 ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return toHalfWidth(cell).trim();
}

/**
 * A header as compared: half-width, lower case, without spaces, line breaks, required-marks (*),
 * a bracketed note ("姓名（必填）", "Phone (mobile)") and punctuation.
 */
export function normalizeHeader(cell: RosterCell): string {
  return cellText(cell)
    .toLowerCase()
    .replace(/[([【（][^)\]】）]*[)\]】）]/g, '')
    .replace(/[\s*＊:：._\-#/\\、]/g, '');
}

/** The field a header names, or null. */
export function fieldOfHeader(cell: RosterCell): RosterField | null {
  const key = normalizeHeader(cell);
  return key === '' ? null : (FIELD_BY_HEADER.get(key) ?? null);
}

/** Which column (0-based) holds each field. */
export type ColumnMapping = Partial<Record<RosterField, number>>;

export interface UnmatchedHeader {
  column: number;
  header: string;
}

export interface HeaderMatch {
  mapping: ColumnMapping;
  /** Non-empty headers no field took (unknown, or a field's second column). */
  unmatched: UnmatchedHeader[];
}

/** Maps the header cells to fields: the first column naming a field takes it. */
export function matchHeaders(headerCells: RosterSheetRow): HeaderMatch {
  const mapping: ColumnMapping = {};
  const unmatched: UnmatchedHeader[] = [];
  headerCells.forEach((cell, column) => {
    const header = cellText(cell);
    if (header === '') return;
    const field = fieldOfHeader(cell);
    if (field !== null && mapping[field] === undefined) mapping[field] = column;
    else unmatched.push({ column, header });
  });
  return { mapping, unmatched };
}

/**
 * The user's re-matching: each change gives a field its column (null: no column). A column given to
 * a field is taken from any other field, so no column feeds two fields.
 */
export function overrideMapping(auto: ColumnMapping, changes: Partial<Record<RosterField, number | null>>): ColumnMapping {
  const columns = new Map<RosterField, number>();
  for (const field of ROSTER_FIELDS) {
    const column = auto[field];
    if (column !== undefined) columns.set(field, column);
  }
  for (const field of ROSTER_FIELDS) {
    if (!Object.hasOwn(changes, field)) continue;
    const column = changes[field];
    columns.delete(field);
    if (column === null || column === undefined) continue;
    for (const [other, taken] of [...columns]) if (taken === column) columns.delete(other);
    columns.set(field, column);
  }
  const result: ColumnMapping = {};
  for (const [field, column] of columns) result[field] = column;
  return result;
}

export interface HeaderRow {
  /** 0-based index in the rows given (the sheet's row number is index + 1). */
  index: number;
  match: HeaderMatch;
}

/** The header row: the first row (past merged title rows and blank rows) where at least 3 fields match. */
export function findHeaderRow(rows: readonly RosterSheetRow[], searchRows: number = HEADER_SEARCH_ROWS): HeaderRow | null {
  const last = Math.min(rows.length, searchRows);
  for (let index = 0; index < last; index++) {
    const match = matchHeaders(rows[index] ?? []);
    if (Object.keys(match.mapping).length >= MIN_HEADER_FIELDS) return { index, match };
  }
  return null;
}

/** Fields a roster cannot do without: a column must be matched to each before checking the rows. */
export const REQUIRED_ROSTER_FIELDS: readonly RosterField[] = ['building', 'unit', 'room', 'name'];

/** Required fields no column is matched to. */
export function missingFields(mapping: ColumnMapping): RosterField[] {
  return REQUIRED_ROSTER_FIELDS.filter((field) => mapping[field] === undefined);
}
