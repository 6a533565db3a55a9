/**
 * What the OpenAPI document says beyond the routes' own schemas: the data of every entity (from
 * src/domain/entities), the shapes a pushed mutation may take (one per entity and operation the
 * contract allows) and the changes a pull delivers (one per entity), all generated from zod schemas.
 * The push and pull routes check less than this on purpose (a mutation is judged on its own, a
 * pulled record is the stored one); their documented schemas point at these components.
 */
import { z } from 'zod';
import { jsonValueSchema } from '../../domain/entities/conflict';
import { patchSchemas, type PatchableEntity } from '../../domain/entities/patch';
import { ENTITY_NAMES, entityOps, entitySchemas, voidDataSchema, type EntityName, type MutationOp } from '../../domain/entities/registry';
import {
  changeSchema,
  MAX_MUTATIONS_PER_PUSH,
  mutationSchema,
  pullResponseSchema,
  pushedMutationSchema,
  pushEnvelopeSchema,
  serverFieldsSchema,
} from '../../domain/sync-protocol';

type JsonSchema = Record<string, unknown>;

const COMPONENTS = '#/components/schemas/';
const refTo = (id: string) => ({ $ref: `${COMPONENTS}${id}` });

/** visit → Visit, fever_report → FeverReport. */
export function componentName(entity: EntityName): string {
  return entity
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

const OP_NAMES: Record<MutationOp, string> = { create: 'Create', patch: 'Patch', void: 'Void' };

function isPatchable(entity: EntityName): entity is PatchableEntity {
  return Object.hasOwn(patchSchemas, entity);
}

/** The data a mutation carries: the record (create), the changed fields (patch) or the reason (void). */
function mutationData(entity: EntityName, op: MutationOp): z.ZodType {
  if (op === 'void') return voidDataSchema;
  if (op === 'patch' && isPatchable(entity)) return patchSchemas[entity];
  return entitySchemas[entity];
}

function mutationShape(entity: EntityName, op: MutationOp): z.ZodType {
  const base = mutationSchema.extend({
    entity: z.literal(entity),
    op: z.literal(op),
    id: z.string().meta({ format: 'uuid', description: 'the record’s id, made by the client (UUID v7)' }),
    recordedAt: z.string().meta({ format: 'date-time', description: 'when it was done on the phone' }),
    data: mutationData(entity, op),
  });
  return op === 'patch'
    ? base.extend({ baseVersion: z.number().int().min(0).meta({ description: 'the version the client last saw' }) })
    : base.omit({ baseVersion: true });
}

function changeShape(entity: EntityName): z.ZodType {
  return changeSchema
    .extend({ entity: z.literal(entity), op: z.literal('upsert'), data: z.intersection(entitySchemas[entity], serverFieldsSchema) })
    .meta({ description: `A ${entity} as stored, with the server’s fields. A volunteer’s copy carries only the fields a delivery needs.` });
}

const deletedChange = changeSchema
  .extend({ op: z.literal('delete'), data: z.object({}) })
  .meta({ description: 'A deleted record: the client drops its pulled copy (allowed by the contract; this server sends none so far).' });

interface Components {
  registry: z.core.$ZodRegistry<{ id: string }>;
  mutationIds: string[];
  changeIds: string[];
}

function buildComponents(): Components {
  const registry = z.registry<{ id: string }>();
  const mutationIds: string[] = [];
  const changeIds: string[] = [];
  registry.add(serverFieldsSchema, { id: 'RecordMeta' });
  registry.add(voidDataSchema, { id: 'VoidData' });
  registry.add(jsonValueSchema, { id: 'JsonValue' });
  for (const entity of ENTITY_NAMES) {
    const name = componentName(entity);
    registry.add(entitySchemas[entity], { id: name });
    if (isPatchable(entity)) registry.add(patchSchemas[entity], { id: `${name}Patch` });
    for (const op of entityOps[entity]) {
      const id = `${OP_NAMES[op]}${name}`;
      registry.add(mutationShape(entity, op), { id });
      mutationIds.push(id);
    }
    registry.add(changeShape(entity), { id: `${name}Change` });
    changeIds.push(`${name}Change`);
  }
  registry.add(deletedChange, { id: 'DeletedChange' });
  changeIds.push('DeletedChange');
  return { registry, mutationIds, changeIds };
}

const components = buildComponents();

/** The components as JSON Schemas (OpenAPI 3.0), by name; they refer to each other with $ref. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(components.registry, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `${id}#`,
  });
  const named: Record<string, JsonSchema> = {};
  for (const [id, { $schema: _draft, $id: _uri, id: _id, ...schema }] of Object.entries(schemas)) named[id] = schema;
  return named;
}

/** The push body as documented: each mutation is one of the shapes the contract allows. */
const documentedPushBody = pushEnvelopeSchema.extend({
  mutations: z
    .array(pushedMutationSchema.meta({ oneOf: components.mutationIds.map(refTo) }))
    .max(MAX_MUTATIONS_PER_PUSH),
});

/** The pull answer as documented: each change is one of an entity's. */
const documentedPullResponse = pullResponseSchema
  .extend({ changes: z.array(changeSchema.meta({ anyOf: components.changeIds.map(refTo) })) })
  .meta({ description: pullResponseSchema.description });

/** Route schemas and what the document shows for them instead. */
export const documentedAs: ReadonlyMap<unknown, z.ZodType> = new Map<unknown, z.ZodType>([
  [pushEnvelopeSchema, documentedPushBody],
  [pullResponseSchema, documentedPullResponse],
]);
