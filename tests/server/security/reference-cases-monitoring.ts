/**
 * Issue 16, the reference fields of home monitoring and its checks (the rest: reference-cases.ts; the
 * test: reference-fields.test.ts). A monitoring names a household and a resident living there, and maybe a
 * fever report about that resident; a check names its monitoring, the monitoring's resident and household,
 * and maybe a visit of that household. One monitoring is open per resident: each case that applies one
 * names its own resident (own.resident, a second resident of own.household, the resident of
 * own.feverReport); own.monitoring (own.resident's, ended today: its checks of today still count) is
 * the one the checks name. A fever report may name the check it was made from (issue 16's link): a check of
 * the writer's community, of the report's resident; own.monitoringCheck is a check of own.monitoring.
 */
import { addDays, todayIn } from '../../../src/shared/local-date';
import { aFeverReport, aHomeMonitoring, aMonitoringCheck } from '../../fixtures/domain-records';
import { own, type ReferenceCase } from './reference-cases';

/** Who lives where, and whom the monitorings and reports are about (filled by reference-fields.test.ts). */
export const monitored = {
  /** A second resident of own.household, monitored by the householdId case. */
  householdMate: '',
  /** Of each household a case names: a resident who lives there. */
  residentOf: new Map<string, string>(),
  /** Of each monitoring and fever report a case names: its resident and household. */
  about: new Map<string, { residentId: string; householdId: string }>(),
};

const field = (name: string) => (data: Record<string, unknown>) => data[name];
/** A monitoring of 14 days started 3 days ago (in Shanghai), recorded now. */
export const monitoring = (data: { residentId: string; householdId: string; feverReportId?: string }) =>
  aHomeMonitoring({ ...data, startDate: addDays(todayIn('Asia/Shanghai'), -3), startedAt: new Date().toISOString() });
/** A check of own.monitoring now, unless the fields say otherwise. */
export const check = (data: Record<string, string>) =>
  aMonitoringCheck({ monitoringId: own.monitoring, residentId: own.resident, householdId: own.household, checkedAt: new Date().toISOString(), ...data });
const aboutOwn = () => ({ residentId: own.resident, householdId: own.household });

export const MONITORING_CASES: ReferenceCase[] = [
  {
    name: 'home_monitoring.householdId',
    entity: 'home_monitoring',
    kind: 'household',
    writer: 'worker1',
    // The household's own resident: another grid's is then FORBIDDEN by its place, not by who lives there.
    record: (householdId) => monitoring({ householdId, residentId: monitored.residentOf.get(householdId) ?? monitored.householdMate }),
    errorField: 'householdId',
    otherGridCode: 'FORBIDDEN',
    stored: field('householdId'),
  },
  {
    name: 'home_monitoring.residentId',
    entity: 'home_monitoring',
    kind: 'resident',
    writer: 'worker1',
    record: (residentId) => monitoring({ householdId: own.household, residentId }),
    errorField: 'residentId',
    // A resident of another grid does not live in the household.
    otherGridCode: 'VALIDATION',
    stored: field('residentId'),
  },
  {
    name: 'home_monitoring.feverReportId',
    entity: 'home_monitoring',
    kind: 'feverReport',
    writer: 'worker1',
    record: (feverReportId) => monitoring({ ...(monitored.about.get(own.feverReport) ?? aboutOwn()), feverReportId }),
    errorField: 'feverReportId',
    // A report of another grid is about another resident (fever_report_of_other_resident).
    otherGridCode: 'VALIDATION',
    stored: field('feverReportId'),
  },
  {
    name: 'monitoring_check.monitoringId',
    entity: 'monitoring_check',
    kind: 'monitoring',
    writer: 'worker1',
    // Naming the monitoring's own resident and household: another grid's is FORBIDDEN by its place.
    record: (monitoringId) => check({ monitoringId, ...(monitored.about.get(monitoringId) ?? aboutOwn()) }),
    errorField: 'monitoringId',
    otherGridCode: 'FORBIDDEN',
    stored: field('monitoringId'),
  },
  {
    name: 'monitoring_check.residentId',
    entity: 'monitoring_check',
    kind: 'resident',
    writer: 'worker1',
    record: (residentId) => check({ residentId }),
    errorField: 'residentId',
    // Checked against own.monitoring's resident: any other (or none) is not the monitored resident.
    refused: { code: 'VALIDATION', key: 'not_the_monitored_resident' },
    otherGridCode: 'VALIDATION',
    stored: field('residentId'),
  },
  {
    name: 'monitoring_check.householdId',
    entity: 'monitoring_check',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => check({ householdId }),
    errorField: 'householdId',
    refused: { code: 'VALIDATION', key: 'not_the_monitored_household' },
    otherGridCode: 'VALIDATION',
    stored: field('householdId'),
  },
  {
    name: 'monitoring_check.visitId',
    entity: 'monitoring_check',
    kind: 'visit',
    writer: 'worker1',
    record: (visitId) => check({ visitId }),
    errorField: 'visitId',
    // A visit of another grid is of another household (visit_of_other_household).
    otherGridCode: 'VALIDATION',
    stored: field('visitId'),
  },
  {
    name: 'fever_report.monitoringCheckId',
    entity: 'fever_report',
    kind: 'monitoringCheck',
    writer: 'worker1',
    // About own.resident, whose check own.monitoringCheck is.
    record: (monitoringCheckId) => aFeverReport({ ...aboutOwn(), monitoringCheckId }),
    errorField: 'monitoringCheckId',
    // A check of another grid (in the community) is of another resident than the report's (check_of_other_resident).
    otherGridCode: 'VALIDATION',
    stored: field('monitoringCheckId'),
  },
];
