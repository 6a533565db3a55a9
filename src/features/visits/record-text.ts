/** Reading loosely typed stored records for display, shared by the visit and fever report screens. */
import { SYMPTOMS, type Symptom } from '../../domain/fields';
import { textOf } from '../../shared/text-of';

/** The known symptoms of a stored list, in the order the form shows them. */
export function symptomsOf(value: unknown): Symptom[] {
  const list = Array.isArray(value) ? value : [];
  return SYMPTOMS.filter((symptom) => list.includes(symptom));
}

/** A stored time in the reader's language, e.g. "25 Nov 2026, 09:30"; the raw text when unreadable. */
export function formatTime(timestamp: unknown, language: string): string {
  const text = textOf(timestamp);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return text;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}
