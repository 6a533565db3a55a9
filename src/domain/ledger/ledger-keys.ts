/**
 * The message keys the ledger's sheets use, in the 'ledger' namespace (its locale files come with the
 * export screens): column headers, register titles and the words for coded values (sex, tags, outcomes
 * …). The sheets hold keys for headers and titles and the caller's translation of value keys (see
 * LedgerLabel in ledger-sheet.ts); the lists below let a locales test check every key exists.
 */
import type { DailyReportCount } from '../entities/daily-report';
import type { FeverAction } from '../entities/fever-report';
import type { Household } from '../entities/household';
import type { Resident, ResidentTag } from '../entities/resident';
import type { VisitOutcome } from '../entities/visit';
import type { CheckpointEntry, VisitorPurpose } from '../entities/checkpoint-entry';
import type { Symptom } from '../fields';

/**
 * The codes of each coded field, written out here because the entity modules load zod at run time and
 * this folder must not. `allOf` fails to compile when a code is missing (or unknown), so a new tag or
 * outcome cannot slip past the ledger.
 */
function allOf<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): L => list;
}

/** A daily report's counts, in the order of its columns. */
export const DAILY_REPORT_COUNTS = allOf<DailyReportCount>()([
  'doorsKnocked',
  'visited',
  'notHome',
  'refused',
  'residentsChecked',
  'feversFound',
  'feversReported',
]);

const COLUMN_NAMES = [
  'building',
  'unit',
  'room',
  'address',
  'occupancy',
  'householdPhone',
  'name',
  'sex',
  'idNumber',
  'age',
  'phone',
  'tags',
  'movedOut',
  'date',
  'time',
  'outcome',
  'resident',
  'temperature',
  'symptoms',
  'worker',
  'voided',
  'onsetDate',
  'action',
  'checkpoint',
  'direction',
  'purpose',
  'idChecked',
  'infoRecorded',
  'maskWorn',
  'healthCode',
  'reason',
  'note',
  'grid',
  'confirmedAt',
  ...DAILY_REPORT_COUNTS,
] as const;
export type LedgerColumnName = (typeof COLUMN_NAMES)[number];

export type LedgerHeaderKey = `ledger:columns.${LedgerColumnName}`;

export function headerKey(name: LedgerColumnName): LedgerHeaderKey {
  return `ledger:columns.${name}`;
}

/** Every column header key a sheet may use. */
export const LEDGER_HEADER_KEYS: readonly LedgerHeaderKey[] = COLUMN_NAMES.map(headerKey);

export const LEDGER_SHEET_KEYS = ['householdRegister', 'visits', 'feverReports', 'checkpointLog', 'dailyReports'] as const;
export type LedgerSheetKey = (typeof LEDGER_SHEET_KEYS)[number];
export type LedgerRegisterKey = `ledger:registers.${LedgerSheetKey}`;

/** The register's name in the title row (人房关联台账 …). */
export const LEDGER_REGISTER_KEYS: readonly LedgerRegisterKey[] = LEDGER_SHEET_KEYS.map((key) => `ledger:registers.${key}` as const);

const VALUE_GROUPS = {
  sex: allOf<NonNullable<Resident['sex']>>()(['male', 'female']),
  occupancy: allOf<Household['status']>()(['occupied', 'vacant']),
  tags: allOf<ResidentTag>()([
    'elderly_alone',
    'returnee',
    'close_contact',
    'home_monitoring',
    'pregnant',
    'disabled',
    'chronic_illness',
    'migrant',
    'renter',
  ]),
  outcome: allOf<VisitOutcome>()(['visited', 'not_home', 'refused']),
  symptoms: allOf<Symptom>()([
    'fever',
    'cough',
    'fatigue',
    'sore_throat',
    'loss_of_smell_taste',
    'diarrhoea',
    'shortness_of_breath',
  ]),
  action: allOf<FeverAction>()(['fever_clinic', 'home_isolation', 'observation']),
  direction: allOf<CheckpointEntry['direction']>()(['in', 'out']),
  purpose: allOf<VisitorPurpose>()(['courier', 'relative', 'worker', 'other']),
  healthCode: allOf<CheckpointEntry['healthCode']>()(['green', 'yellow', 'red']),
  checkpointOutcome: allOf<CheckpointEntry['outcome']>()(['allowed', 'refused', 'referred']),
  yesNo: ['yes', 'no'],
  voided: ['voided'],
} as const;
export type LedgerValueGroup = keyof typeof VALUE_GROUPS;
export type LedgerValueKey = {
  [G in LedgerValueGroup]: `ledger:values.${G}.${(typeof VALUE_GROUPS)[G][number]}`;
}[LedgerValueGroup];

/** The key of a coded value's word, e.g. ('tags', 'elderly_alone') → 'ledger:values.tags.elderly_alone'. */
export function valueKey<G extends LedgerValueGroup>(group: G, code: (typeof VALUE_GROUPS)[G][number]): LedgerValueKey {
  // The template's type is the union member for this group and code; TypeScript cannot narrow it itself.
  return `ledger:values.${group}.${code}` as LedgerValueKey;
}

/** Every value key a sheet may ask the caller to translate. */
export const LEDGER_VALUE_KEYS: readonly LedgerValueKey[] = (Object.keys(VALUE_GROUPS) as LedgerValueGroup[]).flatMap((group) =>
  VALUE_GROUPS[group].map((code: string) => `ledger:values.${group}.${code}` as LedgerValueKey),
);
