/**
 * Home monitoring as the server judges it (issue 16): a monitoring is placed by its household and its
 * resident must live there (a fever report it names must be about that resident); one is open per
 * resident at a time (a second is ALREADY_EXISTS naming the open one; a unique index backs this up
 * when two race); a check is placed by its monitoring, names the monitoring's resident and household,
 * falls within the monitoring's period, and a visit it names is of that household.
 */
import { homeMonitoringSchema, type HomeMonitoring } from '../../domain/entities/home-monitoring';
import { checkInPeriod, monitoringChangeProblem, monitoringCreateProblem, type MonitoringRefusal } from '../../domain/monitoring/monitoring-rules';
import { parent, under } from './parent-records';
import type { ScopeColumns } from './record-store';
import type { RecordSource } from './record-source';
import { MutationRejection, notFound, validationFailed } from './rejection';

function refuse(problem: MonitoringRefusal | null): void {
  if (problem) throw validationFailed({ [problem.field]: problem.key });
}

/** The scope of a monitoring: its household's; the resident lives there, a linked fever report is about them. */
export async function monitoringScope(source: RecordSource, data: Record<string, unknown>): Promise<ScopeColumns> {
  const household = await parent(source, 'household', data.householdId, 'householdId');
  const resident = await parent(source, 'resident', data.residentId, 'residentId');
  if (resident.household_id !== household.id) throw validationFailed({ residentId: 'resident_not_in_household' });
  if (data.feverReportId !== undefined) {
    const report = await parent(source, 'fever_report', data.feverReportId, 'feverReportId');
    if (report.community_id !== household.community_id) throw notFound(`Unknown fever_report ${String(data.feverReportId)}`, { feverReportId: 'not_found' });
    if (report.data.residentId !== resident.id) throw validationFailed({ feverReportId: 'fever_report_of_other_resident' });
  }
  return under(household);
}

/** The scope of a check: its monitoring's, whose resident and household it names. */
export async function monitoringCheckScope(source: RecordSource, data: Record<string, unknown>): Promise<ScopeColumns> {
  const monitoring = await parent(source, 'home_monitoring', data.monitoringId, 'monitoringId');
  if (monitoring.data.residentId !== data.residentId) throw validationFailed({ residentId: 'not_the_monitored_resident' });
  if (monitoring.data.householdId !== data.householdId) throw validationFailed({ householdId: 'not_the_monitored_household' });
  if (data.visitId !== undefined) {
    const visit = await parent(source, 'visit', data.visitId, 'visitId');
    if (visit.household_id !== monitoring.household_id) throw validationFailed({ visitId: 'visit_of_other_household' });
  }
  return under(monitoring);
}

export function requireMonitoringCreate(monitoring: HomeMonitoring): void {
  refuse(monitoringCreateProblem(monitoring));
}

export function requireMonitoringChange(before: HomeMonitoring, after: HomeMonitoring): void {
  refuse(monitoringChangeProblem(before, after));
}

/** The refusal of a second open monitoring, naming the open one. */
export function monitoringOpen(openId: string): MutationRejection {
  return new MutationRejection('ALREADY_EXISTS', `This resident is already under home monitoring: ${openId}`, { residentId: 'monitoring_already_open' });
}

/** One open monitoring per resident (the one being written aside). */
export async function requireNoOpenMonitoring(source: RecordSource, residentId: string, id: string): Promise<void> {
  const open = (await source.openMonitoringsOf(residentId)).find((row) => row.id !== id);
  if (open) throw monitoringOpen(open.id);
}

/** A check's time within its monitoring's period (the community's days). */
export async function requireCheckInPeriod(source: RecordSource, data: Record<string, unknown>): Promise<void> {
  const monitoring = await parent(source, 'home_monitoring', data.monitoringId, 'monitoringId');
  const stored = homeMonitoringSchema.safeParse(monitoring.data);
  if (!stored.success || !checkInPeriod(stored.data, String(data.checkedAt))) throw validationFailed({ checkedAt: 'check_outside_period' });
}
