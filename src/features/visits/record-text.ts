/** Reading loosely typed stored records for display, shared by the visit and fever report screens. */
import type { LocalRecord } from '../../data/data-client';
import { SYMPTOMS, type Symptom } from '../../domain/fields';

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function isSymptom(value: unknown): value is Symptom {
  return (SYMPTOMS as readonly unknown[]).includes(value);
}

/** The known symptoms of a stored list, in the order the form shows them. */
export function symptomsOf(value: unknown): Symptom[] {
  const list = Array.isArray(value) ? value : [];
  return SYMPTOMS.filter((symptom) => list.includes(symptom));
}

/** A resident who still lives there: no move-out date recorded. */
export function livesThere(resident: LocalRecord): boolean {
  return textOf(resident.movedOutOn).trim() === '';
}

/** A stored time in the reader's language, e.g. "25 Nov 2026, 09:30"; the raw text when unreadable. */
export function formatTime(timestamp: unknown, language: string): string {
  const text = textOf(timestamp);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return text;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}
