/**
 * Which registers go into the exported workbook and the sheets they make, from the records this
 * phone holds (the secretary's: the community; a grid worker's: their grids). Pure: the export hook
 * reads the records, this builds one sheet per chosen register in a fixed order.
 */
import type { LocalRecord } from '../../data';
import { checkpointLogSheet } from '../../domain/ledger/checkpoint-log-sheet';
import { deliveriesSheet } from '../../domain/ledger/deliveries-sheet';
import { dailyReportsSheet } from '../../domain/ledger/daily-reports-sheet';
import { feverReportsSheet } from '../../domain/ledger/fever-reports-sheet';
import { householdRegisterSheet } from '../../domain/ledger/household-register-sheet';
import { monitoringSheet } from '../../domain/ledger/monitoring-sheet';
import type { DateRange, Workers } from '../../domain/ledger/ledger-cells';
import type { LedgerSheetKey } from '../../domain/ledger/ledger-keys';
import type { LedgerOptions, LedgerSheet } from '../../domain/ledger/ledger-sheet';
import { testingCampaignSheet } from '../../domain/ledger/testing-campaign-sheet';
import { visitsSheet } from '../../domain/ledger/visits-sheet';

/** The registers in the order their sheets appear. */
export const EXPORT_REGISTERS = ['householdRegister', 'visits', 'feverReports', 'checkpointLog', 'dailyReports', 'deliveries', 'monitoring', 'testingCampaign'] as const satisfies readonly LedgerSheetKey[];
export type ExportRegister = (typeof EXPORT_REGISTERS)[number];

/** Registers that cover a date range (the household register is a snapshot of today). */
export const DATED_REGISTERS: ReadonlySet<ExportRegister> = new Set(['visits', 'feverReports', 'checkpointLog', 'dailyReports', 'deliveries', 'monitoring']);

export interface ExportChoice {
  registers: ReadonlySet<ExportRegister>;
  range: DateRange;
  /** The checkpoints whose gate log goes in. */
  checkpointIds: readonly string[];
  mask: boolean;
  /** The testing campaign whose list goes in (testingCampaign). */
  campaignId?: string;
}

/** The records an export reads (only those its registers need are filled). */
export interface LedgerRecords {
  buildings: readonly LocalRecord<'building'>[];
  households: readonly LocalRecord<'household'>[];
  residents: readonly LocalRecord<'resident'>[];
  visits: readonly LocalRecord<'visit'>[];
  feverReports: readonly LocalRecord<'fever_report'>[];
  checkpointEntries: readonly LocalRecord<'checkpoint_entry'>[];
  checkpoints: readonly LocalRecord<'checkpoint'>[];
  dailyReports: readonly LocalRecord<'daily_report'>[];
  grids: readonly LocalRecord<'grid'>[];
  deliveries: readonly LocalRecord<'delivery'>[];
  helpRequests: readonly LocalRecord<'help_request'>[];
  monitorings: readonly LocalRecord<'home_monitoring'>[];
  monitoringChecks: readonly LocalRecord<'monitoring_check'>[];
  campaigns: readonly LocalRecord<'testing_campaign'>[];
  samplings: readonly LocalRecord<'sampling'>[];
  exemptions: readonly LocalRecord<'campaign_exemption'>[];
  testResults: readonly LocalRecord<'test_result'>[];
}

export interface SheetContext {
  options: Omit<LedgerOptions, 'mask'>;
  workers: Workers;
  /** The export's day, YYYY-MM-DD: ages are counted on it. */
  exportDate: string;
  /** The export's moment (ms): the day each open home monitoring is on. */
  now: number;
}

/** One sheet per chosen register, in EXPORT_REGISTERS' order. */
export function ledgerSheets(records: LedgerRecords, choice: ExportChoice, context: SheetContext): LedgerSheet[] {
  const options: LedgerOptions = { ...context.options, mask: choice.mask };
  const { workers } = context;
  const range = choice.range;
  const place = { buildings: records.buildings, households: records.households, residents: records.residents };
  const sheets: Record<Exclude<ExportRegister, 'testingCampaign'>, () => LedgerSheet> = {
    householdRegister: () => householdRegisterSheet(place, { ...options, exportDate: context.exportDate }),
    visits: () => visitsSheet({ ...place, visits: records.visits }, { ...options, range, workers }),
    feverReports: () => feverReportsSheet({ ...place, reports: records.feverReports }, { ...options, range, workers }),
    checkpointLog: () =>
      checkpointLogSheet(
        { ...place, entries: records.checkpointEntries, checkpoints: records.checkpoints },
        { ...options, range, workers, checkpointIds: choice.checkpointIds },
      ),
    dailyReports: () => dailyReportsSheet({ reports: records.dailyReports, grids: records.grids }, { ...options, range, workers }),
    monitoring: () =>
      monitoringSheet({ ...place, monitorings: records.monitorings, checks: records.monitoringChecks }, { ...options, range, now: context.now }),
    deliveries: () =>
      deliveriesSheet({ deliveries: records.deliveries, helpRequests: records.helpRequests, buildings: records.buildings }, { ...options, range, workers }),
  };
  const campaign = records.campaigns.find((c) => c.id === choice.campaignId);
  const builders: Record<ExportRegister, (() => LedgerSheet) | null> = {
    ...sheets,
    testingCampaign: campaign
      ? () => testingCampaignSheet({ ...place, campaign, samplings: records.samplings, exemptions: records.exemptions, results: records.testResults }, options)
      : null,
  };
  return EXPORT_REGISTERS.filter((register) => choice.registers.has(register)).flatMap((register) => {
    const build = builders[register];
    return build ? [build()] : [];
  });
}
