/**
 * The one type of each record kind, from the form to the server and back: what a create takes
 * (the schema's input), what a patch may change, and what is stored (the schema's output plus the
 * server's fields). Types only: nothing here loads zod at run time.
 */
import type { z } from 'zod';
import type { ServerFields } from '../sync-protocol';
import type { EntityName } from './entity-names';
import type { PatchableEntity } from './patch';
import type { entitySchemas } from './registry';

type SchemaOf<E extends EntityName> = (typeof entitySchemas)[E];

/** A record's own fields, as validated and normalised by its schema. */
export type EntityData<E extends EntityName> = z.output<SchemaOf<E>>;

/** What a create takes: the schema's input (e.g. a phone with spaces, trimmed when stored). */
export type NewRecord<E extends EntityName> = z.input<SchemaOf<E>>;

/** A patch: only the fields that change; `null` clears an optional field. */
export type PatchOf<T> = { [K in keyof T]?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };
export type Patch<E extends PatchableEntity> = PatchOf<NewRecord<E>>;

/**
 * The server's fields (the contract's ServerFields) as a stored record has them: a record created on
 * this phone has its id and version 0 and its own times until the server's copy comes back, and its
 * createdBy is known from the first pull.
 */
export type RecordMeta = Pick<ServerFields, 'id' | 'version'> & Partial<Omit<ServerFields, 'id' | 'version'>>;

/** A stored record of kind E; with no E, a record of any kind (a union of the kinds' fields). */
export type EntityRecord<E extends EntityName = EntityName> = EntityData<E> & RecordMeta;
