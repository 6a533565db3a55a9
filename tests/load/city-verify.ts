/**
 * The city's own check, besides load-verify.ts's for each morning: the rows the bulk SQL wrote are what
 * the server would have stored. A sample of every seeded entity (the first rows and a random ~0.1 %)
 * parses with its write schema (src/domain/entities, as applyCreate validates a push), and field_meta
 * holds exactly its data's fields at version 1.
 */
import { isDeepStrictEqual } from 'node:util';
import { entitySchemas, type EntityName } from '../../src/domain/entities/registry';
import type { Database } from '../../src/server/db/database';
import type { Check } from './load-verify';

const FIRST_ROWS = 200;
/** The seed's rows (computed ids, city-plan.ts) as written: not the mornings' (a kept city holds earlier ones), not patched since. */
const SEEDED = `id::text LIKE '00000000-%' AND version = 1`;

function isEntity(name: string): name is EntityName {
  return Object.hasOwn(entitySchemas, name);
}

export async function seededRowsParse(db: Database): Promise<Check> {
  const { rows: entities } = await db.query<{ entity: string }>(`SELECT DISTINCT entity FROM records WHERE ${SEEDED}`);
  const problems: string[] = [];
  let checked = 0;
  for (const { entity } of entities) {
    const { rows } = await db.query<{ data: Record<string, unknown>; field_meta: Record<string, unknown> }>(
      `(SELECT data, field_meta FROM records WHERE entity = $1 AND ${SEEDED} LIMIT ${FIRST_ROWS})
       UNION ALL (SELECT data, field_meta FROM records TABLESAMPLE SYSTEM (0.1) WHERE entity = $1 AND ${SEEDED})`,
      [entity],
    );
    for (const row of rows) {
      checked += 1;
      if (!isEntity(entity)) {
        problems.push(`${entity}: not an entity of the registry`);
        break;
      }
      const parsed = entitySchemas[entity].safeParse(row.data);
      if (!parsed.success) problems.push(`${entity}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join(', ')}`);
      const metaKeys = Object.keys(row.field_meta).sort();
      if (!isDeepStrictEqual(metaKeys, Object.keys(row.data).sort())) problems.push(`${entity}: field_meta names ${metaKeys.join(',')}`);
      if (Object.values(row.field_meta).some((meta) => !Array.isArray(meta) || meta[0] !== 1)) problems.push(`${entity}: field_meta not at version 1`);
    }
  }
  const detail = `${checked} rows of ${entities.length} entities; ${problems.length} problems${problems[0] ? `: ${problems.slice(0, 3).join('; ')}` : ''}`;
  return { name: 'seeded rows parse with their entity schemas, field_meta as the server writes it', ok: problems.length === 0, detail };
}
