/**
 * The Dexie middleware that keeps personal data sealed at rest (issue 18): installed below every other
 * middleware, it seals the personal fields of rows on their way into IndexedDB and opens them on their way
 * out, so everything above it (repositories, sync engine, queries, live queries) reads and writes plain
 * records and the raw database holds only sealed values. The key holder (key-holder.ts) says whether to:
 * open (no PIN set yet) passes rows as they are; locked refuses sealed rows and writes to sealed tables.
 * The crypto work is done by the row sealer (row-sealer.ts), loaded with the unlock; the transaction is kept
 * alive while it runs (keep-transaction-alive.ts).
 */
import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import type { KeyHolder } from './key-holder';
import { keepTransactionAlive } from './keep-transaction-alive';
import { SEALED_FIELD } from './sealed-field';
import { isSealedTable } from './sealed-tables';

function isSealedRow(value: unknown): boolean {
  return typeof value === 'object' && value !== null && SEALED_FIELD in value;
}

function sealingTable(down: DBCoreTable, keys: KeyHolder): DBCoreTable {
  const table = down.name;
  /** The values as read, their sealed rows opened (the values themselves when none is sealed). */
  const opened = <T>(trans: Parameters<DBCoreTable['get']>[0]['trans'], values: T[]): Promise<unknown[]> | T[] => {
    if (!values.some(isSealedRow)) return values;
    return keepTransactionAlive(trans, keys.sealer(table).open(table, values));
  };
  const openingCursor = (cursor: DBCoreCursor): DBCoreCursor => {
    let value: unknown;
    return {
      get trans() {
        return cursor.trans;
      },
      get key() {
        return cursor.key;
      },
      get primaryKey() {
        return cursor.primaryKey;
      },
      get value() {
        return value;
      },
      get done() {
        return cursor.done;
      },
      continue: (key) => cursor.continue(key),
      continuePrimaryKey: (key, primaryKey) => cursor.continuePrimaryKey(key, primaryKey),
      advance: (count) => cursor.advance(count),
      stop: (result) => cursor.stop(result),
      fail: (error) => cursor.fail(error),
      next: () => Promise.reject(new Error('the sealing middleware does not step cursors with next()')),
      start: (onNext) =>
        cursor.start(() => {
          const raw: unknown = cursor.value;
          if (!isSealedRow(raw)) {
            value = raw;
            onNext();
            return;
          }
          keepTransactionAlive(cursor.trans, keys.sealer(table).open(table, [raw])).then(
            ([row]) => {
              value = row;
              try {
                onNext();
              } catch (error) {
                cursor.fail(error instanceof Error ? error : new Error(String(error)));
              }
            },
            (error: unknown) => cursor.fail(error instanceof Error ? error : new Error(String(error))),
          );
        }),
    };
  };
  return {
    ...down,
    async mutate(req) {
      if ((req.type !== 'add' && req.type !== 'put') || keys.mode === 'open') return down.mutate(req);
      const values = await keepTransactionAlive(req.trans, keys.sealer(table).seal(table, req.values));
      return down.mutate({ ...req, values });
    },
    async get(req) {
      const [value] = await opened(req.trans, [await down.get(req)]);
      return value;
    },
    async getMany(req) {
      return opened(req.trans, await down.getMany(req));
    },
    async query(req) {
      const response = await down.query(req);
      return req.values ? { ...response, result: await opened(req.trans, response.result) } : response;
    },
    async openCursor(req) {
      const cursor = await down.openCursor(req);
      return cursor && req.values !== false ? openingCursor(cursor) : cursor;
    },
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
      table: (name) => (isSealedTable(name) ? sealingTable(down.table(name), keys) : down.table(name)),
    }),
  };
}
