import { openDB, type DBSchema, type IDBPDatabase, type StoreNames } from 'idb';

/**
 * A way to open one IndexedDB database once per page or worker: the same promise for every
 * caller; a refusal (a private window, a full disk) forgotten so that the next call tries again;
 * and another tab's upgrade let through (this page closes its copy and opens afresh next time).
 * `stores` are created, keyed by `keyPath`, when the database is new.
 */
export function makeDatabaseOpener<Schema extends DBSchema>(
  name: string,
  stores: readonly { readonly name: StoreNames<Schema>; readonly keyPath: string }[],
): () => Promise<IDBPDatabase<Schema>> {
  let opened: Promise<IDBPDatabase<Schema>> | undefined;
  return () => {
    opened ??= openDB<Schema>(name, 1, {
      upgrade(db) {
        for (const store of stores) db.createObjectStore(store.name, { keyPath: store.keyPath });
      },
      blocking() {
        void opened?.then((db) => db.close());
        opened = undefined;
      },
    }).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  };
}
