/**
 * The message keys the ledger's sheets use, in the 'ledger' namespace (src/shared/i18n/locales/ledger/):
 * column headers, register titles and the words for coded values (sex, tags, outcomes …). The sheets
 * hold keys for headers and titles and the caller's translation of value keys (see LedgerLabel in
 * ledger-sheet.ts); the lists below let a locales test check every key exists. Loaded with the export
 * (never the first screen), so the entity modules' code lists are used as they are.
 */
import { CHECKPOINT_OUTCOMES, DIRECTIONS, HEALTH_CODES, VISITOR_PURPOSES } from '../entities/checkpoint-entry';
import { DAILY_REPORT_COUNTS } from '../entities/daily-report';
import { DELIVERY_OUTCOMES } from '../entities/delivery';
import { FEVER_ACTIONS } from '../entities/fever-report';
import { HELP_KINDS } from '../entities/help-request';
import { MONITORING_END_KINDS, MONITORING_REASONS } from '../entities/home-monitoring';
import { HOUSEHOLD_STATUSES } from '../entities/household';
import { RESIDENT_TAGS, SEXES } from '../entities/resident';
import { VISIT_OUTCOMES } from '../entities/visit';
import { SYMPTOMS } from '../fields';
import { TEST_RESULTS } from '../entities/test-result';
import { CAMPAIGN_STATES } from '../testing/campaign-people';

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
  'requestKind',
  'needs',
  'urgent',
  'contact',
  'deliveryMethod',
  'volunteer',
  'monitoringReason',
  'startDate',
  'days',
  'dayNow',
  'monitoringState',
  'endedOn',
  'lastCheckAt',
  'checks',
  'campaignState',
  'sampledAt',
  'site',
  'tube',
  'testResult',
  ...DAILY_REPORT_COUNTS,
] as const;
export type LedgerColumnName = (typeof COLUMN_NAMES)[number];

export type LedgerHeaderKey = `ledger:columns.${LedgerColumnName}`;

export function headerKey(name: LedgerColumnName): LedgerHeaderKey {
  return `ledger:columns.${name}`;
}

/** Every column header key a sheet may use. */
export const LEDGER_HEADER_KEYS: readonly LedgerHeaderKey[] = COLUMN_NAMES.map(headerKey);

export const LEDGER_SHEET_KEYS = ['householdRegister', 'visits', 'feverReports', 'checkpointLog', 'dailyReports', 'deliveries', 'monitoring', 'testingCampaign'] as const;
export type LedgerSheetKey = (typeof LEDGER_SHEET_KEYS)[number];
export type LedgerRegisterKey = `ledger:registers.${LedgerSheetKey}`;

/** The register's name in the title row (人房关联台账 …). */
export const LEDGER_REGISTER_KEYS: readonly LedgerRegisterKey[] = LEDGER_SHEET_KEYS.map((key) => `ledger:registers.${key}` as const);

// The codes of each coded field, from the entity modules (a new tag or outcome gets its key here by itself).
const VALUE_GROUPS = {
  sex: SEXES,
  occupancy: HOUSEHOLD_STATUSES,
  tags: RESIDENT_TAGS,
  outcome: VISIT_OUTCOMES,
  symptoms: SYMPTOMS,
  action: FEVER_ACTIONS,
  direction: DIRECTIONS,
  purpose: VISITOR_PURPOSES,
  healthCode: HEALTH_CODES,
  checkpointOutcome: CHECKPOINT_OUTCOMES,
  requestKind: HELP_KINDS,
  deliveryMethod: DELIVERY_OUTCOMES,
  monitoringReason: MONITORING_REASONS,
  monitoringState: ['open', ...MONITORING_END_KINDS],
  campaignState: CAMPAIGN_STATES,
  testResult: [...TEST_RESULTS, 'pending'],
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
