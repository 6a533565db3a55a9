/**
 * IndexedDB commits a transaction as soon as no request of it is pending at the end of a task, and a
 * WebCrypto operation resolves in a later task. So while a row is sealed or opened inside a transaction
 * (a write's read-modify-write, a pull's batch), this keeps the transaction busy with cheap reads (the key
 * -Infinity, which no row has) and settles the returned promise from inside the last read's success event:
 * the caller's continuation then runs while the transaction is still active and may issue its next request.
 * Dexie's own Dexie.waitFor does the same; this works below Dexie, on the native transaction.
 */
import type { DBCoreTransaction } from 'dexie';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function isIdbTransaction(value: unknown): value is IDBTransaction {
  return typeof value === 'object' && value !== null && 'objectStore' in value && 'objectStoreNames' in value;
}

/** `work`'s outcome, delivered while `trans` is still active (any transaction but a native one: as it is). */
export function keepTransactionAlive<T>(trans: DBCoreTransaction, work: Promise<T>): Promise<T> {
  const storeName = isIdbTransaction(trans) ? trans.objectStoreNames.item(0) : null;
  if (!isIdbTransaction(trans) || storeName === null) return work;
  const store = trans.objectStore(storeName);
  let outcome: Outcome<T> | null = null;
  work.then(
    (value) => {
      outcome = { ok: true, value };
    },
    (error: unknown) => {
      outcome = { ok: false, error };
    },
  );
  return new Promise<T>((resolve, reject) => {
    const spin = (): void => {
      const settled: Outcome<T> | null = outcome;
      if (settled) {
        if (settled.ok) resolve(settled.value);
        else reject(settled.error);
        return;
      }
      try {
        const request = store.get(-Infinity);
        request.onsuccess = spin;
        request.onerror = () => reject(request.error);
      } catch (error) {
        // The transaction already finished (aborted elsewhere): the caller's next request would fail too.
        reject(error);
      }
    };
    spin();
  });
}
