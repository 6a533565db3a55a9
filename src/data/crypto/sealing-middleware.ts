/**
 * The Dexie middleware that keeps personal data sealed at rest (issue 18): installed below every other
 * middleware, it hands the requests of sealed tables (sealed-tables.ts) to the unlocked tables of the key
 * holder (sealing-table.ts: seal on the way in, open on the way out), so everything above it (repositories,
 * sync engine, queries, live queries) reads and writes plain records while the raw database holds only
 * sealed values. With no PIN set rows pass as they are; while locked, sealed rows are not handed out and
 * rows of sealed tables not written (AppLockedError), but for the meta table, whose session row reads
 * without its sealed tokens then (meta-tokens.ts). Small on purpose: it is on the first screen.
 */
import Dexie, { type DBCore, type DBCoreTable, type Middleware } from 'dexie';
import { isSealedRow } from './is-sealed-row';
import { AppLockedError, type KeyHolder } from './key-holder';
import { isSealedTable, META_TABLE } from './sealed-tables';
import type { UnlockedTables } from './sealing-table';

function lockableTable(down: DBCoreTable, keys: KeyHolder): DBCoreTable {
  let wrapped: DBCoreTable | null = null;
  let wrappedFor: UnlockedTables | null = null;
  const unlocked = (): DBCoreTable | null => {
    const tables = keys.tables;
    if (!tables) return null;
    if (wrappedFor !== tables) {
      wrapped = tables.wrap(down);
      wrappedFor = tables;
    }
    return wrapped;
  };
  /** The answer, refused while it holds a sealed row (locked, or no key to open it). */
  const noSealed = <T>(answer: Promise<T>, rows: (value: T) => unknown[]): Promise<T> =>
    Dexie.Promise.resolve(answer).then((value) => {
      if (rows(value).some(isSealedRow)) throw new AppLockedError(down.name);
      return value;
    });
  return {
    ...down,
    mutate: (req) => {
      const table = unlocked();
      if (table) return table.mutate(req);
      // The meta table is written while locked too (a sign-in after 5 wrong PINs): its session is sealed at the unlock.
      const refused = keys.mode === 'locked' && down.name !== META_TABLE && (req.type === 'add' || req.type === 'put');
      if (refused) return Dexie.Promise.reject(new AppLockedError(down.name));
      return down.mutate(req);
    },
    get: (req) => unlocked()?.get(req) ?? noSealed(down.get(req), (value) => [value]),
    getMany: (req) => unlocked()?.getMany(req) ?? noSealed(down.getMany(req), (values) => values),
    query: (req) => unlocked()?.query(req) ?? noSealed(down.query(req), (response) => (req.values ? response.result : [])),
    openCursor: (req) => unlocked()?.openCursor(req) ?? down.openCursor(req),
  };
}

/** The middleware for a database whose keys `keys` holds. */
export function sealingMiddleware(keys: KeyHolder): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'Sealing',
    // Below Dexie's own middlewares (the lowest is -1): they, and their caches, see plain records.
    level: -10,
    create: (down) => ({
      ...down,
      table: (name) => (isSealedTable(name) ? lockableTable(down.table(name), keys) : down.table(name)),
    }),
  };
}
