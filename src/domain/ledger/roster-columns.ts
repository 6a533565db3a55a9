/**
 * The roster (花名册) a community imports: its fields, and which column of a sheet holds each,
 * found from the header cells by their common Chinese and English names. Pure, library-free: the
 * xlsx/csv reader gives rows of cells, the shared header matching (src/shared/spreadsheet/header-match.ts)
 * finds the header row and maps its columns with the roster's field set.
 */
import {
  findFieldHeaderRow,
  HEADER_SEARCH_ROWS,
  matchFieldHeaders,
  missingFieldsOf,
  overrideColumns,
  fieldOfHeaderIn,
  type FieldColumns,
  type FieldHeaderMatch,
  type FieldHeaderRow,
  type SheetFields,
} from '../../shared/spreadsheet/header-match';
import type { SheetCell, SheetRow } from '../../shared/spreadsheet/sheet-cells';

/** One cell as an xlsx or csv reader gives it. */
export type RosterCell = SheetCell;
export type RosterSheetRow = SheetRow;

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

/** Fields a roster cannot do without: a column must be matched to each before checking the rows. */
export const REQUIRED_ROSTER_FIELDS: readonly RosterField[] = ['building', 'unit', 'room', 'name'];

/** The roster's field set for the shared header matching. */
export const ROSTER_SHEET: SheetFields<RosterField> = {
  fields: ROSTER_FIELDS,
  required: REQUIRED_ROSTER_FIELDS,
  headerNames: HEADER_NAMES,
  minHeaderFields: MIN_HEADER_FIELDS,
};

/** The field a header names, or null. */
export function fieldOfHeader(cell: RosterCell): RosterField | null {
  return fieldOfHeaderIn(ROSTER_SHEET, cell);
}

/** Which column (0-based) holds each field. */
export type ColumnMapping = FieldColumns<RosterField>;
export type HeaderMatch = FieldHeaderMatch<RosterField>;
export type HeaderRow = FieldHeaderRow<RosterField>;

/** Maps the header cells to fields: the first column naming a field takes it. */
export function matchHeaders(headerCells: RosterSheetRow): HeaderMatch {
  return matchFieldHeaders(ROSTER_SHEET, headerCells);
}

/** The user's re-matching (see overrideColumns): no column feeds two fields. */
export function overrideMapping(auto: ColumnMapping, changes: Partial<Record<RosterField, number | null>>): ColumnMapping {
  return overrideColumns(ROSTER_SHEET, auto, changes);
}

/** The header row: the first row (past merged title rows and blank rows) where at least 3 fields match. */
export function findHeaderRow(rows: readonly RosterSheetRow[], searchRows: number = HEADER_SEARCH_ROWS): HeaderRow | null {
  return findFieldHeaderRow(ROSTER_SHEET, rows, searchRows);
}

/** Required fields no column is matched to. */
export function missingFields(mapping: ColumnMapping): RosterField[] {
  return missingFieldsOf(ROSTER_SHEET, mapping);
}
