/** Reading loosely typed stored records for display, shared by the visit and fever report screens. */
import { SYMPTOMS, type Symptom } from '../../domain/fields';

/** The known symptoms of a stored list, in the order the form shows them. */
export function symptomsOf(value: unknown): Symptom[] {
  const list = Array.isArray(value) ? value : [];
  return SYMPTOMS.filter((symptom) => list.includes(symptom));
}
