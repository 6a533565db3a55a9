/**
 * The way from a saved visit to its fever reports and back, carried in URLs so a reload keeps it:
 * each report opens with the visit's id, the next feverish resident's report follows, and after the
 * last one the worker lands on the saved visit with its "Next room" button. A report from a home
 * monitoring check (?check=) names that check and leads back to its monitoring.
 */
import type { EntityRecord } from '../../domain/entities/entity-record';
import type { VisitCheck } from '../../domain/entities/visit';
import { SYMPTOMS, type Symptom } from '../../domain/fields';
import { visitFoundFever, isFeverCheck } from '../../domain/round/day-status';
import { formatTemperature } from '../../shared/ui/temperature-field';

export interface FeverPrefill {
  householdId: string | null;
  residentId: string | null;
  temperature: number | null;
  symptoms: Symptom[];
  visitId: string | null;
  /** The home monitoring check that found the fever (the report names it). */
  checkId: string | null;
  /** For a direct report recorded again: the person's name and phone as first typed. */
  name: string | null;
  phone: string | null;
}

/** The known symptoms among `values`, in the order the form shows them. */
export function symptomsOf(values: readonly string[]): Symptom[] {
  return SYMPTOMS.filter((symptom) => values.includes(symptom));
}

/** The monitoring screen a report from one of its checks returns to. */
export function monitoringPath(monitoringId: string): string {
  return `/monitoring/${encodeURIComponent(monitoringId)}`;
}

function visitSavedPath(householdId: string, visitId: string): string {
  return `/households/${encodeURIComponent(householdId)}/visits/new?saved=${encodeURIComponent(visitId)}`;
}

export function feverReportPath(prefill: Partial<FeverPrefill>): string {
  const query = new URLSearchParams();
  if (prefill.householdId) query.set('household', prefill.householdId);
  if (prefill.residentId) query.set('resident', prefill.residentId);
  if (typeof prefill.temperature === 'number') query.set('temperature', formatTemperature(prefill.temperature));
  if (prefill.symptoms && prefill.symptoms.length > 0) query.set('symptoms', prefill.symptoms.join(','));
  if (prefill.visitId) query.set('visit', prefill.visitId);
  if (prefill.checkId) query.set('check', prefill.checkId);
  if (prefill.name) query.set('name', prefill.name);
  if (prefill.phone) query.set('phone', prefill.phone);
  const text = query.toString();
  return text ? `/fever-reports/new?${text}` : '/fever-reports/new';
}

function param(query: URLSearchParams, key: string): string | null {
  const value = query.get(key)?.trim();
  return value ? value : null;
}

export function readFeverQuery(query: URLSearchParams): FeverPrefill {
  const temperature = Number(query.get('temperature') ?? '');
  return {
    householdId: param(query, 'household'),
    residentId: param(query, 'resident'),
    temperature: query.get('temperature') && Number.isFinite(temperature) ? temperature : null,
    symptoms: symptomsOf((query.get('symptoms') ?? '').split(',')),
    visitId: param(query, 'visit'),
    checkId: param(query, 'check'),
    name: param(query, 'name'),
    phone: param(query, 'phone'),
  };
}

type FeverVisit = Pick<EntityRecord<'visit'>, 'outcome' | 'checks'>;

/** The checks of a visit that found a fever, in the order they were recorded. */
export function feverChecksOf(visit: FeverVisit): VisitCheck[] {
  return visitFoundFever(visit) ? visit.checks.filter(isFeverCheck) : [];
}

export function feverPathFor(householdId: string, visitId: string, check: VisitCheck): string {
  return feverReportPath({
    householdId,
    residentId: check.residentId,
    temperature: check.temperature ?? null,
    symptoms: check.symptoms,
    visitId,
  });
}

/**
 * Where to go once the report for `residentId` (found during `visit`) is submitted: the next
 * feverish resident's report, or back to the saved visit.
 */
export function afterFeverReport(householdId: string, visitId: string, visit: FeverVisit | null, residentId: string | null): string {
  const checks = visit ? feverChecksOf(visit) : [];
  const index = checks.findIndex((check) => check.residentId === residentId);
  const next = index >= 0 ? checks[index + 1] : undefined;
  return next ? feverPathFor(householdId, visitId, next) : visitSavedPath(householdId, visitId);
}
