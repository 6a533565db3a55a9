/**
 * A table of sealed rows while the app is unlocked (issue 18): rows are sealed on their way into IndexedDB
 * and opened on their way out by the row sealer, inside the caller's transaction, which is kept alive
 * meanwhile (keep-transaction-alive.ts). Cursors open each sealed row before the caller sees it. Loaded
 * with the unlock (the sealing middleware, installed at start, hands requests here once unlocked).
 */
import Dexie, { type DBCoreCursor, type DBCoreTable, type DBCoreTransaction } from 'dexie';
import { isSealedRow } from './is-sealed-row';
import { hasSealedTokens } from './meta-tokens';
import { keepTransactionAlive } from './keep-transaction-alive';
import type { RowSealer } from './row-sealer';

/** What the key holder holds while unlocked: the sealing version of any sealed table. */
export interface UnlockedTables {
  wrap(down: DBCoreTable): DBCoreTable;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** The row as stored has something sealed to open: personal fields, or the session's tokens. */
const needsOpening = (row: unknown): boolean => isSealedRow(row) || hasSealedTokens(row);

function openingCursor(cursor: DBCoreCursor, open: (row: unknown) => Promise<unknown>): DBCoreCursor {
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
        if (!needsOpening(raw)) {
          value = raw;
          onNext();
          return;
        }
        keepTransactionAlive(cursor.trans, open(raw)).then(
          (row) => {
            value = row;
            try {
              onNext();
            } catch (error) {
              cursor.fail(asError(error));
            }
          },
          (error: unknown) => cursor.fail(asError(error)),
        );
      }),
  };
}

export function unlockedTables(sealer: RowSealer): UnlockedTables {
  return {
    wrap(down) {
      const table = down.name;
      /** The values as read, their sealed rows opened (the values themselves when none is sealed). */
      const opened = <T>(trans: DBCoreTransaction, values: T[]): Promise<unknown[]> | T[] =>
        values.some(needsOpening) ? keepTransactionAlive(trans, sealer.open(table, values)) : values;
      const openOne = async (row: unknown) => (await sealer.open(table, [row]))[0];
      // Dexie's own code chains on what a table answers and needs its zone (the transaction) kept in those
      // continuations, which only Dexie's promise does: every answer is handed back as one.
      const dexiePromise = <T>(work: () => Promise<T>): Promise<T> => Dexie.Promise.resolve(work());
      return {
        ...down,
        mutate: (req) =>
          dexiePromise(async () => {
            if (req.type !== 'add' && req.type !== 'put') return down.mutate(req);
            const values = await keepTransactionAlive(req.trans, sealer.seal(table, req.values));
            return down.mutate({ ...req, values });
          }),
        get: (req) =>
          dexiePromise(async () => {
            const [value] = await opened(req.trans, [await down.get(req)]);
            return value;
          }),
        getMany: (req) => dexiePromise(async () => opened(req.trans, await down.getMany(req))),
        query: (req) =>
          dexiePromise(async () => {
            const response = await down.query(req);
            return req.values ? { ...response, result: await opened(req.trans, response.result) } : response;
          }),
        openCursor: (req) =>
          dexiePromise(async () => {
            const cursor = await down.openCursor(req);
            return cursor && req.values !== false ? openingCursor(cursor, openOne) : cursor;
          }),
      };
    },
  };
}
