/**
 * One check of a home monitoring: temperature and symptoms at a time inside the monitoring's period
 * (the server judges that), made on its own or during a visit of the household (the visit named).
 * An event: corrected by a void and a new check.
 */
import { z } from 'zod';
import { idField, notesField, symptomsField, temperatureField, timestampField } from '../fields';

export const monitoringCheckSchema = z.object({
  monitoringId: idField,
  /** The monitoring's resident and household (the record's place in the grid). */
  residentId: idField,
  householdId: idField,
  checkedAt: timestampField,
  temperature: temperatureField,
  symptoms: symptomsField,
  /** The visit it was taken during. */
  visitId: idField.optional(),
  notes: notesField.optional(),
});
export type MonitoringCheck = z.output<typeof monitoringCheckSchema>;
