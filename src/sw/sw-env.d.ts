/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the upstream API when it is not the worker's own origin (development). */
  readonly VITE_API_URL?: string;
}

/** Background Sync (not in TypeScript's WebWorker lib); see src/sw/sync-event.ts. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

interface ServiceWorkerGlobalScopeEventMap {
  sync: SyncEvent;
}
