/**
 * The OpenAPI document at /api/docs/json describes the whole API: every registered /api route with
 * its method, every entity's data (generated from its zod schema), every mutation the contract
 * allows, and only references that resolve.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_NAMES, entityOps, entitySchemas } from '../../src/domain/entities/registry';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

type Json = { [key: string]: unknown };

let server: TestServer;
let doc: { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };

beforeAll(async () => {
  server = await startTestServer();
  const response = await fetch(`${server.url}/api/docs/json`);
  expect(response.status).toBe(200);
  doc = await response.json();
});
afterAll(async () => {
  await server?.close();
});

/** Every route Fastify registered, read from printRoutes' tree (one level per 4 characters of indent). */
function registeredRoutes(app: FastifyInstance): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  const segments: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    segments.length = match[1]!.length / 4;
    segments.push(match[2]!);
    for (const method of match[3]?.split(', ') ?? []) routes.push({ method, path: segments.join('') });
  }
  return routes;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a $ref into the components. */
function resolve(schema: unknown): Json {
  if (!isJson(schema)) throw new Error(`not a schema: ${JSON.stringify(schema)}`);
  if (typeof schema.$ref !== 'string') return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = doc.components.schemas[name];
  if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
  return target;
}

function property(schema: unknown, name: string): Json {
  const properties = resolve(schema).properties;
  if (!isJson(properties)) throw new Error(`no properties in ${JSON.stringify(schema)}`);
  return resolve(properties[name]);
}

function variants(schema: Json, keyword: 'oneOf' | 'anyOf' | 'allOf'): Json[] {
  const list = schema[keyword];
  if (!Array.isArray(list)) throw new Error(`no ${keyword} in ${JSON.stringify(schema).slice(0, 200)}`);
  return list.map(resolve);
}

/** A plain key of a document object (not a schema property). */
function at(value: unknown, ...keys: (string | number)[]): unknown {
  return keys.reduce<unknown>((node, key) => (isJson(node) ? node[key] : undefined), value);
}

function jsonBody(operation: Json | undefined, part: 'request' | 200): Json {
  const holder = part === 'request' ? at(operation, 'requestBody') : at(operation, 'responses', 200);
  return resolve(at(holder, 'content', 'application/json', 'schema'));
}

const constOf = (schema: Json) => (Array.isArray(schema.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined);

describe('the OpenAPI document', () => {
  it('has every registered API route with its method', () => {
    const api = registeredRoutes(server.app).filter(({ path, method }) => path.startsWith('/api/') && !path.startsWith('/api/docs') && method !== 'HEAD');
    expect(api.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['GET /api/v1/health', 'POST /api/v1/auth/login', 'POST /api/v1/sync/push', 'GET /api/v1/sync/pull']),
    );
    // Fastify's /users/:userId is OpenAPI's /users/{userId}.
    const missing = api.filter(({ method, path }) => doc.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()] === undefined);
    expect(missing).toEqual([]);
  });

  it('describes the data of every entity, generated from its schema', () => {
    const pullItems = resolve(property(jsonBody(doc.paths['/api/v1/sync/pull']?.get, 200), 'changes').items);
    const changes = variants(pullItems, 'anyOf');
    for (const entity of ENTITY_NAMES) {
      const change = changes.find((c) => constOf(property(c, 'entity')) === entity);
      expect(change, `a pulled ${entity}`).toBeDefined();
      const [own, meta] = variants(property(change, 'data'), 'allOf');
      expect(Object.keys(own!.properties ?? {}).sort(), entity).toEqual(Object.keys(entitySchemas[entity].shape).sort());
      expect(meta!.properties).toHaveProperty('version');
    }
  });

  it('describes every mutation the contract allows, with its data', () => {
    const pushItems = resolve(property(jsonBody(doc.paths['/api/v1/sync/push']?.post, 'request'), 'mutations').items);
    const mutations = variants(pushItems, 'oneOf');
    for (const entity of ENTITY_NAMES) {
      for (const op of entityOps[entity]) {
        const mutation = mutations.find((m) => constOf(property(m, 'entity')) === entity && constOf(property(m, 'op')) === op);
        expect(mutation, `${op} ${entity}`).toBeDefined();
        expect(property(mutation, 'data').properties, `${op} ${entity}`).toBeDefined();
      }
    }
    expect(mutations).toHaveLength(ENTITY_NAMES.reduce((n, entity) => n + entityOps[entity].length, 0));
  });

  it('only refers to components it has', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]*)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !doc.components.schemas[ref.replace('#/components/schemas/', '')] || !ref.startsWith('#/components/schemas/'))).toEqual([]);
  });
});
