/**
 * Reading a record the server sent: its kind's schema plus the server's fields, parsed once where
 * it enters the phone's database. Rules about the writer's moment are not judged again here: a date
 * that was not in the future when it was written stays readable on a phone whose clock is behind.
 * A volunteer's copy of a resident carries no key-group tags (the server withholds them): read as none.
 */
import { z } from 'zod';
import { idField, isoDateField, timestampField } from '../fields';
import { fieldErrors } from '../validation-errors';
import { dailyReportSchema } from './daily-report';
import type { EntityName } from './entity-names';
import type { EntityData, EntityRecord, RecordMeta } from './entity-record';
import { feverReportSchema } from './fever-report';
import { entitySchemas } from './registry';
import { residentSchema } from './resident';

export const recordMetaSchema: z.ZodType<RecordMeta> = z.object({
  id: idField,
  version: z.number({ error: 'version_invalid' }).int({ error: 'version_invalid' }).min(0, { error: 'version_invalid' }),
  createdBy: z.string().optional(),
  createdAt: timestampField.optional(),
  updatedAt: timestampField.optional(),
  voidedAt: timestampField.optional(),
  voidReason: z.string().optional(),
});

const storedDataSchemas: { [E in EntityName]: z.ZodType<EntityData<E>> } = {
  ...entitySchemas,
  resident: residentSchema.extend({
    birthDate: isoDateField.optional(),
    movedOutOn: isoDateField.optional(),
    tags: residentSchema.shape.tags.default([]),
  }),
  fever_report: feverReportSchema.extend({ onsetDate: isoDateField.optional() }),
  daily_report: dailyReportSchema.extend({ date: isoDateField }),
};

export type ParsedRecord<E extends EntityName> = { ok: true; record: EntityRecord<E> } | { ok: false; fields: Record<string, string> };

/** A pulled record's data (its fields and the server's): the record of its kind, or what is wrong with it. */
export function parseStoredRecord<E extends EntityName>(entity: E, data: unknown): ParsedRecord<E> {
  const own = storedDataSchemas[entity].safeParse(data);
  const meta = recordMetaSchema.safeParse(data);
  if (own.success && meta.success) return { ok: true, record: { ...own.data, ...meta.data } };
  return { ok: false, fields: { ...(own.success ? {} : fieldErrors(own.error)), ...(meta.success ? {} : fieldErrors(meta.error)) } };
}
